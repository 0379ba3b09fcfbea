package io.psutil4j.linux;

import io.psutil4j.MemoryInfo;
import io.psutil4j.linux.parse.ByteCursor;

/**
 * /proc/PID/statm: seven page counts (size, resident, shared, text, lib, data, dt), of which
 * psutil's {@code pmem} keeps five.
 */
final class Statm {
  /** Pages in {@code pmem}'s order: rss (resident), vms (size), shared, text, data. */
  private final long[] pages;

  private Statm(long[] pages) {
    this.pages = pages;
  }

  public static Statm parse(Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    long size = c.nextLong();
    long resident = c.nextLong();
    long shared = c.nextLong();
    long text = c.nextLong();
    c.nextLong(); // lib: always 0 since 2.6
    long data = c.nextLong();
    return new Statm(new long[] {resident, size, shared, text, data});
  }

  /** psutil's {@code memory_info()}: the page counts times the page size, bytes. */
  public MemoryInfo memoryInfo(long pageSize) {
    return MemoryInfo.of(
        pages[0] * pageSize,
        pages[1] * pageSize,
        pages[2] * pageSize,
        pages[3] * pageSize,
        pages[4] * pageSize);
  }
}
