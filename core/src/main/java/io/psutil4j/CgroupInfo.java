package io.psutil4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The cgroup a process runs in, as the kernel accounts it: CPU, memory, pids and I/O limits and
 * usage, and the group's pressure stall information. Read from /proc/PID/cgroup and
 * /proc/PID/mountinfo, then the cgroup files under the mounts they point to: cgroup v2 (unified),
 * v1 (one hierarchy per controller) or hybrid (v1 controllers beside a v2 hierarchy, as systemd's
 * default before v247). psutil has no equivalent; see {@link Psutil#cgroup()}.
 */
public final class CgroupInfo extends FieldTuple<CgroupInfo.Field> {
  /** The fields, in the order of {@link #asDict()}; a nested value shows as its dict. */
  enum Field implements TupleField {
    VERSION(String.class),
    PATHS(Map.class),
    CPU(CgroupCpu.class),
    MEMORY(CgroupMemory.class),
    PIDS_CURRENT(Long.class),
    PIDS_MAX(Long.class),
    IO(List.class),
    PRESSURE(PressureInfo.class);

    private final Class<?> type;

    Field(Class<?> type) {
      this.type = type;
    }

    @Override
    public Class<?> type() {
      return type;
    }

    /** Unknown, or for a limit, absent; the paths and the devices are empty instead. */
    @Override
    public boolean nullable() {
      return this != PATHS && this != IO;
    }
  }

  private CgroupInfo(@Nullable Object... values) {
    super("scgroup", Field.class, values);
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
        paths == null
            ? Collections.emptyMap()
            : Collections.unmodifiableMap(new LinkedHashMap<>(paths)),
        cpu,
        memory,
        pidsCurrent,
        pidsMax,
        io == null ? Collections.emptyList() : Collections.unmodifiableList(new ArrayList<>(io)),
        pressure);
  }

  /** {@code v2}, {@code v1} or {@code hybrid}. */
  public Optional<String> version() {
    return optional(Field.VERSION, String.class);
  }

  /**
   * The cgroup of each controller (v1) and of the unified hierarchy ({@code unified}), as
   * /proc/PID/cgroup gives them.
   */
  @SuppressWarnings("unchecked") // of() keeps only a Map<String, String> here
  public Map<String, String> paths() {
    return value(Field.PATHS, Map.class);
  }

  /** CPU limit, usage and throttling; empty when no cpu controller is mounted. */
  public Optional<CgroupCpu> cpu() {
    return optional(Field.CPU, CgroupCpu.class);
  }

  /** Memory limit, usage and events; empty when no memory controller is mounted. */
  public Optional<CgroupMemory> memory() {
    return optional(Field.MEMORY, CgroupMemory.class);
  }

  /** Tasks in the group (pids.current). */
  public OptionalLong pidsCurrent() {
    return optionalLong(Field.PIDS_CURRENT);
  }

  /** Task limit (pids.max); empty for none. */
  public OptionalLong pidsMax() {
    return optionalLong(Field.PIDS_MAX);
  }

  /** Block I/O per device; empty when no io/blkio controller is mounted. */
  @SuppressWarnings("unchecked") // of() keeps only a List<CgroupIo> here
  public List<CgroupIo> io() {
    return value(Field.IO, List.class);
  }

  /**
   * The group's pressure stall information (cgroup v2 *.pressure files); empty without a unified
   * hierarchy.
   */
  public Optional<PressureInfo> pressure() {
    return optional(Field.PRESSURE, PressureInfo.class);
  }
}
