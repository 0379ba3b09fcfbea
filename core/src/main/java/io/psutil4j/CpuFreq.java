package io.psutil4j;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * psutil's {@code scpufreq}: CPU frequency in MHz. {@code current} comes from /proc/cpuinfo or
 * cpufreq's {@code scaling_cur_freq}; {@code min}/{@code max} are the cpufreq scaling limits (not
 * the hardware ones, psutil #1973), absent when the kernel has no cpufreq policy.
 */
public final class CpuFreq extends Tuple {
  private final double current;
  private final @Nullable Double min;
  private final @Nullable Double max;

  private CpuFreq(double current, @Nullable Double min, @Nullable Double max) {
    super("scpufreq");
    this.current = Fields.requireNonNegative("current", current);
    this.min = min == null ? null : Fields.requireNonNegative("min", min);
    this.max = max == null ? null : Fields.requireNonNegative("max", max);
  }

  /** {@code min} and {@code max} may be null, as psutil's None. */
  public static CpuFreq of(double current, @Nullable Double min, @Nullable Double max) {
    return new CpuFreq(current, min, max);
  }

  /**
   * psutil's {@code cpu_freq(percpu=False)}: the average of each field over the CPUs; min and max
   * are absent if any CPU lacks them; a single CPU is returned as is; none gives empty.
   */
  public static Optional<CpuFreq> average(List<CpuFreq> perCpu) {
    if (perCpu.isEmpty()) {
      return Optional.empty();
    }
    if (perCpu.size() == 1) {
      return Optional.of(perCpu.get(0));
    }
    double current = 0;
    double min = 0;
    double max = 0;
    boolean limits = true;
    for (CpuFreq f : perCpu) {
      current += f.current;
      if (f.min == null || f.max == null) {
        limits = false;
      } else {
        min += f.min;
        max += f.max;
      }
    }
    int n = perCpu.size();
    return Optional.of(
        limits ? new CpuFreq(current / n, min / n, max / n) : new CpuFreq(current / n, null, null));
  }

  /** Current frequency, MHz. */
  public double current() {
    return current;
  }

  /** Lowest frequency the cpufreq governor may pick, MHz. */
  public Optional<Double> min() {
    return Optional.ofNullable(min);
  }

  /** Highest frequency the cpufreq governor may pick, MHz. */
  public Optional<Double> max() {
    return Optional.ofNullable(max);
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered("current", current, "min", min, "max", max);
  }
}
