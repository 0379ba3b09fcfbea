package io.psutil4j;

import java.util.Locale;

/**
 * The unit of a field's number, named as the MBeans' descriptors name theirs (jmx's MetricUnit
 * keys: {@code bytes}, {@code seconds}, ...), so a descriptor could take its unit from the table.
 */
enum Unit {
  BYTES,
  SECONDS,
  MICROSECONDS,
  PERCENT,
  /** Runnable and uninterruptible tasks, as a load average counts them. */
  TASKS,
  /** An identifier (a thread id): a number, but no quantity. */
  ID;

  /** The descriptor's word for the unit: the constant's name, lower case. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
