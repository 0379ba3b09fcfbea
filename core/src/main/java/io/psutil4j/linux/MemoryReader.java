package io.psutil4j.linux;

import io.psutil4j.SwapMemory;
import io.psutil4j.VirtualMemory;
import io.psutil4j.linux.Meminfo.Key;
import io.psutil4j.spi.MeminfoReading;
import io.psutil4j.spi.SwapTraffic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** psutil's {@code virtual_memory()} and {@code swap_memory()} formulas over /proc/meminfo. */
final class MemoryReader {
  /** psutil counts swapped pages as 4096 bytes even on 64 KiB-page kernels; so do we. */
  private static final long SWAP_PAGE_BYTES = 4096;

  private final Path meminfoPath;
  private final Path vmstatPath;
  private final Path zoneinfoPath;
  private final long pageSize;
  private final Warnings warnings;

  MemoryReader(Path procRoot, long pageSize, Warnings warnings) {
    // Resolved once per reader, not per call.
    this.meminfoPath = procRoot.resolve("meminfo");
    this.vmstatPath = procRoot.resolve("vmstat");
    this.zoneinfoPath = procRoot.resolve("zoneinfo");
    this.pageSize = pageSize;
    this.warnings = warnings;
  }

  VirtualMemory virtualMemory() {
    return virtualMemory(meminfo());
  }

  private VirtualMemory virtualMemory(Meminfo m) {
    long total = m.get(Key.MEM_TOTAL);
    long free = m.get(Key.MEM_FREE);
    long buffers = m.get(Key.BUFFERS);
    long cached = m.get(Key.CACHED) + m.get(Key.S_RECLAIMABLE);
    long shared = m.has(Key.SHMEM) ? m.get(Key.SHMEM) : m.get(Key.MEM_SHARED);
    long active = m.get(Key.ACTIVE);
    long inactive =
        m.has(Key.INACTIVE)
            ? m.get(Key.INACTIVE)
            : m.get(Key.INACT_DIRTY) + m.get(Key.INACT_CLEAN) + m.get(Key.INACT_LAUNDRY);
    long slab = m.get(Key.SLAB);

    // MemAvailable appeared in 3.14; 0 is treated as missing (psutil #1915).
    long available = m.get(Key.MEM_AVAILABLE) > 0 ? m.get(Key.MEM_AVAILABLE) : estimateAvailable(m);
    if (available < 0) {
      warnings.warn("virtual_memory: available came out negative; using 0");
      available = 0;
    }
    if (available > total) {
      // LXC (lxcfs) can report more available than total; psutil then uses free.
      available = Math.min(free, total);
    }
    List<String> missing = missingFields(m);
    if (missing != null) {
      warnings.warn(
          "virtual_memory: missing meminfo fields set to 0: " + String.join(", ", missing));
    }
    return VirtualMemory.of(
        total, available, free, active, inactive, buffers, cached, shared, slab);
  }

  /**
   * The kernel's own MemAvailable estimate (mm/page_alloc.c, si_mem_available) for kernels that
   * lack the line, from the zones' low watermarks; MemFree + Cached when its inputs are missing.
   */
  private long estimateAvailable(Meminfo m) {
    long free = m.get(Key.MEM_FREE);
    if (!m.has(Key.ACTIVE_FILE) || !m.has(Key.INACTIVE_FILE) || !m.has(Key.S_RECLAIMABLE)) {
      return free + m.get(Key.CACHED);
    }
    long lowPages;
    try {
      lowPages = KernelFiles.read(zoneinfoPath, Zoneinfo::sumLowWatermarkPages);
    } catch (IOException e) {
      return free + m.get(Key.CACHED);
    }
    long watermarkLow = lowPages * pageSize;
    long pageCache = m.get(Key.ACTIVE_FILE) + m.get(Key.INACTIVE_FILE);
    long reclaimable = m.get(Key.S_RECLAIMABLE);
    long available = free - watermarkLow;
    available += pageCache - Math.min(pageCache / 2, watermarkLow);
    available += reclaimable - Math.min(reclaimable / 2, watermarkLow);
    return available;
  }

  SwapMemory swapMemory() {
    Meminfo m = meminfo();
    SwapTraffic traffic = swapTraffic();
    return SwapMemory.of(swapTotal(m), swapFree(m), traffic.sin(), traffic.sout());
  }

  /** virtual_memory() and swap_memory()'s space from one reading of meminfo. */
  MeminfoReading meminfoReading() {
    Meminfo m = meminfo();
    return new MeminfoReading(virtualMemory(m), swapTotal(m), swapFree(m));
  }

  private static long swapTotal(Meminfo m) {
    return m.get(Key.SWAP_TOTAL);
  }

  private static long swapFree(Meminfo m) {
    return Math.min(m.get(Key.SWAP_FREE), m.get(Key.SWAP_TOTAL));
  }

  /** swap_memory()'s sin and sout from vmstat; 0 with psutil's warning when it lacks them. */
  SwapTraffic swapTraffic() {
    try {
      Vmstat vmstat = KernelFiles.read(vmstatPath, Vmstat::parse);
      if (vmstat.complete()) {
        return new SwapTraffic(
            vmstat.pswpin() * SWAP_PAGE_BYTES, vmstat.pswpout() * SWAP_PAGE_BYTES);
      }
      warnings.warn("swap_memory: pswpin/pswpout missing from vmstat; sin and sout set to 0");
    } catch (IOException e) {
      warnings.warn("swap_memory: cannot read vmstat (" + e + "); sin and sout set to 0");
    }
    return new SwapTraffic(0, 0);
  }

  Meminfo meminfo() {
    try {
      return KernelFiles.read(meminfoPath, Meminfo::parse);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The fields virtual_memory() needed but meminfo lacks, in psutil's order; null (no list
   * allocated) in the usual case where nothing is missing. A missing field reads as 0 above.
   */
  private static @Nullable List<String> missingFields(Meminfo m) {
    boolean inactiveKnown =
        m.has(Key.INACTIVE)
            || m.has(Key.INACT_DIRTY)
            || m.has(Key.INACT_CLEAN)
            || m.has(Key.INACT_LAUNDRY);
    if (m.has(Key.BUFFERS)
        && m.has(Key.CACHED)
        && (m.has(Key.SHMEM) || m.has(Key.MEM_SHARED))
        && m.has(Key.ACTIVE)
        && inactiveKnown) {
      return null;
    }
    // psutil's names and order; a missing Slab is set to 0 without being listed, as in psutil.
    List<String> missing = new ArrayList<>();
    addIfMissing(m.has(Key.BUFFERS), "buffers", missing);
    addIfMissing(m.has(Key.CACHED), "cached", missing);
    addIfMissing(m.has(Key.SHMEM) || m.has(Key.MEM_SHARED), "shared", missing);
    addIfMissing(m.has(Key.ACTIVE), "active", missing);
    addIfMissing(inactiveKnown, "inactive", missing);
    return missing;
  }

  private static void addIfMissing(boolean present, String field, List<String> missing) {
    if (!present) {
      missing.add(field);
    }
  }
}
