package io.psutil4j.jmx;

import io.psutil4j.HeapInfo;
import io.psutil4j.MemoryMap;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * This JVM's resident memory split by what holds it. The kernel knows which pages are resident and
 * whether a mapping is file-backed (/proc/self/smaps); only the JVM knows which of its anonymous
 * mappings is heap, stack or metaspace, and it tells sizes (NMT's committed bytes, the memory
 * pools), not addresses. So: file mappings are exact; the anonymous rest is handed out in a fixed
 * order, each part the JVM's size for it capped by what is left: first the parts whose size is
 * close to what they have resident (thread stacks as NMT sees them with mincore, direct buffers,
 * which are zeroed, code cache, metaspace and class space, malloc in use), then the Java heap,
 * whose committed size can be far above its resident pages (committed at start, touched as it is
 * used), and what remains is OtherAnon. The parts add up to the smaps RSS. Where the GC says where
 * the heap is reserved (G1, Parallel, Serial: {@link JvmHeapRange}), the heap is instead exactly
 * what smaps shows resident in that range, taken first. A part is null when the JVM does not tell
 * its size (thread stacks without NMT, malloc without NMT or native access); it then stays in
 * OtherAnon.
 */
final class MemoryOwners {
  final long rss;
  final long fileMappings;
  final @Nullable Long mappedBuffers;
  final @Nullable Long javaHeap;
  final @Nullable Long codeCache;
  final @Nullable Long metaspace;
  final @Nullable Long threadStacks;
  final @Nullable Long directBuffers;
  final @Nullable Long malloc;
  final long otherAnon;
  final @Nullable NmtSummary nmt;

  private MemoryOwners(Builder b) {
    this.rss = b.rss;
    this.fileMappings = b.fileMappings;
    this.mappedBuffers = b.mappedBuffers;
    this.javaHeap = b.javaHeap;
    this.codeCache = b.codeCache;
    this.metaspace = b.metaspace;
    this.threadStacks = b.threadStacks;
    this.directBuffers = b.directBuffers;
    this.malloc = b.malloc;
    this.otherAnon = b.left;
    this.nmt = b.nmt;
  }

  /** What the JVM itself says of its memory: committed sizes and buffer pools, in bytes. */
  static final class JvmSizes {
    final long heapCommitted;
    final long codeCommitted;
    final long metaspaceCommitted;
    final long directUsed;
    final long mappedUsed;

    JvmSizes(
        long heapCommitted,
        long codeCommitted,
        long metaspaceCommitted,
        long directUsed,
        long mappedUsed) {
      this.heapCommitted = heapCommitted;
      this.codeCommitted = codeCommitted;
      this.metaspaceCommitted = metaspaceCommitted;
      this.directUsed = directUsed;
      this.mappedUsed = mappedUsed;
    }

