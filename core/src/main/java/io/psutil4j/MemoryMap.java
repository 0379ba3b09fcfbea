package io.psutil4j;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of psutil's {@code memory_maps()}: {@code pmmap_grouped} (one path, its mappings
 * summed) or, ungrouped, {@code pmmap_ext} (one mapping with its address range and permissions).
 * From /proc/PID/smaps; sizes in bytes.
 */
public final class MemoryMap extends LongTuple {
  /** The smaps fields kept, in psutil's order after path: the order of the sizes given. */
  public static final List<String> FIELDS =
      List.of(
          "rss",
          "size",
          "pss",
          "shared_clean",
          "shared_dirty",
          "private_clean",
          "private_dirty",
          "referenced",
          "anonymous",
          "swap");

  private final @Nullable String addr;
  private final @Nullable String perms;
  private final String path;

  private MemoryMap(
      String typeName, @Nullable String addr, @Nullable String perms, String path, long[] sizes) {
    super(typeName, FIELDS, checked(typeName, FIELDS, sizes));
    this.addr = addr;
    this.perms = perms;
    this.path = Objects.requireNonNull(path, "path");
  }

  /** A grouped entry: {@code sizes} in {@link #FIELDS} order, bytes. */
  public static MemoryMap grouped(String path, long[] sizes) {
    return new MemoryMap("pmmap_grouped", null, null, path, sizes);
  }

  /**
   * One mapping: address range {@code start-end} in hex, permissions such as {@code r-xp}, {@code
   * sizes} in {@link #FIELDS} order, bytes.
   */
  public static MemoryMap mapping(String addr, String perms, String path, long[] sizes) {
    return new MemoryMap(
        "pmmap_ext",
        Objects.requireNonNull(addr, "addr"),
        Objects.requireNonNull(perms, "perms"),
        path,
        sizes);
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
    return value(0);
  }

  /** Mapped size, bytes. */
  public long size() {
    return value(1);
  }

  /** Proportional set size, bytes. */
  public long pss() {
    return value(2);
  }

  public long sharedClean() {
    return value(3);
  }

  public long sharedDirty() {
    return value(4);
  }

  public long privateClean() {
    return value(5);
  }

  public long privateDirty() {
    return value(6);
  }

  public long referenced() {
    return value(7);
  }

  public long anonymous() {
    return value(8);
  }

  public long swap() {
    return value(9);
  }

  /** The sizes in the order of {@link #FIELDS}, a fresh array. */
  @Override
  public long[] toArray() {
    return super.toArray();
  }

  @Override
  public Map<String, Object> asDict() {
    Map<String, Object> d = new LinkedHashMap<>();
    if (addr != null) {
      d.put("addr", addr);
      d.put("perms", perms);
    }
    d.put("path", path);
    d.putAll(super.asDict());
    return Collections.unmodifiableMap(d);
  }
}
