package io.psutil4j.jmx;

import static javax.management.openmbean.SimpleType.DOUBLE;
import static javax.management.openmbean.SimpleType.LONG;

import io.psutil4j.HeapInfo;
import io.psutil4j.Process;
import io.psutil4j.PsutilException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * {@code psutil4j:type=ProcessMemory}: this JVM's resident memory split by what holds it, from
 * /proc/self/smaps matched with what the JVM reports of itself (the heap's address range from
 * GC.heap_info, memory pools, buffer pools, and Native Memory Tracking when
 * -XX:NativeMemoryTracking=summary is on); see {@link MemoryOwners} for how each part is found. Not
 * in psutil nor in any peer. Reads smaps, whose cost grows with the mappings (two per thread), so
 * it refreshes at most every footprint interval ({@link ScaleOptions#footprintIntervalMillis()}).
 */
final class ProcessMemoryTable {
  /** One refresh: the split and what it cost. */
  static final class Reading {
    final MemoryOwners owners;
    final double seconds;

    Reading(MemoryOwners owners, double seconds) {
      this.owners = owners;
      this.seconds = seconds;
    }
  }

  static final Source<Reading> OWNERS =
      Source.named(
          "memory_maps() /proc/self/smaps, GC.heap_info, the JVM's memory and buffer pools, NMT");

  static final MBeanTable TABLE =
      MBeanTable.table(
              MBeanGroup.PROCESS_MEMORY,
              "ProcessMemory",
              MBeanTable.Naming.SINGLETON,
              "This JVM's resident memory by owner: /proc/self/smaps (file-backed vs anonymous)"
                  + " matched with the JVM's memory pools, buffer pools and Native Memory"
                  + " Tracking; refreshed at most every "
                  + CostlySources.FOOTPRINT_DEFAULT
                  + " by default, option footprint.interval (smaps costs more with more"
                  + " threads)")
          .from(OWNERS)
          .gauge("Rss", LONG, "bytes", owners(o -> o.rss))
          .described(
              "Resident set size summed over /proc/self/smaps: the whole the Rss* parts add up to",
              "sum(Process().memory_maps().rss)")
          .gauge("RssFileMappings", LONG, "bytes", owners(o -> o.fileMappings))
          .described(
              "Resident pages of file-backed mappings (jars, libjvm.so and other libraries, the CDS"
                  + " archive, memory-mapped files and MappedByteBuffers), exact from smaps",
              "sum(Process().memory_maps().rss for file paths)")
          .gauge("RssMappedBuffers", LONG, "bytes", owners(o -> o.mappedBuffers))
          .described(
              "Of RssFileMappings, what MappedByteBuffers may hold: the mapped buffer pools' size"
                  + " (BufferPoolMXBean mapped), capped by RssFileMappings; an upper bound, since a"
                  + " mapped buffer's pages need not be resident",
              "BufferPoolMXBean('mapped').getMemoryUsed()")
          .gauge("RssJavaHeap", LONG, "bytes", owners(o -> o.javaHeap))
          .described(
              "Java heap: with G1, Parallel or Serial, exactly what smaps shows resident in the"
                  + " heap's reservation (its address range from GC.heap_info); with ZGC or"
                  + " Shenandoah, which print no range, the anonymous resident memory left after"
                  + " the other parts, at most the committed heap, which then also holds memory no"
                  + " part names (read it as an upper bound when OtherAnon is 0)",
              "smaps RSS in the GC.heap_info range (else anonymous RSS left, capped by committed)")
          .gauge("RssCodeCache", LONG, "bytes", owners(o -> o.codeCache))
          .described(
              "Code cache: committed size (NMT Code, else the CodeHeap pools), capped by the"
                  + " anonymous resident memory the parts before it left (heap with a range, thread"
                  + " stacks, direct buffers)",
              "NMT Code committed, capped by smaps anonymous RSS")
          .gauge("RssMetaspace", LONG, "bytes", owners(o -> o.metaspace))
          .described(
              "Metaspace and class space: committed size (NMT Metaspace + Class, else the Metaspace"
                  + " pool), capped by the anonymous resident memory left",
              "NMT Metaspace+Class committed, capped by smaps anonymous RSS")
          .gauge("RssThreadStacks", LONG, "bytes", owners(o -> o.threadStacks))
          .described(
              "Thread stacks: the touched part NMT finds with mincore (Thread stack committed),"
                  + " capped by the anonymous resident memory left; null without NMT",
              "NMT Thread stack committed, capped by smaps anonymous RSS")
          .gauge("RssDirectBuffers", LONG, "bytes", owners(o -> o.directBuffers))
          .described(
              "Direct ByteBuffers: the direct buffer pool's size (BufferPoolMXBean direct), capped"
                  + " by the anonymous resident memory left; malloc-ed by the JDK, so not in"
                  + " RssMalloc",
              "BufferPoolMXBean('direct').getMemoryUsed()")
          .gauge("RssMalloc", LONG, "bytes", owners(o -> o.malloc))
          .described(
              "glibc malloc besides direct buffers: what the JVM malloc-ed (NMT malloc total), else"
                  + " glibc's heap_info (heap_used + mmap_used, needs quiet native access), minus"
                  + " the direct buffers, capped by the anonymous resident memory left; null when"
                  + " neither is known",
              "heap_info() or NMT malloc, minus direct buffers")
          .gauge("RssOtherAnon", LONG, "bytes", owners(o -> o.otherAnon))
          .described(
              "Anonymous resident memory no part claimed: GC data structures, compiler arenas,"
                  + " NMT's own overhead, JNI libraries' memory, malloc arenas' free space, and the"
                  + " parts this JVM could not size (thread stacks and malloc without NMT)",
              "smaps anonymous RSS minus the parts above")
          .gauge("NmtTotalCommitted", LONG, "bytes", nmt(NmtSummary::totalCommitted))
          .described(
              "NMT: everything the JVM committed; null without -XX:NativeMemoryTracking",
              "jcmd VM.native_memory summary Total committed")
          .gauge("NmtJavaHeapCommitted", LONG, "bytes", nmt(n -> n.committed("Java Heap")))
          .described(
              "NMT: Java Heap committed; null without NMT",
              "jcmd VM.native_memory summary Java Heap committed")
          .gauge(
              "NmtMetaspaceCommitted", LONG, "bytes", nmt(n -> n.committed("Metaspace", "Class")))
          .described(
              "NMT: Metaspace plus Class (class space, class metadata) committed; null without NMT",
              "jcmd VM.native_memory summary Metaspace + Class committed")
          .gauge("NmtThreadStacksCommitted", LONG, "bytes", nmt(NmtSummary::threadStacksCommitted))
          .described(
              "NMT: thread stacks committed (their touched part); null without NMT",
              "jcmd VM.native_memory summary Thread stack committed")
          .gauge("NmtCodeCommitted", LONG, "bytes", nmt(n -> n.committed("Code")))
          .described(
              "NMT: Code (code cache) committed; null without NMT",
              "jcmd VM.native_memory summary Code committed")
          .gauge("NmtGcCommitted", LONG, "bytes", nmt(n -> n.committed("GC")))
          .described(
              "NMT: GC data structures committed; null without NMT",
              "jcmd VM.native_memory summary GC committed")
          .gauge("NmtCompilerCommitted", LONG, "bytes", nmt(n -> n.committed("Compiler")))
          .described(
              "NMT: JIT compiler committed; null without NMT",
              "jcmd VM.native_memory summary Compiler committed")
          .gauge("NmtOtherCommitted", LONG, "bytes", nmt(n -> n.committed("Other")))
          .described(
              "NMT: Other (direct ByteBuffers and Unsafe.allocateMemory) committed; null without"
                  + " NMT",
              "jcmd VM.native_memory summary Other committed")
          .gauge("NmtMalloc", LONG, "bytes", nmt(NmtSummary::mallocTotal))
          .described(
              "NMT: everything the JVM malloc-ed; null without NMT",
              "jcmd VM.native_memory summary malloc")
          .gauge("RefreshSeconds", DOUBLE, "seconds", r -> r.seconds)
          .described(
              "Time the last refresh took (smaps, the pools and NMT): the cost of this MBean",
              "none (psutil4j)")
          .readingAge(
              "Age of the reading this MBean serves: smaps and the JVM's pools are read when an"
                  + " attribute is read and "
                  + CostlySources.FOOTPRINT_DEFAULT
                  + " (option footprint.interval; or the cache interval, if longer) have"
                  + " passed, so this exceeds that when no attribute has been asked for since, or when a"
                  + " refresh passed its 2 s deadline and the last reading is served stale; null"
                  + " before the first read. Reading it reads nothing")
          .build();

  private ProcessMemoryTable() {}

  /**
   * The readings of {@code self}, this JVM's process, at most every {@code footprintMillis} (smaps'
   * cost grows with the mappings), never more often than the cache.
   *
   * @param heap glibc's heap_info of this JVM, or null when it cannot be read without side effects
   */
  static Readings readings(
      Process self, Supplier<HeapInfo> heap, long footprintMillis, Readings.Builder readings) {
    return readings
        .cachedBy(
            OWNERS, () -> timed(() -> read(self, heap)), CostlySources.atMostEvery(footprintMillis))
        .build();
  }

  private static @Nullable Reading timed(Supplier<MemoryOwners> reader) {
    long start = System.nanoTime();
    MemoryOwners owners = reader.get();
    return owners == null ? null : new Reading(owners, (System.nanoTime() - start) / 1e9);
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

  private static <T> Function<Reading, T> owners(Function<MemoryOwners, T> field) {
    return r -> field.apply(r.owners);
  }

  private static Function<Reading, Long> nmt(Function<NmtSummary, Long> field) {
    return r -> r.owners.nmt == null ? null : field.apply(r.owners.nmt);
  }
}
