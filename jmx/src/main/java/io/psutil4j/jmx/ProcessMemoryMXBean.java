package io.psutil4j.jmx;

import org.jspecify.annotations.Nullable;

/**
 * {@code psutil4j:type=ProcessMemory}: this JVM's resident memory split by what holds it, from
 * /proc/self/smaps matched with what the JVM reports of itself (the heap's address range from
 * GC.heap_info, memory pools, buffer pools, and Native Memory Tracking when
 * -XX:NativeMemoryTracking=summary is on); see {@link MemoryOwners} for how each part is found. Not
 * in psutil nor in any peer. Reads smaps, whose cost grows with the mappings (two per thread), so
 * it refreshes at most every 30 s.
 */
public interface ProcessMemoryMXBean {
  @Metric(
      summary =
          "Resident set size summed over /proc/self/smaps: the whole the Rss* parts add up to",
      unit = "bytes",
      psutil = "sum(Process().memory_maps().rss)")
  @Nullable Long getRss();

  @Metric(
      summary =
          "Resident pages of file-backed mappings (jars, libjvm.so and other libraries, the CDS"
              + " archive, memory-mapped files and MappedByteBuffers), exact from smaps",
      unit = "bytes",
      psutil = "sum(Process().memory_maps().rss for file paths)")
  @Nullable Long getRssFileMappings();

  @Metric(
      summary =
          "Of RssFileMappings, what MappedByteBuffers may hold: the mapped buffer pools' size"
              + " (BufferPoolMXBean mapped), capped by RssFileMappings; an upper bound, since a"
              + " mapped buffer's pages need not be resident",
      unit = "bytes",
      psutil = "BufferPoolMXBean('mapped').getMemoryUsed()")
  @Nullable Long getRssMappedBuffers();

  @Metric(
      summary =
          "Java heap: with G1, Parallel or Serial, exactly what smaps shows resident in the"
              + " heap's reservation (its address range from GC.heap_info); with ZGC or Shenandoah,"
              + " which print no range, the anonymous resident memory left after the other parts,"
              + " at most the committed heap, which then also holds memory no part names (read it"
              + " as an upper bound when OtherAnon is 0)",
      unit = "bytes",
      psutil = "smaps RSS in the GC.heap_info range (else anonymous RSS left, capped by committed)")
  @Nullable Long getRssJavaHeap();

  @Metric(
      summary =
          "Code cache: committed size (NMT Code, else the CodeHeap pools), capped by the"
              + " anonymous resident memory the parts before it left (heap with a range, thread"
              + " stacks, direct buffers)",
      unit = "bytes",
      psutil = "NMT Code committed, capped by smaps anonymous RSS")
  @Nullable Long getRssCodeCache();

  @Metric(
      summary =
          "Metaspace and class space: committed size (NMT Metaspace + Class, else the Metaspace"
              + " pool), capped by the anonymous resident memory left",
      unit = "bytes",
      psutil = "NMT Metaspace+Class committed, capped by smaps anonymous RSS")
  @Nullable Long getRssMetaspace();

  @Metric(
      summary =
          "Thread stacks: the touched part NMT finds with mincore (Thread stack committed), capped"
              + " by the anonymous resident memory left; null without NMT",
      unit = "bytes",
      psutil = "NMT Thread stack committed, capped by smaps anonymous RSS")
  @Nullable Long getRssThreadStacks();

  @Metric(
      summary =
          "Direct ByteBuffers: the direct buffer pool's size (BufferPoolMXBean direct), capped by"
              + " the anonymous resident memory left; malloc-ed by the JDK, so not in RssMalloc",
      unit = "bytes",
      psutil = "BufferPoolMXBean('direct').getMemoryUsed()")
  @Nullable Long getRssDirectBuffers();

  @Metric(
      summary =
          "glibc malloc besides direct buffers: what the JVM malloc-ed (NMT malloc total), else"
              + " glibc's heap_info (heap_used + mmap_used, needs quiet native access), minus the"
              + " direct buffers, capped by the anonymous resident memory left; null when neither"
              + " is known",
      unit = "bytes",
      psutil = "heap_info() or NMT malloc, minus direct buffers")
  @Nullable Long getRssMalloc();

  @Metric(
      summary =
          "Anonymous resident memory no part claimed: GC data structures, compiler arenas, NMT's own overhead, JNI libraries' memory,"
              + " malloc arenas' free space, and the parts this JVM could not size (thread stacks"
              + " and malloc without NMT)",
      unit = "bytes",
      psutil = "smaps anonymous RSS minus the parts above")
  @Nullable Long getRssOtherAnon();

  @Metric(
      summary = "NMT: everything the JVM committed; null without -XX:NativeMemoryTracking",
      unit = "bytes",
      psutil = "jcmd VM.native_memory summary Total committed")
  @Nullable Long getNmtTotalCommitted();

  @Metric(
      summary = "NMT: Java Heap committed; null without NMT",
      unit = "bytes",
      psutil = "jcmd VM.native_memory summary Java Heap committed")
  @Nullable Long getNmtJavaHeapCommitted();

  @Metric(
      summary =
          "NMT: Metaspace plus Class (class space, class metadata) committed; null without NMT",
      unit = "bytes",
      psutil = "jcmd VM.native_memory summary Metaspace + Class committed")
  @Nullable Long getNmtMetaspaceCommitted();

  @Metric(
      summary = "NMT: thread stacks committed (their touched part); null without NMT",
      unit = "bytes",
      psutil = "jcmd VM.native_memory summary Thread stack committed")
  @Nullable Long getNmtThreadStacksCommitted();

  @Metric(
      summary = "NMT: Code (code cache) committed; null without NMT",
      unit = "bytes",
      psutil = "jcmd VM.native_memory summary Code committed")
  @Nullable Long getNmtCodeCommitted();

  @Metric(
      summary = "NMT: GC data structures committed; null without NMT",
      unit = "bytes",
      psutil = "jcmd VM.native_memory summary GC committed")
  @Nullable Long getNmtGcCommitted();

  @Metric(
      summary = "NMT: JIT compiler committed; null without NMT",
      unit = "bytes",
      psutil = "jcmd VM.native_memory summary Compiler committed")
  @Nullable Long getNmtCompilerCommitted();

  @Metric(
      summary =
          "NMT: Other (direct ByteBuffers and Unsafe.allocateMemory) committed; null without NMT",
      unit = "bytes",
      psutil = "jcmd VM.native_memory summary Other committed")
  @Nullable Long getNmtOtherCommitted();

  @Metric(
      summary = "NMT: everything the JVM malloc-ed; null without NMT",
      unit = "bytes",
      psutil = "jcmd VM.native_memory summary malloc")
  @Nullable Long getNmtMalloc();

  @Metric(
      summary = "Time the last refresh took (smaps, the pools and NMT): the cost of this MBean",
      unit = "seconds",
      psutil = "none (psutil4j)")
  @Nullable Double getRefreshSeconds();
}
