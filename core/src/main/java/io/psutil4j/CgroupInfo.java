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
public final class CgroupInfo extends Tuple {
  private final @Nullable String version;
  private final Map<String, String> paths;
  private final @Nullable CgroupCpu cpu;
  private final @Nullable CgroupMemory memory;
  private final @Nullable Long pidsCurrent;
  private final @Nullable Long pidsMax;
  private final List<CgroupIo> io;
  private final @Nullable PressureInfo pressure;

  private CgroupInfo(
      @Nullable String version,
      @Nullable Map<String, String> paths,
      @Nullable CgroupCpu cpu,
      @Nullable CgroupMemory memory,
      @Nullable Long pidsCurrent,
      @Nullable Long pidsMax,
      @Nullable List<CgroupIo> io,
      @Nullable PressureInfo pressure) {
    super("scgroup");
    Fields.requireNonNegativeOrNull("pids_current", pidsCurrent);
    Fields.requireNonNegativeOrNull("pids_max", pidsMax);
    this.version = version;
    this.paths =
        paths == null
            ? Collections.emptyMap()
            : Collections.unmodifiableMap(new LinkedHashMap<>(paths));
    this.cpu = cpu;
    this.memory = memory;
    this.pidsCurrent = pidsCurrent;
    this.pidsMax = pidsMax;
    this.io =
        io == null ? Collections.emptyList() : Collections.unmodifiableList(new ArrayList<>(io));
    this.pressure = pressure;
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
    return new CgroupInfo(version, paths, cpu, memory, pidsCurrent, pidsMax, io, pressure);
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

  private static List<Map<String, Object>> dicts(List<? extends NamedTuple> values) {
    List<Map<String, Object>> out = new ArrayList<>(values.size());
    for (NamedTuple v : values) {
      out.add(v.asDict());
    }
    return Collections.unmodifiableList(out);
  }
}
