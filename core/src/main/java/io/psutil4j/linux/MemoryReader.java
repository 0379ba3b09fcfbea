package io.psutil4j.linux;

import io.psutil4j.SwapMemory;
import io.psutil4j.VirtualMemory;
import io.psutil4j.linux.parse.Meminfo;
import io.psutil4j.linux.parse.Meminfo.Key;
import io.psutil4j.linux.parse.Vmstat;
import io.psutil4j.linux.parse.Zoneinfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** psutil's {@code virtual_memory()} and {@code swap_memory()} formulas over /proc/meminfo. */
final class MemoryReader {
  /** psutil counts swapped pages as 4096 bytes even on 64 KiB-page kernels; so do we. */
  private static final long SWAP_PAGE_BYTES = 4096;

  private final Path procRoot;
  private final long pageSize;
  private final Warnings warnings;

  MemoryReader(Path procRoot, long pageSize, Warnings warnings) {
    this.procRoot = procRoot;
    this.pageSize = pageSize;
    this.warnings = warnings;
  }

  VirtualMemory virtualMemory() {
    Meminfo m = meminfo();
    List<String> missing = new ArrayList<>();
    long total = m.get(Key.MEM_TOTAL);
    long free = m.get(Key.MEM_FREE);
    long buffers = valueOrMissing(m, Key.BUFFERS, missing);
    long cached = valueOrMissing(m, Key.CACHED, missing) + m.get(Key.S_RECLAIMABLE);
    long shared = m.has(Key.SHMEM) ? m.get(Key.SHMEM) : valueOrMissing(m, Key.MEM_SHARED, missing);
    long active = valueOrMissing(m, Key.ACTIVE, missing);
    long inactive;
    if (m.has(Key.INACTIVE)) {
      inactive = m.get(Key.INACTIVE);
    } else if (m.has(Key.INACT_DIRTY) || m.has(Key.INACT_CLEAN) || m.has(Key.INACT_LAUNDRY)) {
      inactive = m.get(Key.INACT_DIRTY) + m.get(Key.INACT_CLEAN) + m.get(Key.INACT_LAUNDRY);
    } else {
      inactive = 0;
      missing.add("inactive");
    }
    long slab = valueOrMissing(m, Key.SLAB, missing);

    // MemAvailable appeared in 3.14; 0 is treated as missing (psutil #1915).
    long available =
        m.get(Key.MEM_AVAILABLE) > 0 ? m.get(Key.MEM_AVAILABLE) : estimateAvailable(m, cached);
    if (available < 0) {
      warnings.warn("virtual_memory: available came out negative; using 0");
      available = 0;
    }
    if (available > total) {
      // LXC (lxcfs) can report more available than total; psutil then uses free.
      available = Math.min(free, total);
    }
    if (!missing.isEmpty()) {
      warnings.warn(
          "virtual_memory: missing meminfo fields set to 0: " + String.join(", ", missing));
    }
    return VirtualMemory.builder()
        .total(total)
        .available(available)
        .free(free)
        .active(active)
        .inactive(inactive)
        .buffers(buffers)
        .cached(cached)
        .shared(shared)
        .slab(slab)
        .build();
  }

  /**
   * The kernel's own MemAvailable estimate (mm/page_alloc.c, si_mem_available) for kernels that
   * lack the line, from the zones' low watermarks; MemFree + Cached when its inputs are missing.
   */
  private long estimateAvailable(Meminfo m, long cachedPlusReclaimable) {
    long free = m.get(Key.MEM_FREE);
    if (!m.has(Key.ACTIVE_FILE) || !m.has(Key.INACTIVE_FILE) || !m.has(Key.S_RECLAIMABLE)) {
      return free + m.get(Key.CACHED);
    }
    long lowPages;
    try {
      lowPages = KernelFiles.read(procRoot.resolve("zoneinfo"), Zoneinfo::sumLowWatermarkPages);
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
    long total = m.get(Key.SWAP_TOTAL);
    long free = Math.min(m.get(Key.SWAP_FREE), total);
    long sin = 0;
    long sout = 0;
    try {
      Vmstat vmstat = KernelFiles.read(procRoot.resolve("vmstat"), Vmstat::parse);
      if (vmstat.complete()) {
        sin = vmstat.pswpin() * SWAP_PAGE_BYTES;
        sout = vmstat.pswpout() * SWAP_PAGE_BYTES;
      } else {
        warnings.warn("swap_memory: pswpin/pswpout missing from vmstat; sin and sout set to 0");
      }
    } catch (IOException e) {
      warnings.warn("swap_memory: cannot read vmstat (" + e + "); sin and sout set to 0");
    }
    return SwapMemory.of(total, free, sin, sout);
  }

  Meminfo meminfo() {
    try {
      return KernelFiles.read(procRoot.resolve("meminfo"), Meminfo::parse);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long valueOrMissing(Meminfo m, Key key, List<String> missing) {
    if (!m.has(key)) {
      missing.add(key.label());
    }
    return m.get(key);
  }
}
