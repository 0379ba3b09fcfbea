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
public final class CgroupCpu implements NamedTuple {
  private final Long quotaUsec;
  private final Long periodUsec;
  private final Double limit;
  private final Long weight;
  private final Long shares;
  private final Integer cpusetCpus;
  private final Double effectiveCpus;
  private final Long usageUsec;
  private final Long userUsec;
  private final Long systemUsec;
  private final Long nrPeriods;
  private final Long nrThrottled;
  private final Long throttledUsec;

  private CgroupCpu(Builder b) {
    nonNegative("quota_usec", b.quotaUsec);
    nonNegative("period_usec", b.periodUsec);
    nonNegative("limit", b.limit);
    nonNegative("weight", b.weight);
    nonNegative("shares", b.shares);
    nonNegative("cpuset_cpus", b.cpusetCpus);
    nonNegative("effective_cpus", b.effectiveCpus);
    nonNegative("usage_usec", b.usageUsec);
    nonNegative("user_usec", b.userUsec);
    nonNegative("system_usec", b.systemUsec);
    nonNegative("nr_periods", b.nrPeriods);
    nonNegative("nr_throttled", b.nrThrottled);
    nonNegative("throttled_usec", b.throttledUsec);
    this.quotaUsec = b.quotaUsec;
    this.periodUsec = b.periodUsec;
    this.limit = b.limit;
    this.weight = b.weight;
    this.shares = b.shares;
    this.cpusetCpus = b.cpusetCpus;
    this.effectiveCpus = b.effectiveCpus;
    this.usageUsec = b.usageUsec;
    this.userUsec = b.userUsec;
    this.systemUsec = b.systemUsec;
    this.nrPeriods = b.nrPeriods;
    this.nrThrottled = b.nrThrottled;
    this.throttledUsec = b.throttledUsec;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** CPU time the group may use per period, microseconds; empty for no quota. */
  public OptionalLong quotaUsec() {
    return quotaUsec == null ? OptionalLong.empty() : OptionalLong.of(quotaUsec);
  }

  /** The quota period, microseconds. */
  public OptionalLong periodUsec() {
    return periodUsec == null ? OptionalLong.empty() : OptionalLong.of(periodUsec);
  }

  /** The quota as a number of CPUs, quota / period (0.5 is half a CPU); empty for no quota. */
  public OptionalDouble limit() {
    return limit == null ? OptionalDouble.empty() : OptionalDouble.of(limit);
  }

  /** v2 cpu.weight, 1 to 10000 (100 is the default share); empty on v1. */
  public OptionalLong weight() {
    return weight == null ? OptionalLong.empty() : OptionalLong.of(weight);
  }

  /** v1 cpu.shares (1024 is the default share); empty on v2. */
  public OptionalLong shares() {
    return shares == null ? OptionalLong.empty() : OptionalLong.of(shares);
  }

  /** How many CPUs the cpuset lets the group run on. */
  public OptionalInt cpusetCpus() {
    return cpusetCpus == null ? OptionalInt.empty() : OptionalInt.of(cpusetCpus);
  }

  /** The CPUs the group can use at most: the smaller of limit and cpuset_cpus. */
  public OptionalDouble effectiveCpus() {
    return effectiveCpus == null ? OptionalDouble.empty() : OptionalDouble.of(effectiveCpus);
  }

  /** CPU time used by the group since it was created, microseconds (a counter). */
  public OptionalLong usageUsec() {
    return usageUsec == null ? OptionalLong.empty() : OptionalLong.of(usageUsec);
  }

  /** User-mode part of usage_usec, microseconds (a counter). */
  public OptionalLong userUsec() {
    return userUsec == null ? OptionalLong.empty() : OptionalLong.of(userUsec);
  }

  /** Kernel-mode part of usage_usec, microseconds (a counter). */
  public OptionalLong systemUsec() {
    return systemUsec == null ? OptionalLong.empty() : OptionalLong.of(systemUsec);
  }

  /** Quota periods that have elapsed with runnable tasks (a counter). */
  public OptionalLong nrPeriods() {
    return nrPeriods == null ? OptionalLong.empty() : OptionalLong.of(nrPeriods);
  }

  /** Periods in which the group used up its quota and was throttled (a counter). */
  public OptionalLong nrThrottled() {
    return nrThrottled == null ? OptionalLong.empty() : OptionalLong.of(nrThrottled);
  }

  /** Time the group spent throttled, microseconds (a counter). */
  public OptionalLong throttledUsec() {
    return throttledUsec == null ? OptionalLong.empty() : OptionalLong.of(throttledUsec);
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered(
        "quota_usec", quotaUsec,
        "period_usec", periodUsec,
        "limit", limit,
        "weight", weight,
        "shares", shares,
        "cpuset_cpus", cpusetCpus,
        "effective_cpus", effectiveCpus,
        "usage_usec", usageUsec,
        "user_usec", userUsec,
        "system_usec", systemUsec,
        "nr_periods", nrPeriods,
        "nr_throttled", nrThrottled,
        "throttled_usec", throttledUsec);
  }

  @Override
  public String toString() {
    return Repr.of("scgroupcpu", asDict());
  }

  private static void nonNegative(String field, Number value) {
    if (value != null && !(value.doubleValue() >= 0)) {
      throw new IllegalArgumentException(field + " must be >= 0 or null, got " + value);
    }
  }

  /** Collects the fields; absent ones stay empty (unknown, or no limit for a limit). */
  public static final class Builder {
    private Long quotaUsec;
    private Long periodUsec;
    private Double limit;
    private Long weight;
    private Long shares;
    private Integer cpusetCpus;
    private Double effectiveCpus;
    private Long usageUsec;
    private Long userUsec;
    private Long systemUsec;
    private Long nrPeriods;
    private Long nrThrottled;
    private Long throttledUsec;

    private Builder() {}

    /** CPU time the group may use per period, microseconds; empty for no quota. */
    public Builder quotaUsec(Long value) {
      this.quotaUsec = value;
      return this;
    }

    /** The quota period, microseconds. */
    public Builder periodUsec(Long value) {
      this.periodUsec = value;
      return this;
    }

    /** The quota as a number of CPUs, quota / period (0.5 is half a CPU); empty for no quota. */
    public Builder limit(Double value) {
      this.limit = value;
      return this;
    }

    /** v2 cpu.weight, 1 to 10000 (100 is the default share); empty on v1. */
    public Builder weight(Long value) {
      this.weight = value;
      return this;
    }

    /** v1 cpu.shares (1024 is the default share); empty on v2. */
    public Builder shares(Long value) {
      this.shares = value;
      return this;
    }

    /** How many CPUs the cpuset lets the group run on. */
    public Builder cpusetCpus(Integer value) {
      this.cpusetCpus = value;
      return this;
    }

    /** The CPUs the group can use at most: the smaller of limit and cpuset_cpus. */
    public Builder effectiveCpus(Double value) {
      this.effectiveCpus = value;
      return this;
    }

    /** CPU time used by the group since it was created, microseconds (a counter). */
    public Builder usageUsec(Long value) {
      this.usageUsec = value;
      return this;
    }

    /** User-mode part of usage_usec, microseconds (a counter). */
    public Builder userUsec(Long value) {
      this.userUsec = value;
      return this;
    }

    /** Kernel-mode part of usage_usec, microseconds (a counter). */
    public Builder systemUsec(Long value) {
      this.systemUsec = value;
      return this;
    }

    /** Quota periods that have elapsed with runnable tasks (a counter). */
    public Builder nrPeriods(Long value) {
      this.nrPeriods = value;
      return this;
    }

    /** Periods in which the group used up its quota and was throttled (a counter). */
    public Builder nrThrottled(Long value) {
      this.nrThrottled = value;
      return this;
    }

    /** Time the group spent throttled, microseconds (a counter). */
    public Builder throttledUsec(Long value) {
      this.throttledUsec = value;
      return this;
    }

    /**
     * The value with the fields set so far.
     *
     * @throws IllegalArgumentException naming a negative field
     */
    public CgroupCpu build() {
      return new CgroupCpu(this);
    }
  }
}
