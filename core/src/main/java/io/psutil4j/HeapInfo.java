package io.psutil4j;

import java.util.Map;

/** psutil's {@code pheap}: this process's C heap, from glibc {@code mallinfo2()}. */
public final class HeapInfo extends Tuple {
  private final long heapUsed;
  private final long mmapUsed;

  private HeapInfo(long heapUsed, long mmapUsed) {
    super("pheap");
    this.heapUsed = Fields.requireNonNegative("heap_used", heapUsed);
    this.mmapUsed = Fields.requireNonNegative("mmap_used", mmapUsed);
  }

  public static HeapInfo of(long heapUsed, long mmapUsed) {
    return new HeapInfo(heapUsed, mmapUsed);
  }

  /** Bytes in use from the malloc arenas (uordblks). */
  public long heapUsed() {
    return heapUsed;
  }

  /** Bytes in chunks malloc got from mmap (hblkhd). */
  public long mmapUsed() {
    return mmapUsed;
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered("heap_used", heapUsed, "mmap_used", mmapUsed);
  }
}
