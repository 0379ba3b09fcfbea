package io.psutil4j.examples;

import io.psutil4j.DiskPartition;
import io.psutil4j.NicAddress;
import io.psutil4j.NoSuchProcess;
import io.psutil4j.Process;
import io.psutil4j.ProcessStatus;
import io.psutil4j.Psutil;
import io.psutil4j.ZombieProcess;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * {@code dump [--pid PID]}: one JSON object keyed by psutil's function names, lining up key for key
 * with psutil's output on the same host (CONTRACT.md).
 */
final class Dump implements Command {
  /**
   * The process keys: every attribute psutil 8's {@code as_dict()} returns (CONTRACT.md's list plus
   * the rest, memory_maps included).
   */
  static final List<String> PROCESS_KEYS = Process.attrs();

  @Override
  public String name() {
    return "dump";
  }

  @Override
  public String arguments() {
    return "[--pid PID]";
  }

  @Override
  public String summary() {
    return "everything psutil4j reads, as one JSON object with psutil's names";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Args.rejectUnknown(args, "--pid");
    long pid = ProcessHandle.current().pid();
    int at = args.indexOf("--pid");
    if (at >= 0) {
      if (at + 1 >= args.size()) {
        throw new UsageException("--pid needs a process id");
      }
      pid = parsePid(args.get(at + 1));
    }
    Process process;
    try {
      process = Process.of(pid);
    } catch (ZombieProcess e) {
      err.println("psutil4j dump: " + e.getMessage());
      return 1;
    } catch (NoSuchProcess e) {
      err.println("psutil4j dump: no process with pid " + pid);
      return 1;
    }
    Map<String, Object> dump = new LinkedHashMap<>();
    dump.put("cpu_count", cpuCount());
    dump.put("cpu_times", Psutil.cpuTimes());
    dump.put("cpu_times_percpu", Psutil.cpuTimesPercpu());
    dump.put("getloadavg", Psutil.getloadavg().toArray());
    dump.put("virtual_memory", Psutil.virtualMemory());
    dump.put("swap_memory", Psutil.swapMemory());
    dump.put("boot_time", Psutil.bootTime());
    putSystemWide(dump);
    dump.put("heap_info", heapInfo());
    // containers: cgroup and pressure (not in psutil)
    try {
      dump.put("cgroup", Psutil.cgroup((int) pid));
    } catch (ZombieProcess e) {
      err.println("psutil4j dump: " + e.getMessage());
      return 1;
    } catch (NoSuchProcess e) {
      err.println("psutil4j dump: process " + pid + " ended while being read");
      return 1;
    } catch (UnsupportedOperationException e) {
      dump.put("cgroup", null);
    }
    dump.put("pressure", Psutil.pressure());
    try {
      dump.put("process", processDict(process));
    } catch (ZombieProcess e) {
      err.println("psutil4j dump: " + e.getMessage());
      return 1;
    } catch (NoSuchProcess e) {
      err.println("psutil4j dump: process " + pid + " ended while being read");
      return 1;
    }
    out.println(Json.write(dump));
    return 0;
  }

  /** Every system-wide key of CONTRACT.md beyond the memory/cpu basics, with psutil's names. */
  private static void putSystemWide(Map<String, Object> dump) {
    dump.put("cpu_stats", Psutil.cpuStats());
    dump.put("cpu_freq", orNull(() -> Psutil.cpuFreq().orElse(null)));
    dump.put("cpu_freq_percpu", orNull(Psutil::cpuFreqPercpu));
    dump.put("users", Psutil.users());
    dump.put("pids", Psutil.pids());
    List<DiskPartition> partitions = Psutil.diskPartitions(false);
    dump.put("disk_partitions", partitions);
    dump.put("disk_partitions_all", Psutil.diskPartitions(true));
    Map<String, Object> usage = new LinkedHashMap<>();
    for (DiskPartition p : partitions) {
      usage.put(p.mountpoint(), orNull(() -> Psutil.diskUsage(p.mountpoint())));
    }
    dump.put("disk_usage", usage);
    dump.put("disk_io_counters", Psutil.diskIoCounters().orElse(null));
    dump.put("disk_io_counters_perdisk", Psutil.diskIoCountersPerdisk(true));
    dump.put("net_io_counters", Psutil.netIoCounters().orElse(null));
    dump.put("net_io_counters_pernic", Psutil.netIoCountersPernic(true));
    dump.put("net_if_addrs", familiesByName(Psutil.netIfAddrs()));
    dump.put("net_if_stats", Psutil.netIfStats());
    dump.put("net_connections", Psutil.netConnections("inet"));
    dump.put("sensors_temperatures", Psutil.sensorsTemperatures());
    dump.put("sensors_fans", Psutil.sensorsFans());
    dump.put("sensors_battery", orNull(() -> Psutil.sensorsBattery().orElse(null)));
  }

  private static Map<String, Object> cpuCount() {
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("logical", boxed(Psutil.cpuCount(true)));
    counts.put("physical", boxed(Psutil.cpuCount(false)));
    return counts;
  }

  private static Integer boxed(OptionalInt n) {
    return n.isPresent() ? n.getAsInt() : null;
  }

  /** heap_info of the dumping JVM, or null where libc has no mallinfo (musl) or JNA is missing. */
  private static Object heapInfo() {
    try {
      return Psutil.heapInfo();
    } catch (UnsupportedOperationException e) {
      return null;
    }
  }

  /**
   * CONTRACT.md has dump name each address family ({@code AF_INET}) where {@link NicAddress#asDict}
   * gives psutil's int.
   */
  private static Map<String, List<Map<String, Object>>> familiesByName(
      Map<String, List<NicAddress>> nics) {
    Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
    nics.forEach(
        (nic, addrs) -> {
          List<Map<String, Object>> named = new ArrayList<>(addrs.size());
          for (NicAddress a : addrs) {
            Map<String, Object> d = new LinkedHashMap<>(a.asDict());
            d.put(NicAddress.FAMILY.key(), a.family().name());
            named.add(d);
          }
          out.put(nic, named);
        });
    return out;
  }

  /**
   * as_dict(attrs, ad_value=None), key by key in one oneshot: an attribute the kernel denies is
   * null, and so is one this host cannot give (ionice without JNA, psutil's NotImplementedError),
   * which as_dict would raise for the whole dict.
   */
  private static Map<String, Object> processDict(Process p) {
    Map<String, Object> d = new LinkedHashMap<>();
    Process.Oneshot once = p.oneshot();
    try {
      for (String key : PROCESS_KEYS) {
        try {
          d.putAll(p.asDict(List.of(key), null));
        } catch (UnsupportedOperationException e) {
          d.put(key, null);
        }
      }
    } finally {
      once.close();
    }
    Object status = d.get("status");
    if (status instanceof ProcessStatus) {
      d.put("status", ((ProcessStatus) status).value());
    }
    return d;
  }

  /**
   * A value psutil may not have on this host (cpu_freq raises NotImplementedError without a
   * current-frequency file; sensors_battery raises without /sys/class/power_supply; a mount point
   * may vanish): null in the dump.
   */
  private static Object orNull(Supplier<?> getter) {
    try {
      return getter.get();
    } catch (UnsupportedOperationException | UncheckedIOException e) {
      return null;
    }
  }

  private static long parsePid(String text) throws UsageException {
    try {
      long pid = Long.parseLong(text);
      if (pid < 0) {
        throw new UsageException("--pid must be a process id >= 0, got '" + text + "'");
      }
      return pid;
    } catch (NumberFormatException e) {
      throw new UsageException("--pid must be a process id, got '" + text + "'");
    }
  }
}
