package io.psutil4j.jmx;

import io.psutil4j.CtxSwitchesAllThreads;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The Process MBean's whole-process context switches, apart from its cheap attributes: counted by
 * getrusage they cost one system call and follow the cache interval; counted over /proc/self/task
 * they cost one status file per thread, so from the first such reading on they are refreshed at
 * most every threads interval (option threads.interval), and NumFds, Rss and the rest never pay for
 * them.
 */
final class AllThreadSwitches implements Readings.Cache<CtxSwitchesAllThreads> {

  private final Snapshot<CtxSwitchesAllThreads> cheap;
  private final Snapshot<CtxSwitchesAllThreads> perThread;
  private volatile boolean countedPerThread;

  /**
   * @param perThreadMillis the shortest interval between two sums over /proc/self/task
   */
  AllThreadSwitches(
      Supplier<CtxSwitchesAllThreads> reader, long cacheMillis, long perThreadMillis) {
    this(reader, cacheMillis, perThreadMillis, System::nanoTime);
  }

  AllThreadSwitches(
      Supplier<CtxSwitchesAllThreads> reader,
      long cacheMillis,
      long perThreadMillis,
      Snapshot.Clock clock) {
    this.cheap = new Snapshot<>(reader, cacheMillis, clock);
    this.perThread = new Snapshot<>(reader, Math.max(cacheMillis, perThreadMillis), clock);
  }

  /** The last reading; null when it could not be read. */
  @Override
  public @Nullable CtxSwitchesAllThreads get() {
    if (countedPerThread) {
      return perThread.get();
    }
    CtxSwitchesAllThreads r = cheap.get();
    if (r != null && r.source() == CtxSwitchesAllThreads.Source.PROC_TASKS) {
      countedPerThread = true; // native access does not come later in a JVM's life
    }
    return r;
  }

  /** The snapshot the next {@link #get} reads. */
  @Override
  public Snapshot<?> snapshot() {
    return countedPerThread ? perThread : cheap;
  }

  @Override
  public long ageMillis() {
    return countedPerThread ? perThread.ageMillis() : cheap.ageMillis();
  }
}
