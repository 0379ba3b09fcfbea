package io.psutil4j;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A cgroup's CPU limit, usage and throttling. Limits read cgroup v2 cpu.max, cpu.weight and
 * cpuset.cpus.effective, or v1 cpu.cfs_quota_us, cpu.cfs_period_us, cpu.shares and
 * cpuset.effective_cpus; usage and throttling read v2 cpu.stat or v1 cpuacct.usage and cpu.stat
 * (nanoseconds there, microseconds here). A field is empty when no limit is set or the kernel does
 * not say. psutil has no equivalent.
 */
public final class CgroupCpu extends FieldTuple<CgroupCpu.Field> {
  /** The fields, in the order of {@link #asDict()}; each holds the type it names. */
  public enum Field implements TupleField {
    QUOTA_USEC(Long.class),
    PERIOD_USEC(Long.class),
    LIMIT(Double.class),
    WEIGHT(Long.class),
    SHARES(Long.class),
    CPUSET_CPUS(Integer.class),
    EFFECTIVE_CPUS(Double.class),
    USAGE_USEC(Long.class),
    USER_USEC(Long.class),
    SYSTEM_USEC(Long.class),
    NR_PERIODS(Long.class),
    NR_THROTTLED(Long.class),
    THROTTLED_USEC(Long.class);

    private final Class<? extends Number> type;

    Field(Class<? extends Number> type) {
      this.type = type;
    }

    @Override
    public Class<? extends Number> type() {
      return type;
    }
  }

  private CgroupCpu(Map<Field, ? extends Number> values) {
    super("scgroupcpu", Field.class, values);
  }

  /**
   * Builds from the fields the files gave; a field left out, or null, is empty (unknown, or no
   * limit for a limit).
   *
   * @throws IllegalArgumentException naming a negative field or one given a number of another type
   */
  public static CgroupCpu of(Map<Field, ? extends Number> values) {
    return new CgroupCpu(values);
  }

  /** CPU time the group may use per period, microseconds; empty for no quota. */
  public OptionalLong quotaUsec() {
    return optionalLong(Field.QUOTA_USEC);
  }

  /** The quota period, microseconds. */
  public OptionalLong periodUsec() {
    return optionalLong(Field.PERIOD_USEC);
  }

  /** The quota as a number of CPUs, quota / period (0.5 is half a CPU); empty for no quota. */
  public OptionalDouble limit() {
    return optionalDouble(Field.LIMIT);
  }

  /** v2 cpu.weight, 1 to 10000 (100 is the default share); empty on v1. */
  public OptionalLong weight() {
    return optionalLong(Field.WEIGHT);
  }

  /** v1 cpu.shares (1024 is the default share); empty on v2. */
  public OptionalLong shares() {
    return optionalLong(Field.SHARES);
  }

  /** How many CPUs the cpuset lets the group run on. */
  public OptionalInt cpusetCpus() {
    return optionalInt(Field.CPUSET_CPUS);
  }

  /** The CPUs the group can use at most: the smaller of limit and cpuset_cpus. */
  public OptionalDouble effectiveCpus() {
    return optionalDouble(Field.EFFECTIVE_CPUS);
  }

  /** CPU time used by the group since it was created, microseconds (a counter). */
  public OptionalLong usageUsec() {
    return optionalLong(Field.USAGE_USEC);
  }

  /** User-mode part of usage_usec, microseconds (a counter). */
  public OptionalLong userUsec() {
    return optionalLong(Field.USER_USEC);
  }

  /** Kernel-mode part of usage_usec, microseconds (a counter). */
  public OptionalLong systemUsec() {
    return optionalLong(Field.SYSTEM_USEC);
  }

  /** Quota periods that have elapsed with runnable tasks (a counter). */
  public OptionalLong nrPeriods() {
    return optionalLong(Field.NR_PERIODS);
  }

  /** Periods in which the group used up its quota and was throttled (a counter). */
  public OptionalLong nrThrottled() {
    return optionalLong(Field.NR_THROTTLED);
  }

  /** Time the group spent throttled, microseconds (a counter). */
  public OptionalLong throttledUsec() {
    return optionalLong(Field.THROTTLED_USEC);
  }
}
