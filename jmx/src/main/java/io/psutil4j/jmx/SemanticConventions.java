package io.psutil4j.jmx;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which of our attributes OpenTelemetry's semantic conventions (v1.44) name, and how: {@code
 * process.*} for the JVM's own process, {@code system.*} for the host, {@code container.*} for its
 * cgroup, with the attributes the conventions define. An attribute absent here has no conventional
 * name and keeps ours.
 */
final class SemanticConventions {
  /** One convention's metric: instrument, unit and brief, the same for every attribute in it. */
  static final class Convention {
    final String metric;
    final String instrument;
    final String unit;
    final String brief;

    private Convention(String metric, String instrument, String unit, String brief) {
      this.metric = metric;
      this.instrument = instrument;
      this.unit = unit;
      this.brief = brief;
    }
  }

  /**
   * One attribute under a convention: the metric, and its attributes as JMX Insight writes them.
   */
  static final class Mapping {
    final Convention convention;
    final Map<String, String> attributes;

    private Mapping(Convention convention, Map<String, String> attributes) {
      this.convention = convention;
      this.attributes = attributes;
    }
  }

  private static final Map<String, Mapping> MAPPINGS = new LinkedHashMap<>();

  static {
    // process: this JVM
    Convention cpuTime =
        convention("process.cpu.time", "counter", "s", "Total CPU seconds by CPU mode.");
    map("process.User", cpuTime, "cpu.mode", "const(user)");
    map("process.System", cpuTime, "cpu.mode", "const(system)");
    map("process.Iowait", cpuTime, "cpu.mode", "const(wait)"); // the modes process.cpu.time names
    map(
        "process.Rss",
        convention(
            "process.memory.usage",
            "updowncounter",
            "By",
            "The amount of physical memory in use."));
    map(
        "process.Vms",
        convention(
            "process.memory.virtual",
            "updowncounter",
            "By",
            "The amount of committed virtual memory."));
    Convention processDiskIo =
        convention("process.disk.io", "counter", "By", "Disk bytes transferred.");
    map("process.ReadBytes", processDiskIo, "disk.io.direction", "const(read)");
    map("process.WriteBytes", processDiskIo, "disk.io.direction", "const(write)");
    map(
        "process.NumThreads",
        convention("process.thread.count", "updowncounter", "{thread}", "Process threads count."));
    map(
        "process.NumFds",
        convention(
            "process.unix.file_descriptor.count",
            "updowncounter",
            "{file_descriptor}",
            "Number of unix file descriptors in use by the process."));
    Convention switches =
        convention(
            "process.context_switches",
            "counter",
            "{context_switch}",
            "Number of times the process has been context switched.");
    map(
        "process.CtxSwitchesVoluntary",
        switches,
        "process.context_switch.type",
        "const(voluntary)");
    map(
        "process.CtxSwitchesInvoluntary",
        switches,
        "process.context_switch.type",
        "const(involuntary)");
    Convention faults =
        convention(
            "process.paging.faults",
            "counter",
            "{fault}",
            "Number of page faults the process has made.");
    map("process.MajorFaults", faults, "system.paging.fault.type", "const(major)");
    map("process.MinorFaults", faults, "system.paging.fault.type", "const(minor)");

    // system: cpu
    Convention systemCpuTime =
        convention(
            "system.cpu.time", "counter", "s", "Seconds each logical CPU spent on each mode.");
    for (String[] mode :
        new String[][] {
          {"User", "user"},
          {"System", "system"},
          {"Nice", "nice"},
          {"Idle", "idle"},
          {"Iowait", "iowait"},
          {"Irq", "interrupt"},
          // no conventional mode; the Collector's hostmetrics receiver names it softirq too
          {"Softirq", "softirq"},
          {"Steal", "steal"}
        }) {
      // Guest and GuestNice are inside User and Nice on Linux: not a mode of their own
      map("cpu." + mode[0], systemCpuTime, "cpu.mode", "const(" + mode[1] + ")");
    }
    map(
        "cpu.LogicalCount",
        convention(
            "system.cpu.logical.count",
            "updowncounter",
            "{cpu}",
            "Reports the number of logical (virtual) processor cores created by the operating"
                + " system to manage multitasking."));
    map(
        "cpu.PhysicalCount",
        convention(
            "system.cpu.physical.count",
            "updowncounter",
            "{cpu}",
            "Reports the number of actual physical processor cores on the hardware."));

    // system: memory
    Convention memoryUsage =
        convention("system.memory.usage", "updowncounter", "By", "Reports memory in use by state.");
    for (String state : new String[] {"Used", "Free", "Buffers", "Cached"}) {
      map("memory." + state, memoryUsage, "system.memory.state", "const(" + lower(state) + ")");
    }
    map(
        "memory.Total",
        convention(
            "system.memory.limit", "updowncounter", "By", "Total virtual memory available."));
    map(
        "memory.Available",
        convention(
            "system.memory.linux.available",
            "updowncounter",
            "By",
            "An estimate of how much memory is available for starting new applications, without"
                + " causing swapping."));
    map(
        "memory.Shared",
        convention(
            "system.memory.linux.shared",
            "updowncounter",
            "By",
            "Shared memory used (mostly by tmpfs)."));
    Convention pagingUsage =
        convention(
            "system.paging.usage", "updowncounter", "By", "Unix swap or windows pagefile usage.");
    map("swap.Used", pagingUsage, "system.paging.state", "const(used)");
    map("swap.Free", pagingUsage, "system.paging.state", "const(free)");

    // system: disks, one per device
    Convention diskIo = convention("system.disk.io", "counter", "By", "Disk bytes transferred.");
    Convention diskOps =
        convention("system.disk.operations", "counter", "{operation}", "Disk operations count.");
    Convention diskOpTime =
        convention(
            "system.disk.operation_time",
            "counter",
            "s",
            "Sum of the time each operation took to complete.");
    Convention diskMerged =
        convention("system.disk.merged", "counter", "{operation}", "Disk operations merged.");
    for (String[] direction : new String[][] {{"Read", "read"}, {"Write", "write"}}) {
      String d = "const(" + direction[1] + ")";
      String dir = direction[0];
      map("disk." + dir + "Bytes", diskIo, "system.device", "param(name)", "disk.io.direction", d);
      map("disk." + dir + "Count", diskOps, "system.device", "param(name)", "disk.io.direction", d);
      map(
          "disk." + dir + "Time",
          diskOpTime,
          "system.device",
          "param(name)",
          "disk.io.direction",
          d);
      map(
          "disk." + dir + "MergedCount",
          diskMerged,
          "system.device",
          "param(name)",
          "disk.io.direction",
          d);
    }
    map(
        "disk.BusyTime",
        convention("system.disk.io_time", "counter", "s", "Time disk spent activated."),
        "system.device",
        "param(name)");

    // system: file systems, one per mount point
    Convention fsUsage =
        convention(
            "system.filesystem.usage",
            "updowncounter",
            "By",
            "Reports a filesystem's space usage across different states.");
    for (String state : new String[] {"Used", "Free"}) {
      map(
          "file_system." + state,
          fsUsage,
          "system.filesystem.mountpoint",
          "param(name)",
          "system.device",
          "beanattr(Device)",
          "system.filesystem.type",
          "beanattr(Fstype)",
          "system.filesystem.state",
          "const(" + lower(state) + ")");
    }
    map(
        "file_system.Total",
        convention(
            "system.filesystem.limit",
            "updowncounter",
            "By",
            "The total storage capacity of the filesystem."),
        "system.filesystem.mountpoint",
        "param(name)",
        "system.device",
        "beanattr(Device)",
        "system.filesystem.type",
        "beanattr(Fstype)");

    // system: network interfaces, one per NIC
    Convention netIo =
        convention(
            "system.network.io", "counter", "By", "The number of bytes transmitted and received.");
    Convention packets =
        convention(
            "system.network.packet.count",
            "counter",
            "{packet}",
            "The number of packets transferred.");
    Convention errors =
        convention(
            "system.network.errors", "counter", "{error}", "Count of network errors detected.");
    Convention dropped =
        convention(
            "system.network.packet.dropped",
            "counter",
            "{packet}",
            "Count of packets that are dropped or discarded even though there was no error.");
    for (String[] direction :
        new String[][] {{"Recv", "in", "receive"}, {"Sent", "out", "transmit"}}) {
      String d = "const(" + direction[2] + ")";
      String nic = "network.interface.name";
      map(
          "network_interface.Bytes" + direction[0],
          netIo,
          nic,
          "param(name)",
          "network.io.direction",
          d);
      // v1.44 names the interface system.device on this one metric
      map(
          "network_interface.Packets" + direction[0],
          packets,
          "system.device",
          "param(name)",
          "network.io.direction",
          d);
      map(
          "network_interface.Err" + direction[1],
          errors,
          nic,
          "param(name)",
          "network.io.direction",
          d);
      map(
          "network_interface.Drop" + direction[1],
          dropped,
          nic,
          "param(name)",
          "network.io.direction",
          d);
    }

    // system: TCP connections by state (UDP's are all NONE, without a conventional state)
    Convention connections =
        convention(
            "system.network.connection.count",
            "updowncounter",
            "{connection}",
            "The number of connections.");
    for (String[] state :
        new String[][] {
          {"Established", "established"},
          {"SynSent", "syn_sent"},
          {"SynRecv", "syn_received"},
          {"FinWait1", "fin_wait_1"},
          {"FinWait2", "fin_wait_2"},
          {"TimeWait", "time_wait"},
          {"Close", "closed"},
          {"CloseWait", "close_wait"},
          {"LastAck", "last_ack"},
          {"Listen", "listen"},
          {"Closing", "closing"}
        }) {
      map(
          "network.Connections" + state[0],
          connections,
          "network.transport",
          "const(tcp)",
          "network.connection.state",
          "const(" + state[1] + ")");
    }

    // system: the host
    map(
        "host.Uptime",
        convention("system.uptime", "gauge", "s", "The time the system has been running."));
    map(
        "host.PidCount",
        convention(
            "system.process.count",
            "updowncounter",
            "{process}",
            "Total number of processes in each state."));

    // container: the cgroup this JVM runs in
    map(
        "container.CpuUsage",
        convention("container.cpu.time", "counter", "s", "Total CPU time consumed."));
    map(
        "container.MemoryUsage",
        convention(
            "container.memory.usage", "updowncounter", "By", "Memory usage of the container."));
    // cAdvisor's container_memory_rss: memory.stat anon
    map(
        "container.MemoryAnon",
        convention("container.memory.rss", "updowncounter", "By", "Container memory RSS."));
    Convention containerDiskIo =
        convention("container.disk.io", "counter", "By", "Disk bytes for the container.");
    map("container.IoReadBytes", containerDiskIo, "disk.io.direction", "const(read)");
    map("container.IoWriteBytes", containerDiskIo, "disk.io.direction", "const(write)");
  }

  private SemanticConventions() {}

  /**
   * The convention for attribute {@code a} of {@code type}, or null when the conventions have none
   * (the per-CPU MBeans among them: {@code cpu.logical_number} is a number, their name is {@code
   * cpu0}).
   */
  static Mapping of(CatalogEntry type, CatalogEntry.Attribute a) {
    return MAPPINGS.get(String.join(".", type.metricStem) + "." + a.name);
  }

  /** How many of our attributes have a conventional name. */
  static int size() {
    return MAPPINGS.size();
  }

  private static Convention convention(
      String metric, String instrument, String unit, String brief) {
    return new Convention(metric, instrument, unit, brief);
  }

  private static void map(String key, Convention convention, String... attributeAndValue) {
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 0; i < attributeAndValue.length; i += 2) {
      attributes.put(attributeAndValue[i], attributeAndValue[i + 1]);
    }
    MAPPINGS.put(key, new Mapping(convention, Collections.unmodifiableMap(attributes)));
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
