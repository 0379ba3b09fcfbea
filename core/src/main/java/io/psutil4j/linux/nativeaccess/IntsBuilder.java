package io.psutil4j.linux.nativeaccess;

import java.util.Arrays;

/** An int array grown by doubling as values come, for listings of unknown length. */
final class IntsBuilder {
  private int[] values = new int[256];
  private int size;

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  int[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
