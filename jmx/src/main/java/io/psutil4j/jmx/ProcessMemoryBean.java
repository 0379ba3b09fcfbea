package io.psutil4j.jmx;

import io.psutil4j.HeapInfo;
import io.psutil4j.Process;
import io.psutil4j.PsutilException;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

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

  private static @Nullable MemoryOwners read(Process self, Supplier<HeapInfo> heap) {
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

  private static @Nullable HeapInfo quiet(Supplier<HeapInfo> heap) {
    try {
      return heap.get();
    } catch (RuntimeException | LinkageError e) {
      return null;
    }
  }

  private <R> @Nullable R owners(Function<MemoryOwners, R> field) {
    Reading r = snapshot.get();
    return r == null ? null : field.apply(r.owners);
  }

  private @Nullable Long nmt(Function<NmtSummary, Long> field) {
    return owners(o -> o.nmt == null ? null : field.apply(o.nmt));
  }

  @Override
  public @Nullable Long getRss() {
    return owners(o -> o.rss);
  }

  @Override
  public @Nullable Long getRssFileMappings() {
    return owners(o -> o.fileMappings);
  }

  @Override
  public @Nullable Long getRssMappedBuffers() {
    return owners(o -> o.mappedBuffers);
  }

  @Override
  public @Nullable Long getRssJavaHeap() {
    return owners(o -> o.javaHeap);
  }

  @Override
  public @Nullable Long getRssCodeCache() {
    return owners(o -> o.codeCache);
  }

  @Override
  public @Nullable Long getRssMetaspace() {
    return owners(o -> o.metaspace);
  }

  @Override
  public @Nullable Long getRssThreadStacks() {
    return owners(o -> o.threadStacks);
  }

  @Override
  public @Nullable Long getRssDirectBuffers() {
    return owners(o -> o.directBuffers);
  }

  @Override
  public @Nullable Long getRssMalloc() {
    return owners(o -> o.malloc);
  }

  @Override
  public @Nullable Long getRssOtherAnon() {
    return owners(o -> o.otherAnon);
  }

  @Override
  public @Nullable Long getNmtTotalCommitted() {
    return nmt(NmtSummary::totalCommitted);
  }

  @Override
  public @Nullable Long getNmtJavaHeapCommitted() {
    return nmt(n -> n.committed("Java Heap"));
  }

  @Override
  public @Nullable Long getNmtMetaspaceCommitted() {
    return nmt(n -> n.committed("Metaspace", "Class"));
  }

  @Override
  public @Nullable Long getNmtThreadStacksCommitted() {
    return nmt(NmtSummary::threadStacksCommitted);
  }

  @Override
  public @Nullable Long getNmtCodeCommitted() {
    return nmt(n -> n.committed("Code"));
  }

  @Override
  public @Nullable Long getNmtGcCommitted() {
    return nmt(n -> n.committed("GC"));
  }

  @Override
  public @Nullable Long getNmtCompilerCommitted() {
    return nmt(n -> n.committed("Compiler"));
  }

  @Override
  public @Nullable Long getNmtOtherCommitted() {
    return nmt(n -> n.committed("Other"));
  }

  @Override
  public @Nullable Long getNmtMalloc() {
    return nmt(NmtSummary::mallocTotal);
  }

  @Override
  public @Nullable Double getRefreshSeconds() {
    Reading r = snapshot.get();
    return r == null ? null : r.seconds;
  }
}
