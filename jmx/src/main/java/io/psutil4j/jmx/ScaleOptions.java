package io.psutil4j.jmx;

/**
 * What keeps the MBeans bounded on a big host: the most per-entity MBeans of one type, which
 * mounts, disks and NICs get one, the most rows of the Threads table, and the shortest interval
 * between two reads of each source whose cost grows with the host: smaps_rollup (resident memory),
 * the task table (threads), the socket tables (sockets), statvfs per mount and sysfs per NIC. Such
 * a source is never read more often than the cache interval either.
 */
public final class ScaleOptions {
  /** By default at most this many MBeans per entity type (Cpu, Disk, FileSystem, NIC). */
  public static final int DEFAULT_ENTITY_MAX = 256;

  /** By default the Threads table lists the 100 threads that used the most CPU. */
  public static final int DEFAULT_THREADS_TABLE_MAX = 100;

  /** By default smaps_rollup is read at most every 30 s. */
  public static final long DEFAULT_FOOTPRINT_INTERVAL_MILLIS = 30_000;

  /** By default the task table (a stat or status file per thread) is read at most every 5 s. */
  public static final long DEFAULT_THREADS_INTERVAL_MILLIS = 5_000;

  /** By default the socket tables are dumped at most every 10 s. */
  public static final long DEFAULT_SOCKETS_INTERVAL_MILLIS = 10_000;

  /** By default each mount's statvfs is called at most every 10 s. */
  public static final long DEFAULT_MOUNTS_INTERVAL_MILLIS = 10_000;

  /** By default each NIC's sysfs state is read at most every 10 s. */
  public static final long DEFAULT_NICS_INTERVAL_MILLIS = 10_000;

  /** The highest cap either limit takes. */
  public static final int MAX_LIMIT = 1_000_000;

  /** The longest interval of a source: one day. */
  public static final long MAX_INTERVAL_MILLIS = 86_400_000L;

  /** The sources with an interval of their own, in the order of {@link #intervals}. */
  private enum Costly {
    FOOTPRINT("footprint"),
    THREADS("threads"),
    SOCKETS("sockets"),
    MOUNTS("mounts"),
    NICS("nics");

    final String what;

    Costly(String what) {
      this.what = what;
    }
  }

  private static final ScaleOptions DEFAULTS =
      new ScaleOptions(
          DEFAULT_ENTITY_MAX,
          new NamePatterns(NamePatterns.ALL, NamePatterns.DEFAULT_MOUNT_EXCLUDES),
          new NamePatterns(NamePatterns.ALL, NamePatterns.DEFAULT_DISK_EXCLUDES),
          new NamePatterns(NamePatterns.ALL, NamePatterns.DEFAULT_NIC_EXCLUDES),
          DEFAULT_THREADS_TABLE_MAX,
          new long[] {
            DEFAULT_FOOTPRINT_INTERVAL_MILLIS,
            DEFAULT_THREADS_INTERVAL_MILLIS,
            DEFAULT_SOCKETS_INTERVAL_MILLIS,
            DEFAULT_MOUNTS_INTERVAL_MILLIS,
            DEFAULT_NICS_INTERVAL_MILLIS
          });

  private final int entityMax;
  private final NamePatterns mounts;
  private final NamePatterns disks;
  private final NamePatterns nics;
  private final int threadsTableMax;

  /** Each costly source's interval, by {@link Costly} ordinal; never written after construction. */
  private final long[] intervals;

  private ScaleOptions(
      int entityMax,
      NamePatterns mounts,
      NamePatterns disks,
      NamePatterns nics,
      int threadsTableMax,
      long[] intervals) {
    this.entityMax = limit("per-type MBean cap", entityMax);
    this.mounts = mounts;
    this.disks = disks;
    this.nics = nics;
    this.threadsTableMax = limit("Threads table cap", threadsTableMax);
    for (Costly source : Costly.values()) {
      long millis = intervals[source.ordinal()];
      if (millis < 0 || millis > MAX_INTERVAL_MILLIS) {
        throw new IllegalArgumentException(
            source.what + " interval must be 0 to " + MAX_INTERVAL_MILLIS + " ms, got " + millis);
      }
    }
    this.intervals = intervals;
  }

