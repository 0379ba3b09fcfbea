package io.psutil4j;

import java.util.List;

/** psutil's {@code pheap}: this process's C heap, from glibc {@code mallinfo2()}. */
public final class HeapInfo extends LongTuple {

  /** psutil's field names, in psutil's order: the order of {@link #of}. */
  private static final List<String> FIELDS = List.of("heap_used", "mmap_used");

  private HeapInfo(long[] values) {
    super("pheap", FIELDS, values);
  }

  public static HeapInfo of(long heapUsed, long mmapUsed) {
    return new HeapInfo(checked("pheap", FIELDS, new long[] {heapUsed, mmapUsed}));
  }

  /** Bytes in use from the malloc arenas (uordblks). */
  public long heapUsed() {
    return value(0);
  }

  /** Bytes in chunks malloc got from mmap (hblkhd). */
  public long mmapUsed() {
    return value(1);
  }
}
