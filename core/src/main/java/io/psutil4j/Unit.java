package io.psutil4j;

import java.util.Locale;

/**
 * The unit of a field's number, named as the MBeans' descriptors name theirs (jmx's MetricUnit
 * keys: {@code bytes}, {@code seconds}, ...), so a descriptor could take its unit from the table.
 * The unit decides the number's type, as psutil's conventions do: bytes are ints, seconds floats.
 */
enum Unit {
  BYTES(Long.class),
  SECONDS(Double.class),
  MICROSECONDS(Long.class),
  PERCENT(Double.class),
  /** Runnable and uninterruptible tasks, averaged, as a load average counts them. */
  TASKS(Double.class),
  /** An identifier (a thread id): a number, but no quantity. */
  ID(Integer.class);

  private final Class<? extends Number> type;

  Unit(Class<? extends Number> type) {
    this.type = type;
  }

  Class<? extends Number> type() {
    return type;
  }

  /** The descriptor's word for the unit: the constant's name, lower case. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
