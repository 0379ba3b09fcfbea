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
public final class CgroupCpu extends FieldTuple {
  /**
   * The fields, in the order of {@link #asDict()}; each empty when unknown or, for a limit, absent.
   */
  public static final FieldTable FIELDS = FieldTable.optional();

  public static final TupleField<Long> QUOTA_USEC = FIELDS.longs("quota_usec", Unit.MICROSECONDS);
  public static final TupleField<Long> PERIOD_USEC = FIELDS.longs("period_usec", Unit.MICROSECONDS);
  public static final TupleField<Double> LIMIT = FIELDS.doubles("limit", Unit.CPUS);
  public static final TupleField<Long> WEIGHT = FIELDS.longs("weight", Unit.WEIGHT);
  public static final TupleField<Long> SHARES = FIELDS.longs("shares", Unit.SHARES);
  public static final TupleField<Integer> CPUSET_CPUS = FIELDS.ints("cpuset_cpus", Unit.CPUS);
  public static final TupleField<Double> EFFECTIVE_CPUS =
      FIELDS.doubles("effective_cpus", Unit.CPUS);
  public static final TupleField<Long> USAGE_USEC = FIELDS.longs("usage_usec", Unit.MICROSECONDS);
  public static final TupleField<Long> USER_USEC = FIELDS.longs("user_usec", Unit.MICROSECONDS);
  public static final TupleField<Long> SYSTEM_USEC = FIELDS.longs("system_usec", Unit.MICROSECONDS);
  public static final TupleField<Long> NR_PERIODS = FIELDS.longs("nr_periods", Unit.PERIODS);
  public static final TupleField<Long> NR_THROTTLED = FIELDS.longs("nr_throttled", Unit.PERIODS);
  public static final TupleField<Long> THROTTLED_USEC =
      FIELDS.longs("throttled_usec", Unit.MICROSECONDS);

  private CgroupCpu(Map<TupleField<?>, ? extends Number> values) {
    super("scgroupcpu", FIELDS, values);
  }

  /**
   * Builds from the fields the files gave; a field left out, or null, is empty (unknown, or no
   * limit for a limit).
   *
   * @throws IllegalArgumentException naming a negative field or one given a number of another type
   */
  public static CgroupCpu of(Map<TupleField<?>, ? extends Number> values) {
    return new CgroupCpu(values);
  }

  /** CPU time the group may use per period, microseconds; empty for no quota. */
  public OptionalLong quotaUsec() {
    return optionalLong(QUOTA_USEC);
  }

  /** The quota period, microseconds. */
  public OptionalLong periodUsec() {
    return optionalLong(PERIOD_USEC);
  }

  /** The quota as a number of CPUs, quota / period (0.5 is half a CPU); empty for no quota. */
  public OptionalDouble limit() {
    return optionalDouble(LIMIT);
  }

  /** v2 cpu.weight, 1 to 10000 (100 is the default share); empty on v1. */
  public OptionalLong weight() {
    return optionalLong(WEIGHT);
  }

  /** v1 cpu.shares (1024 is the default share); empty on v2. */
  public OptionalLong shares() {
    return optionalLong(SHARES);
  }

  /** How many CPUs the cpuset lets the group run on. */
  public OptionalInt cpusetCpus() {
    return optionalInt(CPUSET_CPUS);
  }

  /** The CPUs the group can use at most: the smaller of limit and cpuset_cpus. */
  public OptionalDouble effectiveCpus() {
    return optionalDouble(EFFECTIVE_CPUS);
  }

  /** CPU time used by the group since it was created, microseconds (a counter). */
  public OptionalLong usageUsec() {
    return optionalLong(USAGE_USEC);
  }

  /** User-mode part of usage_usec, microseconds (a counter). */
  public OptionalLong userUsec() {
    return optionalLong(USER_USEC);
  }

  /** Kernel-mode part of usage_usec, microseconds (a counter). */
  public OptionalLong systemUsec() {
    return optionalLong(SYSTEM_USEC);
  }

  /** Quota periods that have elapsed with runnable tasks (a counter). */
  public OptionalLong nrPeriods() {
    return optionalLong(NR_PERIODS);
  }

  /** Periods in which the group used up its quota and was throttled (a counter). */
  public OptionalLong nrThrottled() {
    return optionalLong(NR_THROTTLED);
  }

  /** Time the group spent throttled, microseconds (a counter). */
  public OptionalLong throttledUsec() {
    return optionalLong(THROTTLED_USEC);
  }
}
