package io.psutil4j;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * psutil's {@code scputimes}: seconds the CPU(s) spent in each mode since boot, from /proc/stat
 * ticks divided by CLK_TCK. {@code user} includes {@code guest} and {@code nice} includes {@code
 * guest_nice}, as in the kernel.
 */
public final class CpuTimes extends Tuple {
  /** Field names in psutil 8's order, the order of {@link #of} and {@link #toArray}. */
  public static final String[] FIELDS = {
    "user", "system", "idle", "nice", "iowait", "irq", "softirq", "steal", "guest", "guest_nice"
  };

  /** Seconds in the order of {@link #FIELDS}. */
  private final double[] seconds;

  private CpuTimes(double[] seconds) {
    super("scputimes");
    this.seconds = seconds;
  }

  /** Builds from seconds in psutil 8's order (user, system, idle, nice, iowait, ...). */
  public static CpuTimes of(double... seconds) {
    if (seconds.length != FIELDS.length) {
      throw new IllegalArgumentException(
          "cpu times need " + FIELDS.length + " fields, got " + seconds.length);
    }
    for (int i = 0; i < seconds.length; i++) {
      Fields.requireNonNegative(FIELDS[i], seconds[i]);
    }
    return new CpuTimes(seconds.clone());
  }

  public double user() {
    return seconds[0];
  }

  public double system() {
    return seconds[1];
  }

  public double idle() {
    return seconds[2];
  }

  public double nice() {
    return seconds[3];
  }

  public double iowait() {
    return seconds[4];
  }

  public double irq() {
    return seconds[5];
  }

  public double softirq() {
    return seconds[6];
  }

  public double steal() {
    return seconds[7];
  }

  public double guest() {
    return seconds[8];
  }

  public double guestNice() {
    return seconds[9];
  }

  /** The fields in psutil 8's order, a fresh array. */
  public double[] toArray() {
    return seconds.clone();
  }

  @Override
  public Map<String, Object> asDict() {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < FIELDS.length; i++) {
      map.put(FIELDS[i], seconds[i]);
    }
    return Collections.unmodifiableMap(map);
  }
}
