package io.psutil4j;

import java.util.Arrays;

/**
 * psutil's {@code pfullmem}: {@link MemoryInfo}'s fields followed by {@link MemoryFootprint}'s, in
 * bytes, as the deprecated {@code memory_full_info()} returns them.
 */
public final class MemoryFullInfo extends LongTuple {
  /** {@link MemoryInfo}'s fields, then {@link MemoryFootprint}'s. */
  public static final FieldTable FIELDS = new FieldTable(MemoryInfo.FIELDS, MemoryFootprint.FIELDS);

  private final MemoryInfo info;
  private final MemoryFootprint footprint;

  private MemoryFullInfo(MemoryInfo info, MemoryFootprint footprint) {
    super("pfullmem", FIELDS, joined(info.toArray(), footprint.toArray()));
    this.info = info;
    this.footprint = footprint;
  }

  private static long[] joined(long[] first, long[] second) {
    long[] all = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }

  public static MemoryFullInfo of(MemoryInfo info, MemoryFootprint footprint) {
    return new MemoryFullInfo(info, footprint);
  }

  /** Resident set size, bytes. */
  public long rss() {
    return info.rss();
  }

  /** Virtual memory size, bytes. */
  public long vms() {
    return info.vms();
  }

  /** Resident memory backed by files or shared, bytes. */
  public long shared() {
    return info.shared();
  }

  /** Executable code (TRS), bytes. */
  public long text() {
    return info.text();
  }

  /** Data plus stack (DRS), bytes. */
  public long data() {
    return info.data();
  }

  /** Unique set size, bytes. */
  public long uss() {
    return footprint.uss();
  }

  /** Proportional set size, bytes. */
  public long pss() {
    return footprint.pss();
  }

  /** Swapped-out memory (smaps' Swap), bytes. */
  public long swap() {
    return footprint.swap();
  }
}
