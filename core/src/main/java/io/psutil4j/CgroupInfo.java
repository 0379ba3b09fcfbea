package io.psutil4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The cgroup a process runs in, as the kernel accounts it: CPU, memory, pids and I/O limits and
 * usage, and the group's pressure stall information. Read from /proc/PID/cgroup and
 * /proc/PID/mountinfo, then the cgroup files under the mounts they point to: cgroup v2 (unified),
 * v1 (one hierarchy per controller) or hybrid (v1 controllers beside a v2 hierarchy, as systemd's
 * default before v247). psutil has no equivalent; see {@link Psutil#cgroup()}.
 */
public final class CgroupInfo implements NamedTuple {
  private final String version;
  private final Map<String, String> paths;
  private final CgroupCpu cpu;
  private final CgroupMemory memory;
  private final Long pidsCurrent;
  private final Long pidsMax;
  private final List<CgroupIo> io;
  private final PressureInfo pressure;

  private CgroupInfo(Builder b) {
    nonNegative("pids_current", b.pidsCurrent);
    nonNegative("pids_max", b.pidsMax);
    this.version = b.version;
    this.paths =
        b.paths == null
            ? Collections.emptyMap()
            : Collections.unmodifiableMap(new LinkedHashMap<>(b.paths));
    this.cpu = b.cpu;
    this.memory = b.memory;
    this.pidsCurrent = b.pidsCurrent;
    this.pidsMax = b.pidsMax;
    this.io =
        b.io == null
            ? Collections.emptyList()
            : Collections.unmodifiableList(new ArrayList<>(b.io));
    this.pressure = b.pressure;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code v2}, {@code v1} or {@code hybrid}. */
  public Optional<String> version() {
    return Optional.ofNullable(version);
  }

  /**
   * The cgroup of each controller (v1) and of the unified hierarchy ({@code unified}), as
   * /proc/PID/cgroup gives them.
   */
  public Map<String, String> paths() {
    return paths;
  }

  /** CPU limit, usage and throttling; empty when no cpu controller is mounted. */
  public Optional<CgroupCpu> cpu() {
    return Optional.ofNullable(cpu);
  }

  /** Memory limit, usage and events; empty when no memory controller is mounted. */
  public Optional<CgroupMemory> memory() {
    return Optional.ofNullable(memory);
  }

  /** Tasks in the group (pids.current). */
  public OptionalLong pidsCurrent() {
    return pidsCurrent == null ? OptionalLong.empty() : OptionalLong.of(pidsCurrent);
  }

  /** Task limit (pids.max); empty for none. */
  public OptionalLong pidsMax() {
    return pidsMax == null ? OptionalLong.empty() : OptionalLong.of(pidsMax);
  }

  /** Block I/O per device; empty when no io/blkio controller is mounted. */
  public List<CgroupIo> io() {
    return io;
  }

  /**
   * The group's pressure stall information (cgroup v2 *.pressure files); empty without a unified
   * hierarchy.
   */
  public Optional<PressureInfo> pressure() {
    return Optional.ofNullable(pressure);
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered(
        "version",
        version,
        "paths",
        paths,
        "cpu",
        cpu == null ? null : cpu.asDict(),
        "memory",
        memory == null ? null : memory.asDict(),
        "pids_current",
        pidsCurrent,
        "pids_max",
        pidsMax,
        "io",
        dicts(io),
        "pressure",
        pressure == null ? null : pressure.asDict());
  }

  @Override
  public String toString() {
    return Repr.of("scgroup", asDict());
  }

  private static List<Map<String, Object>> dicts(List<? extends NamedTuple> values) {
    List<Map<String, Object>> out = new ArrayList<>(values.size());
    for (NamedTuple v : values) {
      out.add(v.asDict());
    }
    return Collections.unmodifiableList(out);
  }

  private static void nonNegative(String field, Number value) {
    if (value != null && !(value.doubleValue() >= 0)) {
      throw new IllegalArgumentException(field + " must be >= 0 or null, got " + value);
    }
  }

  /** Collects the fields; absent ones stay empty (unknown, or no limit for a limit). */
  public static final class Builder {
    private String version;
    private Map<String, String> paths;
    private CgroupCpu cpu;
    private CgroupMemory memory;
    private Long pidsCurrent;
    private Long pidsMax;
    private List<CgroupIo> io;
    private PressureInfo pressure;

    private Builder() {}

    /** {@code v2}, {@code v1} or {@code hybrid}. */
    public Builder version(String value) {
      this.version = value;
      return this;
    }

    /**
     * The cgroup of each controller (v1) and of the unified hierarchy ({@code unified}), as
     * /proc/PID/cgroup gives them.
     */
    public Builder paths(Map<String, String> value) {
      this.paths = value;
      return this;
    }

    /** CPU limit, usage and throttling; empty when no cpu controller is mounted. */
    public Builder cpu(CgroupCpu value) {
      this.cpu = value;
      return this;
    }

    /** Memory limit, usage and events; empty when no memory controller is mounted. */
    public Builder memory(CgroupMemory value) {
      this.memory = value;
      return this;
    }

    /** Tasks in the group (pids.current). */
    public Builder pidsCurrent(Long value) {
      this.pidsCurrent = value;
      return this;
    }

    /** Task limit (pids.max); empty for none. */
    public Builder pidsMax(Long value) {
      this.pidsMax = value;
      return this;
    }

    /** Block I/O per device; empty when no io/blkio controller is mounted. */
    public Builder io(List<CgroupIo> value) {
      this.io = value;
      return this;
    }

    /**
     * The group's pressure stall information (cgroup v2 *.pressure files); empty without a unified
     * hierarchy.
     */
    public Builder pressure(PressureInfo value) {
      this.pressure = value;
      return this;
    }

    /**
     * The value with the fields set so far.
     *
     * @throws IllegalArgumentException naming a negative field
     */
    public CgroupInfo build() {
      return new CgroupInfo(this);
    }
  }
}
