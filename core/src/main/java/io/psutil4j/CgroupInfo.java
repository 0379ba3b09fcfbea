package io.psutil4j;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The cgroup a process runs in, as the kernel accounts it: CPU, memory, pids and I/O limits and
 * usage, and the group's pressure stall information. Read from /proc/PID/cgroup and
 * /proc/PID/mountinfo, then the cgroup files under the mounts they point to: cgroup v2 (unified),
 * v1 (one hierarchy per controller) or hybrid (v1 controllers beside a v2 hierarchy, as systemd's
 * default before v247). psutil has no equivalent; see {@link Psutil#cgroup()}.
 */
public final class CgroupInfo extends FieldTuple {
  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<String> VERSION = FIELDS.text("version").orNull();
  public static final TupleField<Map<String, String>> PATHS = FIELDS.generic("paths", Map.class);
  public static final TupleField<CgroupCpu> CPU = FIELDS.field("cpu", CgroupCpu.class).orNull();
  public static final TupleField<CgroupMemory> MEMORY =
      FIELDS.field("memory", CgroupMemory.class).orNull();
  public static final TupleField<Long> PIDS_CURRENT =
      FIELDS.longs("pids_current", Unit.TASKS).orNull();
  public static final TupleField<Long> PIDS_MAX = FIELDS.longs("pids_max", Unit.TASKS).orNull();
  public static final TupleField<List<CgroupIo>> IO = FIELDS.generic("io", List.class);
  public static final TupleField<PressureInfo> PRESSURE =
      FIELDS.field("pressure", PressureInfo.class).orNull();

  private CgroupInfo(@Nullable Object... values) {
    super("scgroup", FIELDS, values);
  }

  /**
   * Builds from the fields in the order of {@link #asDict()}; null for a field that is unknown or,
   * for a limit, absent.
   *
   * @throws IllegalArgumentException naming a negative field
   */
  public static CgroupInfo of(
      @Nullable String version,
      @Nullable Map<String, String> paths,
      @Nullable CgroupCpu cpu,
      @Nullable CgroupMemory memory,
      @Nullable Long pidsCurrent,
      @Nullable Long pidsMax,
      @Nullable List<CgroupIo> io,
      @Nullable PressureInfo pressure) {
    return new CgroupInfo(
        version,
        paths == null ? Collections.emptyMap() : FrozenPaths.of(paths),
        cpu,
        memory,
        pidsCurrent,
        pidsMax,
        io == null ? Collections.emptyList() : Collections.unmodifiableList(new ArrayList<>(io)),
        pressure);
  }

  /**
   * The paths a value holds: a copy of those given, in their order, that nothing can change, so the
   * paths of one value given for the next are kept as they are (a reader builds one value per part
   * from the same location).
   */
  private static final class FrozenPaths extends AbstractMap<String, String> {
    private final Map<String, String> copy;

    private FrozenPaths(Map<String, String> given) {
      this.copy = Collections.unmodifiableMap(new LinkedHashMap<>(given));
    }

    static Map<String, String> of(Map<String, String> given) {
      return given instanceof FrozenPaths ? given : new FrozenPaths(given);
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
      return copy.entrySet();
    }

    @Override
    public @Nullable String get(@Nullable Object key) {
      return copy.get(key);
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
      return copy.containsKey(key);
    }
  }

  /** {@code v2}, {@code v1} or {@code hybrid}. */
  public Optional<String> version() {
    return optional(VERSION);
  }

  /**
   * The cgroup of each controller (v1) and of the unified hierarchy ({@code unified}), as
   * /proc/PID/cgroup gives them.
   */
  public Map<String, String> paths() {
    return value(PATHS);
  }

  /** CPU limit, usage and throttling; empty when no cpu controller is mounted. */
  public Optional<CgroupCpu> cpu() {
    return optional(CPU);
  }

  /** Memory limit, usage and events; empty when no memory controller is mounted. */
  public Optional<CgroupMemory> memory() {
    return optional(MEMORY);
  }

  /** Tasks in the group (pids.current). */
  public OptionalLong pidsCurrent() {
    return optionalLong(PIDS_CURRENT);
  }

  /** Task limit (pids.max); empty for none. */
  public OptionalLong pidsMax() {
    return optionalLong(PIDS_MAX);
  }

  /** Block I/O per device; empty when no io/blkio controller is mounted. */
  public List<CgroupIo> io() {
    return value(IO);
  }

  /**
   * The group's pressure stall information (cgroup v2 *.pressure files); empty without a unified
   * hierarchy.
   */
  public Optional<PressureInfo> pressure() {
    return optional(PRESSURE);
  }
}
