package io.psutil4j;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * psutil's {@code pfullmem}: {@link MemoryInfo}'s fields followed by {@link MemoryFootprint}'s, in
 * bytes, as the deprecated {@code memory_full_info()} returns them.
 */
public final class MemoryFullInfo extends Tuple {
  private final MemoryInfo info;
  private final MemoryFootprint footprint;

  private MemoryFullInfo(MemoryInfo info, MemoryFootprint footprint) {
    super("pfullmem");
    this.info = info;
    this.footprint = footprint;
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

  @Override
  public Map<String, Object> asDict() {
    Map<String, Object> all = new LinkedHashMap<>(info.asDict());
    all.putAll(footprint.asDict());
    return Collections.unmodifiableMap(all);
  }
}
