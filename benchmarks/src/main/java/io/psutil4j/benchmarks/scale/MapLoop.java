package io.psutil4j.benchmarks.scale;

import io.psutil4j.benchmarks.nativeaccess.RawMmap;
import java.util.Arrays;
import java.util.Locale;

/**
 * The host-latency probe: one thread maps 256 KiB of anonymous memory, writes a byte into each page
 * and unmaps it, in a loop, timing each iteration. mmap, the page faults and munmap all take the
 * process's mmap lock, which a smaps_rollup read holds while it walks the page tables; any stall a
 * scrape causes there shows in the tail.
 */
final class MapLoop {
  static final long REGION_BYTES = 256 << 10;
  private static final int PAGE_BYTES = 4096;

  /** Enough for 60 s at 10 µs an iteration; the loop stops early when it is full. */
  private static final int MAX_SAMPLES = 8_000_000;

  private MapLoop() {}

  /** Runs the loop for {@code seconds} on a new thread; one line of percentiles in ns. */
  static String run(int seconds) throws InterruptedException {
    long[] nanos = new long[MAX_SAMPLES];
    Arrays.fill(nanos, 1); // touched before the loop: no page faults of ours in it
    int[] count = new int[1];
    Thread host =
        new Thread(
            () -> {
              long end = System.nanoTime() + seconds * 1_000_000_000L;
              int n = 0;
              while (n < nanos.length) {
                long t0 = System.nanoTime();
                if (t0 > end) {
                  break;
                }
                long address = RawMmap.map(REGION_BYTES);
                RawMmap.touch(address, REGION_BYTES, PAGE_BYTES);
                RawMmap.unmap(address, REGION_BYTES);
                nanos[n++] = System.nanoTime() - t0;
              }
              count[0] = n;
            },
            "host-map-loop");
    host.start();
    host.join();
    Samples samples = new Samples(nanos, count[0]);
    return String.format(
        Locale.ROOT,
        "latency n=%d p50=%d p99=%d p999=%d max=%d",
        samples.count(),
        samples.median(),
        samples.percentile(0.99),
        samples.percentile(0.999),
        samples.max());
  }
}