    /** The memory pools and buffer pools of this JVM now. */
    static JvmSizes now() {
      long heap = 0;
      long code = 0;
      long meta = 0;
      for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
        long committed = p.getUsage() == null ? 0 : p.getUsage().getCommitted();
        String name = p.getName();
        if (p.getType() == MemoryType.HEAP) {
          heap += committed;
        } else if (name.startsWith("CodeHeap") || name.equals("Code Cache")) {
          code += committed;
        } else if (name.equals("Metaspace")) {
          meta += committed; // the Metaspace pool includes the class space
        }
      }
      long direct = 0;
      long mapped = 0;
      for (BufferPoolMXBean b : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
        long used = Math.max(0, b.getMemoryUsed());
        if (b.getName().equals("direct")) {
          direct += used;
        } else if (b.getName().startsWith("mapped")) {
          mapped += used;
        }
      }
      return new JvmSizes(heap, code, meta, direct, mapped);
    }
  }

  /**
   * The split of the mappings of {@code maps} (memory_maps(grouped=True) of this JVM).
   *
   * @param nmt NMT's summary, or null when tracking is off: its committed sizes then replace the
   *     pools' and give thread stacks and malloc
   * @param heap glibc's heap_info, or null when it cannot be read quietly
   */
  static MemoryOwners split(
      List<MemoryMap> maps, JvmSizes jvm, @Nullable NmtSummary nmt, @Nullable HeapInfo heap) {
    return split(maps, null, jvm, nmt, heap);
  }

  /**
   * As {@link #split(List, JvmSizes, NmtSummary, HeapInfo)}, with the heap's reservation {@code
   * heapRange} ({start, end}, or null): given it and the mappings one by one (memory_maps(grouped=
   * False)), the heap is what smaps shows resident inside the range, exact, and is taken first.
   */
  static MemoryOwners split(
      List<MemoryMap> maps,
      long @Nullable [] heapRange,
      JvmSizes jvm,
      @Nullable NmtSummary nmt,
      @Nullable HeapInfo heap) {
    long rss = 0;
    long file = 0;
    double inHeap = 0;
    for (MemoryMap m : maps) {
      rss += m.rss();
      if (m.path().startsWith("/")) {
        file += m.rss();
      } else if (heapRange != null && m.addr() != null) {
        inHeap += m.rss() * overlap(m.addr(), heapRange);
      }
    }
    Builder b = new Builder(rss, file, nmt);
    b.mappedBuffers = Math.min(jvm.mappedUsed, file);
    if (heapRange != null) {
      b.javaHeap = b.take(Math.round(inHeap));
    }
    b.threadStacks = nmt == null ? null : b.take(nmt.threadStacksCommitted());
    b.directBuffers = b.take(jvm.directUsed);
    b.codeCache = b.take(nmtOr(nmt, "Code", jvm.codeCommitted));
    Long meta = nmt == null ? null : nmt.committed("Metaspace", "Class");
    b.metaspace = b.take(meta != null ? meta : jvm.metaspaceCommitted);
    // direct buffers are malloc-ed too: malloc here is the rest of what malloc holds
    Long mallocTotal = null;
    if (nmt != null && nmt.mallocTotal() != null) {
      mallocTotal = nmt.mallocTotal();
    } else if (heap != null) {
      mallocTotal = heap.heapUsed() + heap.mmapUsed();
    }
    b.malloc = mallocTotal == null ? null : b.take(Math.max(0, mallocTotal - jvm.directUsed));
    if (heapRange == null) {
      // last: a committed heap is often far from resident (committed at start, touched as used)
      b.javaHeap = b.take(nmtOr(nmt, "Java Heap", jvm.heapCommitted));
    }
    return new MemoryOwners(b);
  }

  /**
   * The share of the mapping {@code addr} ("start-end" in hex, as smaps writes it) inside {@code
   * range}: 1 for a mapping within it (the usual case: the kernel splits mappings at the
   * reservation's edges), a fraction when a neighbour with the same flags merged into it.
   */
  static double overlap(String addr, long[] range) {
    int dash = addr.indexOf('-');
    long start = Long.parseUnsignedLong(addr.substring(0, dash), 16);
    long end = Long.parseUnsignedLong(addr.substring(dash + 1), 16);
    long from = Math.max(start, range[0]);
    long to = Math.min(end, range[1]);
    return to <= from || end <= start ? 0 : (double) (to - from) / (end - start);
  }

  private static long nmtOr(@Nullable NmtSummary nmt, String category, long fallback) {
    Long v = nmt == null ? null : nmt.committed(category);
    return v != null ? v : fallback;
  }

  /** Hands out the anonymous resident bytes, part after part. */
  private static final class Builder {
    final long rss;
    final long fileMappings;
    final @Nullable NmtSummary nmt;
    long left;
    @Nullable Long mappedBuffers;
    @Nullable Long javaHeap;
    @Nullable Long codeCache;
    @Nullable Long metaspace;
    @Nullable Long threadStacks;
    @Nullable Long directBuffers;
    @Nullable Long malloc;

    Builder(long rss, long fileMappings, @Nullable NmtSummary nmt) {
      this.rss = rss;
      this.fileMappings = fileMappings;
      this.nmt = nmt;
      this.left = rss - fileMappings;
    }

    @Nullable Long take(@Nullable Long claim) {
      if (claim == null) {
        return null;
      }
      long got = Math.max(0, Math.min(claim, left));
      left -= got;
      return got;
    }
  }
}
