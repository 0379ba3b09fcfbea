package io.psutil4j;

/** psutil's {@code pheap}: this process's C heap, from glibc {@code mallinfo2()}. */
public final class HeapInfo extends LongTuple {

  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<Long> HEAP_USED = FIELDS.bytes("heap_used");
  public static final TupleField<Long> MMAP_USED = FIELDS.bytes("mmap_used");

  private HeapInfo(long... values) {
    super("pheap", FIELDS, values);
  }

  public static HeapInfo of(long heapUsed, long mmapUsed) {
    return new HeapInfo(heapUsed, mmapUsed);
  }

  /** Bytes in use from the malloc arenas (uordblks). */
  public long heapUsed() {
    return value(HEAP_USED);
  }

  /** Bytes in chunks malloc got from mmap (hblkhd). */
  public long mmapUsed() {
    return value(MMAP_USED);
  }
}
