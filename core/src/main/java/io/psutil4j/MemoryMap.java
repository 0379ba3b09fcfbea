package io.psutil4j;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of psutil's {@code memory_maps()}: {@code pmmap_grouped} (one path, its mappings
 * summed) or, ungrouped, {@code pmmap_ext} (one mapping with its address range and permissions).
 * From /proc/PID/smaps; sizes in bytes.
 */
public final class MemoryMap extends Tuple {
  /** The smaps fields kept, in psutil's order after path. */
  public static final String[] FIELDS = {
    "rss",
    "size",
    "pss",
    "shared_clean",
    "shared_dirty",
    "private_clean",
    "private_dirty",
    "referenced",
    "anonymous",
    "swap"
  };

  private final @Nullable String addr;
  private final @Nullable String perms;
  private final String path;
  private final long[] values;

  private MemoryMap(@Nullable String addr, @Nullable String perms, String path, long[] values) {
    super(addr == null ? "pmmap_grouped" : "pmmap_ext");
    this.addr = addr;
    this.perms = perms;
    this.path = Objects.requireNonNull(path, "path");
    if (values.length != FIELDS.length) {
      throw new IllegalArgumentException("need " + FIELDS.length + " values");
    }
    for (int i = 0; i < values.length; i++) {
      Fields.requireNonNegative(FIELDS[i], values[i]);
    }
    this.values = values.clone();
  }

  /** A grouped entry: {@code values} in {@link #FIELDS} order. */
  public static MemoryMap grouped(String path, long[] values) {
    return new MemoryMap(null, null, path, values);
  }

  /** One mapping: address range {@code start-end} in hex, permissions such as {@code r-xp}. */
  public static MemoryMap mapping(String addr, String perms, String path, long[] values) {
    return new MemoryMap(
        Objects.requireNonNull(addr, "addr"), Objects.requireNonNull(perms, "perms"), path, values);
  }

  /** Whether this is a {@code pmmap_grouped} entry (no address or permissions). */
  public boolean isGrouped() {
    return addr == null;
  }

  /** The address range, null when grouped. */
  public @Nullable String addr() {
    return addr;
  }

  /** The permissions, null when grouped. */
  public @Nullable String perms() {
    return perms;
  }

  /** The mapped file, {@code [anon]}, {@code [heap]}, {@code [stack]}, ... */
  public String path() {
    return path;
  }

  /** Resident, bytes. */
  public long rss() {
    return values[0];
  }

  /** Mapped size, bytes. */
  public long size() {
    return values[1];
  }

  /** Proportional set size, bytes. */
  public long pss() {
    return values[2];
  }

  public long sharedClean() {
    return values[3];
  }

  public long sharedDirty() {
    return values[4];
  }

  public long privateClean() {
    return values[5];
  }

  public long privateDirty() {
    return values[6];
  }

  public long referenced() {
    return values[7];
  }

  public long anonymous() {
    return values[8];
  }

  public long swap() {
    return values[9];
  }

  @Override
  public Map<String, Object> asDict() {
    Map<String, Object> d = new LinkedHashMap<>();
    if (addr != null) {
      d.put("addr", addr);
      d.put("perms", perms);
    }
    d.put("path", path);
    for (int i = 0; i < FIELDS.length; i++) {
      d.put(FIELDS[i], values[i]);
    }
    return Collections.unmodifiableMap(d);
  }
}
