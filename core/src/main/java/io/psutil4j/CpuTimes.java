package io.psutil4j;

import java.util.Map;

/**
 * psutil's {@code scputimes}: seconds the CPU(s) spent in each mode since boot, from /proc/stat
 * ticks divided by CLK_TCK. {@code user} includes {@code guest} and {@code nice} includes {@code
 * guest_nice}, as in the kernel.
 */
public final class CpuTimes extends Tuple {
  private final double user;
  private final double system;
  private final double idle;
  private final double nice;
  private final double iowait;
  private final double irq;
  private final double softirq;
  private final double steal;
  private final double guest;
  private final double guestNice;

  private CpuTimes(double[] v) {
    super("scputimes");
    this.user = v[0];
    this.system = v[1];
    this.idle = v[2];
    this.nice = v[3];
    this.iowait = v[4];
    this.irq = v[5];
    this.softirq = v[6];
    this.steal = v[7];
    this.guest = v[8];
    this.guestNice = v[9];
  }

  /** Field names in psutil 8's order, the order of {@link #of} and {@link #toArray}. */
  public static final String[] FIELDS = {
    "user", "system", "idle", "nice", "iowait", "irq", "softirq", "steal", "guest", "guest_nice"
  };

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
    return user;
  }

  public double system() {
    return system;
  }

  public double idle() {
    return idle;
  }

  public double nice() {
    return nice;
  }

  public double iowait() {
    return iowait;
  }

  public double irq() {
    return irq;
  }

  public double softirq() {
    return softirq;
  }

  public double steal() {
    return steal;
  }

  public double guest() {
    return guest;
  }

  public double guestNice() {
    return guestNice;
  }

  /** The fields in psutil 8's order, a fresh array. */
  public double[] toArray() {
    return new double[] {user, system, idle, nice, iowait, irq, softirq, steal, guest, guestNice};
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered(
        "user",
        user,
        "system",
        system,
        "idle",
        idle,
        "nice",
        nice,
        "iowait",
        iowait,
        "irq",
        irq,
        "softirq",
        softirq,
        "steal",
        steal,
        "guest",
        guest,
        "guest_nice",
        guestNice);
  }
}
