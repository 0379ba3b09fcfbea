package io.psutil4j;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * psutil's {@code scpufreq}: CPU frequency in MHz. {@code current} comes from /proc/cpuinfo or
 * cpufreq's {@code scaling_cur_freq}; {@code min}/{@code max} are the cpufreq scaling limits (not
 * the hardware ones, psutil #1973), absent when the kernel has no cpufreq policy.
 */
public final class CpuFreq extends FieldTuple {
  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<Double> CURRENT = FIELDS.doubles("current", Unit.MEGAHERTZ);
  public static final TupleField<Double> MIN = FIELDS.doubles("min", Unit.MEGAHERTZ).orNull();
  public static final TupleField<Double> MAX = FIELDS.doubles("max", Unit.MEGAHERTZ).orNull();

  private CpuFreq(@Nullable Object... values) {
    super("scpufreq", FIELDS, values);
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
      current += f.current();
      if (f.min().isEmpty() || f.max().isEmpty()) {
        limits = false;
      } else {
        min += f.min().get();
        max += f.max().get();
      }
    }
    int n = perCpu.size();
    return Optional.of(limits ? of(current / n, min / n, max / n) : of(current / n, null, null));
  }

  /** Current frequency, MHz. */
  public double current() {
    return value(CURRENT);
  }

  /** Lowest frequency the cpufreq governor may pick, MHz. */
  public Optional<Double> min() {
    return optional(MIN);
  }

  /** Highest frequency the cpufreq governor may pick, MHz. */
  public Optional<Double> max() {
    return optional(MAX);
  }
}
