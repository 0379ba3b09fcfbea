package io.psutil4j.benchmarks.trim;

import io.psutil4j.Process;
import io.psutil4j.Psutil;
import io.psutil4j.benchmarks.nativeaccess.RawMalloc;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What heapTrim pauses: a host thread's malloc/free latency (4 KiB by default, beyond glibc's
 * per-thread cache, which serves small sizes without the arena's lock; the size is the argument)
 * while psutil4j's heapTrim (malloc_trim(0)) runs over a fragmented 1 GiB malloc heap, against the
 * same thread's latency with no trim running. The heap is 1 GiB of 8 KiB blocks, touched, then
 * every other one freed: 512 MiB free in holes no neighbour can merge with, each holding whole
 * pages malloc_trim gives back one madvise at a time under the arena's lock. Run with {@code
 * MALLOC_ARENA_MAX=1} for the worst case (every thread shares the trimmed arena): {@code java -cp
 * benchmarks/target/benchmarks.jar io.psutil4j.benchmarks.trim.HeapTrimPause}.
 */
public final class HeapTrimPause {
  private static final long HEAP_BYTES = 1L << 30;
  private static final int BLOCK_BYTES = 8 << 10;

  /** By default beyond glibc's per-thread cache (1032 bytes), so every call takes an arena lock. */
  private static final int DEFAULT_PROBE_BYTES = 4096;

  private static final int MAX_SAMPLES = 10_000_000;

  private HeapTrimPause() {}

  public static void main(String[] args) throws Exception {
    int probeBytes = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_PROBE_BYTES;
    int blocks = (int) (HEAP_BYTES / BLOCK_BYTES);
    long[] peers = new long[blocks];
    for (int i = 0; i < blocks; i++) {
      peers[i] = RawMalloc.malloc(BLOCK_BYTES);
      RawMalloc.fill(peers[i], BLOCK_BYTES, (byte) 1);
    }
    for (int i = 0; i < blocks; i += 2) {
      RawMalloc.free(peers[i]);
    }
    Process self = Process.current();
    long[] samples = new long[MAX_SAMPLES]; // one buffer, touched now: no RSS growth later
    Arrays.fill(samples, 1);

    Latencies idle = measureWhile(() -> sleep(1000), samples, probeBytes);
    long[] trimNanos = new long[1];
    long[] rss = new long[2];
    boolean[] released = new boolean[1];
    Latencies during =
        measureWhile(
            () -> {
              rss[0] = self.memoryInfo().rss();
              long start = System.nanoTime();
              released[0] = Psutil.heapTrim();
              trimNanos[0] = System.nanoTime() - start;
              rss[1] = self.memoryInfo().rss();
            },
            samples,
            probeBytes);
    long rssBefore = rss[0];
    long rssAfter = rss[1];
    for (int i = 1; i < blocks; i += 2) {
      RawMalloc.free(peers[i]);
    }
    System.out.printf(
        Locale.ROOT,
        "heap-trim-pause heap_mib=%d block_kib=%d freed_mib=%d arena_max=%s trim_ms=%.1f"
            + " released=%b rss_before_mib=%d rss_after_mib=%d%n",
        HEAP_BYTES >> 20,
        BLOCK_BYTES >> 10,
        (HEAP_BYTES / 2) >> 20,
        System.getenv().getOrDefault("MALLOC_ARENA_MAX", "default"),
        trimNanos[0] / 1e6,
        released[0],
        rssBefore >> 20,
        rssAfter >> 20);
    System.out.println("malloc+free(" + probeBytes + ") without trim: " + idle);
    System.out.println("malloc+free(" + probeBytes + ") during trim:  " + during);
  }

  /** A host thread's malloc+free latencies while {@code action} runs on this thread. */
  private static Latencies measureWhile(Runnable action, long[] samples, int probeBytes)
      throws InterruptedException {
    int[] count = new int[1];
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch started = new CountDownLatch(1);
    Thread host =
        new Thread(
            () -> {
              started.countDown();
              int n = 0;
              while (!stop.get() && n < samples.length) {
                long t0 = System.nanoTime();
                RawMalloc.free(RawMalloc.malloc(probeBytes));
                samples[n++] = System.nanoTime() - t0;
              }
              count[0] = n;
            },
            "host-malloc");
    host.start();
    started.await();
    Thread.sleep(50); // the host thread is in its loop
    long start = System.nanoTime();
    action.run();
    long elapsed = System.nanoTime() - start;
    stop.set(true);
    host.join();
    return new Latencies(samples, count[0], elapsed);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Percentiles and maximum of one run's samples. */
  private static final class Latencies {
    private final String text;

    /** Sorts the first {@code count} of {@code samples} in place and keeps their summary. */
    Latencies(long[] samples, int count, long windowNanos) {
      Arrays.sort(samples, 0, count);
      this.text =
          String.format(
              Locale.ROOT,
              "calls=%d window_ms=%.1f p50_us=%.2f p99_us=%.2f p99.9_us=%.2f max_us=%.1f"
                  + " calls_over_1ms=%d",
              count,
              windowNanos / 1e6,
              micros(samples, count, 0.5),
              micros(samples, count, 0.99),
              micros(samples, count, 0.999),
              count == 0 ? 0 : samples[count - 1] / 1e3,
              count - firstAbove(samples, count, 1_000_000));
    }

    private static double micros(long[] sorted, int count, double q) {
      return count == 0 ? 0 : sorted[(int) Math.min(count - 1, Math.floor(q * count))] / 1e3;
    }

    private static int firstAbove(long[] sorted, int count, long nanos) {
      int i = count;
      while (i > 0 && sorted[i - 1] > nanos) {
        i--;
      }
      return i;
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
