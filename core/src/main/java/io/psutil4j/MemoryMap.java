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
public final class MemoryMap extends LongTuple {
  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<Long> RSS = FIELDS.bytes("rss");
  public static final TupleField<Long> SIZE = FIELDS.bytes("size");
  public static final TupleField<Long> PSS = FIELDS.bytes("pss");
  public static final TupleField<Long> SHARED_CLEAN = FIELDS.bytes("shared_clean");
  public static final TupleField<Long> SHARED_DIRTY = FIELDS.bytes("shared_dirty");
  public static final TupleField<Long> PRIVATE_CLEAN = FIELDS.bytes("private_clean");
  public static final TupleField<Long> PRIVATE_DIRTY = FIELDS.bytes("private_dirty");
  public static final TupleField<Long> REFERENCED = FIELDS.bytes("referenced");
  public static final TupleField<Long> ANONYMOUS = FIELDS.bytes("anonymous");
  public static final TupleField<Long> SWAP = FIELDS.bytes("swap");

  private final @Nullable String addr;
  private final @Nullable String perms;
  private final String path;

  private MemoryMap(
      String typeName, @Nullable String addr, @Nullable String perms, String path, long[] sizes) {
    super(typeName, FIELDS, sizes.clone());
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
    return value(RSS);
  }

  /** Mapped size, bytes. */
  public long size() {
    return value(SIZE);
  }

  /** Proportional set size, bytes. */
  public long pss() {
    return value(PSS);
  }

  public long sharedClean() {
    return value(SHARED_CLEAN);
  }

  public long sharedDirty() {
    return value(SHARED_DIRTY);
  }

  public long privateClean() {
    return value(PRIVATE_CLEAN);
  }

  public long privateDirty() {
    return value(PRIVATE_DIRTY);
  }

  public long referenced() {
    return value(REFERENCED);
  }

  public long anonymous() {
    return value(ANONYMOUS);
  }

  public long swap() {
    return value(SWAP);
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

  /** The repr shows the address, permissions and path too, as the dict does. */
  @Override
  Map<String, Object> reprFields() {
    return asDict();
  }
}
