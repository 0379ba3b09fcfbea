package io.psutil4j;

import java.util.Map;

/** psutil's {@code pheap}: this process's C heap, from glibc {@code mallinfo2()}. */
public final class HeapInfo implements NamedTuple {
  private final long heapUsed;
  private final long mmapUsed;

  private HeapInfo(long heapUsed, long mmapUsed) {
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

  @Override
  public boolean equals(Object o) {
    return o instanceof HeapInfo && asDict().equals(((HeapInfo) o).asDict());
  }

  @Override
  public int hashCode() {
    return asDict().hashCode();
  }

  @Override
  public String toString() {
    return Repr.of("pheap", asDict());
  }
}
