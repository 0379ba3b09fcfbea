package io.psutil4j.linux.cgroup;

import io.psutil4j.CgroupCpu;
import io.psutil4j.TupleField;
import io.psutil4j.linux.parse.CpuList;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/** Reads a group's CPU limit, usage and throttling from v1 or v2 files. */
final class CpuController {
  private CpuController() {}

  /**
   * @param hostCpus online CPUs of the host, the bound when no cpuset says otherwise; 0 if unknown
   */
  static @Nullable CgroupCpu read(CgroupLocation where, int hostCpus) {
    Path cpu = where.v1("cpu");
    Path cpuacct = where.v1("cpuacct");
    Path cpuset = where.v1("cpuset");
    Path unified = where.unified();
    if (cpu == null && cpuacct == null && unified == null) {
      return null;
    }
    Map<TupleField<?>, Number> read = new HashMap<>();
    Long quota = null;
    Long period = null;
    if (cpu != null) {
      OptionalLong q = CgroupFiles.readOrNull(cpu, "cpu.cfs_quota_us", SingleValue::parse);
      OptionalLong p = CgroupFiles.readOrNull(cpu, "cpu.cfs_period_us", SingleValue::parse);
      // v1 says -1 for no quota
      quota = q != null && q.isPresent() && q.getAsLong() > 0 ? q.getAsLong() : null;
      period = p != null && p.isPresent() && p.getAsLong() > 0 ? p.getAsLong() : null;
      read.put(
          CgroupCpu.SHARES, present(CgroupFiles.readOrNull(cpu, "cpu.shares", SingleValue::parse)));
      Map<String, Long> stat = CgroupFiles.readOrNull(cpu, "cpu.stat", KeyedValues::parse);
      if (stat != null) {
        read.put(CgroupCpu.NR_PERIODS, stat.get("nr_periods"));
        read.put(CgroupCpu.NR_THROTTLED, stat.get("nr_throttled"));
        read.put(CgroupCpu.THROTTLED_USEC, nanosToMicros(stat.get("throttled_time")));
      }
    } else if (unified != null) {
      CpuMax max = CgroupFiles.readOrNull(unified, "cpu.max", CpuMax::parse);
      if (max != null) {
        quota = max.quotaUsec().isPresent() ? max.quotaUsec().getAsLong() : null;
        period = max.periodUsec();
      }
      read.put(
          CgroupCpu.WEIGHT,
          present(CgroupFiles.readOrNull(unified, "cpu.weight", SingleValue::parse)));
    }
    if (cpuacct != null) {
      read.put(CgroupCpu.USAGE_USEC, nanosToMicros(nanos(cpuacct, "cpuacct.usage")));
      read.put(CgroupCpu.USER_USEC, nanosToMicros(nanos(cpuacct, "cpuacct.usage_user")));
      read.put(CgroupCpu.SYSTEM_USEC, nanosToMicros(nanos(cpuacct, "cpuacct.usage_sys")));
    } else if (unified != null) {
      // cpu.stat's usage lines exist in every v2 group, with or without the cpu controller
      Map<String, Long> stat = CgroupFiles.readOrNull(unified, "cpu.stat", KeyedValues::parse);
      if (stat != null) {
        read.put(CgroupCpu.USAGE_USEC, stat.get("usage_usec"));
        read.put(CgroupCpu.USER_USEC, stat.get("user_usec"));
        read.put(CgroupCpu.SYSTEM_USEC, stat.get("system_usec"));
        if (cpu == null) {
          read.put(CgroupCpu.NR_PERIODS, stat.get("nr_periods"));
          read.put(CgroupCpu.NR_THROTTLED, stat.get("nr_throttled"));
          read.put(CgroupCpu.THROTTLED_USEC, stat.get("throttled_usec"));
        }
      }
    }
    Integer cpusetCpus = null;
    if (cpuset != null) {
      cpusetCpus = CgroupFiles.readOrNull(cpuset, "cpuset.effective_cpus", CpuList::count);
      if (cpusetCpus == null) {
        cpusetCpus = CgroupFiles.readOrNull(cpuset, "cpuset.cpus", CpuList::count);
      }
    } else if (unified != null) {
      cpusetCpus = CgroupFiles.readOrNull(unified, "cpuset.cpus.effective", CpuList::count);
    }
    if (cpusetCpus != null && cpusetCpus == 0) {
      cpusetCpus = null; // an empty v2 cpuset means "inherit the parent's", not "none"
    }
    Double limit = quota != null && period != null ? (double) quota / period : null;
    int bound = cpusetCpus != null ? cpusetCpus : hostCpus;
    Double effective = limit;
    if (bound > 0) {
      effective = limit == null ? Double.valueOf(bound) : Math.min(limit, bound);
    }
    read.put(CgroupCpu.QUOTA_USEC, quota);
    read.put(CgroupCpu.PERIOD_USEC, period);
    read.put(CgroupCpu.LIMIT, limit);
    read.put(CgroupCpu.CPUSET_CPUS, cpusetCpus);
    read.put(CgroupCpu.EFFECTIVE_CPUS, effective);
    return CgroupCpu.of(read);
  }

  private static @Nullable Long nanos(Path dir, String name) {
    return present(CgroupFiles.readOrNull(dir, name, SingleValue::parse));
  }

  static @Nullable Long present(@Nullable OptionalLong value) {
    return value != null && value.isPresent() ? value.getAsLong() : null;
  }

  private static @Nullable Long nanosToMicros(@Nullable Long nanos) {
    return nanos == null ? null : nanos / 1000;
  }
}
