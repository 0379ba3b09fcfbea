package io.psutil4j.jmx;

import io.psutil4j.HeapInfo;
import io.psutil4j.MemoryFootprint;
import io.psutil4j.MemoryInfo;
import io.psutil4j.Process;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** The Process MBean's heapTrim: this JVM's own heap only, through {@link HeapTrimmer}'s gate. */
final class ProcessOperations implements ProcessOperationsMXBean {
  /** Null where there is no heap to trim (another pid, in tests). */
  private final @Nullable HeapTrimmer trimmer;

  ProcessOperations(@Nullable HeapTrimmer trimmer) {
    this.trimmer = trimmer;
  }

  @Override
  public HeapTrimResult heapTrim() {
    if (trimmer == null) {
      throw new UnsupportedOperationException("heapTrim trims this JVM's own heap only");
    }
    return trimmer.trim();
  }

  /** RSS, USS and heap_info now, for heapTrim's before and after; unreadable parts are null. */
  static HeapTrimmer.Memory memoryNow(Process process, Supplier<HeapInfo> heap) {
    MemoryInfo m = ProcessTable.quietly(process::memoryInfo);
    MemoryFootprint f = ProcessTable.quietly(process::memoryFootprint);
    HeapInfo h = ProcessTable.quietly(heap);
    return new HeapTrimmer.Memory(
        m == null ? null : m.rss(),
        f == null ? null : f.uss(),
        h == null ? null : h.heapUsed(),
        h == null ? null : h.mmapUsed());
  }
}
