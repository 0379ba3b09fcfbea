package io.psutil4j;

/**
 * The unit of a number field, named as the MBeans' descriptors name theirs (jmx's MetricUnit keys:
 * {@code bytes}, {@code seconds}, ...), so a descriptor takes its unit from the field it shows.
 */
public enum Unit {
  BYTES("bytes"),
  SECONDS("seconds"),
  MILLISECONDS("milliseconds"),
  MICROSECONDS("microseconds"),
  PERCENT("percent"),
  /** Runnable and uninterruptible tasks, averaged, as a load average counts them. */
  TASKS("tasks"),
  /** An identifier (a thread id): a number, but no quantity. */
  ID("id"),
  /** How many times something happened, or how many things there are. */
  COUNT("count"),
  OPERATIONS("operations"),
  PACKETS("packets"),
  EVENTS("events"),
  PERIODS("periods"),
  CPUS("cpus"),
  /** v1 cpu.shares, a relative share. */
  SHARES("shares"),
  /** v2 cpu.weight, a relative share. */
  WEIGHT("weight"),
  MEGAHERTZ("MHz"),
  MEGABITS_PER_SECOND("Mbit/s"),
  CELSIUS("celsius"),
  RPM("rpm"),
  PROCESSES("processes");

  private final String label;

  Unit(String label) {
    this.label = label;
  }

  /** The descriptor's word for the unit: {@code bytes}, {@code MHz}. */
  public String label() {
    return label;
  }
}
