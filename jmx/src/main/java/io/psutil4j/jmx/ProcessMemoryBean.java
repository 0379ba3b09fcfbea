package io.psutil4j.jmx;

import io.psutil4j.HeapInfo;
import io.psutil4j.Process;
import io.psutil4j.PsutilException;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/** This JVM's resident memory by owner, refreshed on the slow footprint interval. */
final class ProcessMemoryBean implements ProcessMemoryMXBean {
  /** One refresh: the split and what it cost. */
  private static final class Reading {
    final MemoryOwners owners;
    final double seconds;

    Reading(MemoryOwners owners, double seconds) {
      this.owners = owners;
      this.seconds = seconds;
    }
  }

  private final Snapshot<Reading> snapshot;

  /**
   * @param heap glibc's heap_info of this JVM, or null when it cannot be read without side effects
   */
  ProcessMemoryBean(Process self, long cacheMillis, Supplier<HeapInfo> heap) {
    this(() -> read(self, heap), cacheMillis, System::nanoTime);
  }

  ProcessMemoryBean(Supplier<MemoryOwners> reader, long cacheMillis, LongSupplier nanos) {
    this.snapshot =
        new Snapshot<>(
            () -> {
              long start = nanos.getAsLong();
              MemoryOwners owners = reader.get();
              return owners == null ? null : new Reading(owners, (nanos.getAsLong() - start) / 1e9);
            },
            Math.max(cacheMillis, ProcessTable.FOOTPRINT_MIN_MILLIS));
  }

  private static MemoryOwners read(Process self, Supplier<HeapInfo> heap) {
    try {
      return MemoryOwners.split(
          self.memoryMaps(false),
          JvmHeapRange.read(),
          MemoryOwners.JvmSizes.now(),
          NmtSummary.read(),
          quiet(heap));
    } catch (PsutilException | UnsupportedOperationException e) {
      return null; // smaps denied or gone: every attribute reads as unknown
    }
  }

  private static HeapInfo quiet(Supplier<HeapInfo> heap) {
    try {
      return heap.get();
    } catch (RuntimeException | LinkageError e) {
      return null;
    }
  }

  private <R> R owners(Function<MemoryOwners, R> field) {
    Reading r = snapshot.get();
    return r == null ? null : field.apply(r.owners);
  }

  private Long nmt(Function<NmtSummary, Long> field) {
    return owners(o -> o.nmt == null ? null : field.apply(o.nmt));
  }

  @Override
  public Long getRss() {
    return owners(o -> o.rss);
  }

  @Override
  public Long getRssFileMappings() {
    return owners(o -> o.fileMappings);
  }

  @Override
  public Long getRssMappedBuffers() {
    return owners(o -> o.mappedBuffers);
  }

  @Override
  public Long getRssJavaHeap() {
    return owners(o -> o.javaHeap);
  }

  @Override
  public Long getRssCodeCache() {
    return owners(o -> o.codeCache);
  }

  @Override
  public Long getRssMetaspace() {
    return owners(o -> o.metaspace);
  }

  @Override
  public Long getRssThreadStacks() {
    return owners(o -> o.threadStacks);
  }

  @Override
  public Long getRssDirectBuffers() {
    return owners(o -> o.directBuffers);
  }

  @Override
  public Long getRssMalloc() {
    return owners(o -> o.malloc);
  }

  @Override
  public Long getRssOtherAnon() {
    return owners(o -> o.otherAnon);
  }

  @Override
  public Long getNmtTotalCommitted() {
    return nmt(NmtSummary::totalCommitted);
  }

  @Override
  public Long getNmtJavaHeapCommitted() {
    return nmt(n -> n.committed("Java Heap"));
  }

  @Override
  public Long getNmtMetaspaceCommitted() {
    return nmt(n -> n.committed("Metaspace", "Class"));
  }

  @Override
  public Long getNmtThreadStacksCommitted() {
    return nmt(NmtSummary::threadStacksCommitted);
  }

  @Override
  public Long getNmtCodeCommitted() {
    return nmt(n -> n.committed("Code"));
  }

  @Override
  public Long getNmtGcCommitted() {
    return nmt(n -> n.committed("GC"));
  }

  @Override
  public Long getNmtCompilerCommitted() {
    return nmt(n -> n.committed("Compiler"));
  }

  @Override
  public Long getNmtOtherCommitted() {
    return nmt(n -> n.committed("Other"));
  }

  @Override
  public Long getNmtMalloc() {
    return nmt(NmtSummary::mallocTotal);
  }

  @Override
  public Double getRefreshSeconds() {
    Reading r = snapshot.get();
    return r == null ? null : r.seconds;
  }
}
