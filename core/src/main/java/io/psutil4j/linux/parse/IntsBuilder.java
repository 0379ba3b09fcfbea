package io.psutil4j.linux.parse;

import java.util.Arrays;

/** An int array grown by doubling as values come, for listings of unknown length. */
public final class IntsBuilder {
  private int[] values;
  private int size;

  /** Room for {@code capacity} values before the first doubling (at least one). */
  public IntsBuilder(int capacity) {
    values = new int[Math.max(1, capacity)];
  }

  public void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  public int[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
