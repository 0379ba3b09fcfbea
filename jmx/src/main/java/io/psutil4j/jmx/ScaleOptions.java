package io.psutil4j.jmx;

/**
 * What keeps the MBeans bounded on a big host: the most per-entity MBeans of one type, which
 * mounts, disks and NICs get one, the most rows of the Threads table, and the shortest interval
 * between two reads of smaps_rollup (whose cost grows with resident memory).
 */
public final class ScaleOptions {
  /** By default at most this many MBeans per entity type (Cpu, Disk, FileSystem, NIC). */
  public static final int DEFAULT_ENTITY_MAX = 256;

  /** By default the Threads table lists the 100 threads that used the most CPU. */
  public static final int DEFAULT_THREADS_TABLE_MAX = 100;

  /** By default smaps_rollup is read at most every 30 s. */
  public static final long DEFAULT_FOOTPRINT_INTERVAL_MILLIS = 30_000;

  /** The highest cap either limit takes. */
  public static final int MAX_LIMIT = 1_000_000;

  private static final ScaleOptions DEFAULTS =
      new ScaleOptions(
          DEFAULT_ENTITY_MAX,
          new NamePatterns(NamePatterns.ALL, NamePatterns.DEFAULT_MOUNT_EXCLUDES),
          new NamePatterns(NamePatterns.ALL, NamePatterns.DEFAULT_DISK_EXCLUDES),
          new NamePatterns(NamePatterns.ALL, NamePatterns.DEFAULT_NIC_EXCLUDES),
          DEFAULT_THREADS_TABLE_MAX,
          DEFAULT_FOOTPRINT_INTERVAL_MILLIS);

  private final int entityMax;
  private final NamePatterns mounts;
  private final NamePatterns disks;
  private final NamePatterns nics;
  private final int threadsTableMax;
  private final long footprintIntervalMillis;

  private ScaleOptions(
      int entityMax,
      NamePatterns mounts,
      NamePatterns disks,
      NamePatterns nics,
      int threadsTableMax,
      long footprintIntervalMillis) {
    this.entityMax = limit("per-type MBean cap", entityMax);
    this.mounts = mounts;
    this.disks = disks;
    this.nics = nics;
    this.threadsTableMax = limit("Threads table cap", threadsTableMax);
    if (footprintIntervalMillis < 0 || footprintIntervalMillis > 86_400_000L) {
      throw new IllegalArgumentException(
          "footprint interval must be 0 to 86400000 ms, got " + footprintIntervalMillis);
    }
    this.footprintIntervalMillis = footprintIntervalMillis;
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

  /**
   * With at most {@code max} MBeans per entity type.
   *
   * @throws IllegalArgumentException naming the bad value
   */
  public ScaleOptions withEntityMax(int max) {
    return new ScaleOptions(max, mounts, disks, nics, threadsTableMax, footprintIntervalMillis);
  }

  /** With these mountpoint patterns. */
  public ScaleOptions withMounts(NamePatterns patterns) {
    return new ScaleOptions(
        entityMax, patterns, disks, nics, threadsTableMax, footprintIntervalMillis);
  }

  /** With these disk name patterns. */
  public ScaleOptions withDisks(NamePatterns patterns) {
    return new ScaleOptions(
        entityMax, mounts, patterns, nics, threadsTableMax, footprintIntervalMillis);
  }

  /** With these NIC name patterns. */
  public ScaleOptions withNics(NamePatterns patterns) {
    return new ScaleOptions(
        entityMax, mounts, disks, patterns, threadsTableMax, footprintIntervalMillis);
  }

  /**
   * With at most {@code max} rows in the Threads table (the threads with the most CPU).
   *
   * @throws IllegalArgumentException naming the bad value
   */
  public ScaleOptions withThreadsTableMax(int max) {
    return new ScaleOptions(entityMax, mounts, disks, nics, max, footprintIntervalMillis);
  }

  /**
   * With smaps_rollup read at most every {@code millis} (never more often than the cache).
   *
   * @throws IllegalArgumentException naming the bad value
   */
  public ScaleOptions withFootprintIntervalMillis(long millis) {
    return new ScaleOptions(entityMax, mounts, disks, nics, threadsTableMax, millis);
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
    return footprintIntervalMillis;
  }
}