  public static ScaleOptions defaults() {
    return DEFAULTS;
  }

  private static int limit(String what, int n) {
    if (n < 0 || n > MAX_LIMIT) {
      throw new IllegalArgumentException(what + " must be 0 to " + MAX_LIMIT + ", got " + n);
    }
    return n;
  }

  private ScaleOptions withInterval(Costly source, long millis) {
    long[] changed = intervals.clone();
    changed[source.ordinal()] = millis;
    return new ScaleOptions(entityMax, mounts, disks, nics, threadsTableMax, changed);
  }

  /**
   * With at most {@code max} MBeans per entity type.
   *
   * @throws IllegalArgumentException naming the bad value
   */
  public ScaleOptions withEntityMax(int max) {
    return new ScaleOptions(max, mounts, disks, nics, threadsTableMax, intervals);
  }

  /** With these mountpoint patterns. */
  public ScaleOptions withMounts(NamePatterns patterns) {
    return new ScaleOptions(entityMax, patterns, disks, nics, threadsTableMax, intervals);
  }

  /** With these disk name patterns. */
  public ScaleOptions withDisks(NamePatterns patterns) {
    return new ScaleOptions(entityMax, mounts, patterns, nics, threadsTableMax, intervals);
  }

  /** With these NIC name patterns. */
  public ScaleOptions withNics(NamePatterns patterns) {
    return new ScaleOptions(entityMax, mounts, disks, patterns, threadsTableMax, intervals);
  }

  /**
   * With at most {@code max} rows in the Threads table (the threads with the most CPU).
   *
   * @throws IllegalArgumentException naming the bad value
   */
  public ScaleOptions withThreadsTableMax(int max) {
    return new ScaleOptions(entityMax, mounts, disks, nics, max, intervals);
  }

  /**
   * With smaps_rollup read at most every {@code millis} (never more often than the cache).
   *
   * @throws IllegalArgumentException naming the bad value
   */
  public ScaleOptions withFootprintIntervalMillis(long millis) {
    return withInterval(Costly.FOOTPRINT, millis);
  }

  /**
   * With the task table (the Threads table, the GC and JIT CPU sums, the context switches summed
   * over every thread) read at most every {@code millis} (never more often than the cache).
   *
   * @throws IllegalArgumentException naming the bad value
   */
  public ScaleOptions withThreadsIntervalMillis(long millis) {
    return withInterval(Costly.THREADS, millis);
  }

  /**
   * With the socket tables (Network's connection counts) dumped at most every {@code millis} (never
   * more often than the cache).
   *
   * @throws IllegalArgumentException naming the bad value
   */
  public ScaleOptions withSocketsIntervalMillis(long millis) {
    return withInterval(Costly.SOCKETS, millis);
  }

  /**
   * With each mount's statvfs (FileSystem sizes) called at most every {@code millis} (never more
   * often than the cache).
   *
   * @throws IllegalArgumentException naming the bad value
   */
  public ScaleOptions withMountsIntervalMillis(long millis) {
    return withInterval(Costly.MOUNTS, millis);
  }

  /**
   * With each NIC's sysfs state (NetworkInterface's net_if_stats part) read at most every {@code
   * millis} (never more often than the cache).
   *
   * @throws IllegalArgumentException naming the bad value
   */
  public ScaleOptions withNicsIntervalMillis(long millis) {
    return withInterval(Costly.NICS, millis);
  }

  public int entityMax() {
    return entityMax;
  }

  public NamePatterns mounts() {
    return mounts;
  }

  public NamePatterns disks() {
    return disks;
  }

  public NamePatterns nics() {
    return nics;
  }

  public int threadsTableMax() {
    return threadsTableMax;
  }

  public long footprintIntervalMillis() {
    return intervals[Costly.FOOTPRINT.ordinal()];
  }

  public long threadsIntervalMillis() {
    return intervals[Costly.THREADS.ordinal()];
  }

  public long socketsIntervalMillis() {
    return intervals[Costly.SOCKETS.ordinal()];
  }

  public long mountsIntervalMillis() {
    return intervals[Costly.MOUNTS.ordinal()];
  }

  public long nicsIntervalMillis() {
    return intervals[Costly.NICS.ordinal()];
  }
}
