package io.psutil4j.jmx;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which of our attributes OpenTelemetry's semantic conventions (v1.44) name, and how: {@code
 * process.*} for the JVM's own process, {@code system.*} for the host, {@code container.*} for its
 * cgroup, with the attributes the conventions define. An attribute absent here has no conventional
 * name and keeps ours: among them the per-CPU MBeans ({@code cpu.logical_number} is a number, their
 * name is {@code cpu0}), frequencies (MHz; JMX Insight converts time units only), and the network
 * totals (the conventions count per interface).
 */
final class SemanticConventions {
  /** One convention's metric: instrument, unit and brief, the same for every attribute in it. */
  static final class Convention {
    final String metric;
    final String instrument;
    final String unit;
    final String brief;

    private Convention(String[] row) {
      this.metric = row[0];
      this.instrument = row[1];
      this.unit = row[2];
      this.brief = row[3];
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

  /** Metric, instrument and unit as the conventions' model (v1.44) states them; its brief. */
  private static final String[][] CONVENTIONS = {
    {"process.cpu.time", "counter", "s", "Total CPU seconds broken down by different CPU modes."},
    {"process.memory.usage", "updowncounter", "By", "The amount of physical memory in use."},
    {"process.memory.virtual", "updowncounter", "By", "The amount of committed virtual memory."},
    {"process.disk.io", "counter", "By", "Disk bytes transferred."},
    {"process.thread.count", "updowncounter", "{thread}", "Process threads count."},
    {
      "process.unix.file_descriptor.count",
      "updowncounter",
      "{file_descriptor}",
      "Number of unix file descriptors in use by the process."
    },
    {
      "process.context_switches",
      "counter",
      "{context_switch}",
      "Number of times the process has been context switched."
    },
    {"process.paging.faults", "counter", "{fault}", "Number of page faults the process has made."},
    {"system.cpu.time", "counter", "s", "Seconds each logical CPU spent on each mode."},
    {"system.cpu.logical.count", "updowncounter", "{cpu}", "Number of logical processor cores."},
    {"system.cpu.physical.count", "updowncounter", "{cpu}", "Number of physical processor cores."},
    {"system.memory.usage", "updowncounter", "By", "Reports memory in use by state."},
    {"system.memory.limit", "updowncounter", "By", "Total virtual memory available."},
    {"system.memory.linux.available", "updowncounter", "By", "Memory available without swapping."},
    {"system.memory.linux.shared", "updowncounter", "By", "Shared memory used (mostly by tmpfs)."},
    {"system.paging.usage", "updowncounter", "By", "Unix swap or windows pagefile usage."},
    {"system.disk.io", "counter", "By", "Disk bytes transferred."},
    {"system.disk.operations", "counter", "{operation}", "Disk operations count."},
    {"system.disk.operation_time", "counter", "s", "Sum of the time each operation took."},
    {"system.disk.io_time", "counter", "s", "Time disk spent activated."},
    {"system.disk.merged", "counter", "{operation}", "Disk operations merged."},
    {"system.filesystem.usage", "updowncounter", "By", "Filesystem space usage by state."},
    {"system.filesystem.limit", "updowncounter", "By", "Total storage capacity of the filesystem."},
    {"system.network.io", "counter", "By", "The number of bytes transmitted and received."},
    {"system.network.packet.count", "counter", "{packet}", "The number of packets transferred."},
    {"system.network.errors", "counter", "{error}", "Count of network errors detected."},
    {"system.network.packet.dropped", "counter", "{packet}", "Count of packets dropped."},
    {"system.network.connection.count", "updowncounter", "{connection}", "Number of connections."},
    {"system.uptime", "gauge", "s", "The time the system has been running."},
    {"system.process.count", "updowncounter", "{process}", "Total number of processes."},
    {"container.cpu.time", "counter", "s", "Total CPU time consumed."},
    {"container.memory.usage", "updowncounter", "By", "Memory usage of the container."},
    {"container.memory.rss", "updowncounter", "By", "Container memory RSS."},
    {"container.disk.io", "counter", "By", "Disk bytes for the container."},
  };

  /** A file system's attributes, from its MBean's own attributes. */
  private static final String FILESYSTEM =
      "system.filesystem.mountpoint=beanattr(Mountpoint);system.device=beanattr(Device)"
          + ";system.filesystem.type=beanattr(Fstype)";

  /**
   * Our attribute (metric stem and attribute name), the convention's metric, and its attributes:
   * {@code key=expression} pairs, {@code ;}-separated.
   */
  private static final String[][] MAPPINGS = {
    // process: this JVM; process.cpu.time's modes are user, system and wait
    {"process.User", "process.cpu.time", "cpu.mode=const(user)"},
    {"process.System", "process.cpu.time", "cpu.mode=const(system)"},
    {"process.Iowait", "process.cpu.time", "cpu.mode=const(wait)"},
    {"process.Rss", "process.memory.usage", ""},
    {"process.Vms", "process.memory.virtual", ""},
    {"process.ReadBytes", "process.disk.io", "disk.io.direction=const(read)"},
    {"process.WriteBytes", "process.disk.io", "disk.io.direction=const(write)"},
    {"process.NumThreads", "process.thread.count", ""},
    {"process.NumFds", "process.unix.file_descriptor.count", ""},
    {
      "process.CtxSwitchesVoluntary",
      "process.context_switches",
      "process.context_switch.type=const(voluntary)"
    },
    {
      "process.CtxSwitchesInvoluntary",
      "process.context_switches",
      "process.context_switch.type=const(involuntary)"
    },
    {"process.MajorFaults", "process.paging.faults", "system.paging.fault.type=const(major)"},
    {"process.MinorFaults", "process.paging.faults", "system.paging.fault.type=const(minor)"},
    // system: cpu. Guest and GuestNice are inside User and Nice on Linux: no mode of their own.
    // softirq has no conventional mode; the Collector's hostmetrics receiver names it so too
    {"cpu.User", "system.cpu.time", "cpu.mode=const(user)"},
    {"cpu.System", "system.cpu.time", "cpu.mode=const(system)"},
    {"cpu.Nice", "system.cpu.time", "cpu.mode=const(nice)"},
    {"cpu.Idle", "system.cpu.time", "cpu.mode=const(idle)"},
    {"cpu.Iowait", "system.cpu.time", "cpu.mode=const(iowait)"},
    {"cpu.Irq", "system.cpu.time", "cpu.mode=const(interrupt)"},
    {"cpu.Softirq", "system.cpu.time", "cpu.mode=const(softirq)"},
    {"cpu.Steal", "system.cpu.time", "cpu.mode=const(steal)"},
    {"cpu.LogicalCount", "system.cpu.logical.count", ""},
    {"cpu.PhysicalCount", "system.cpu.physical.count", ""},
    // system: memory and swap
    {"memory.Used", "system.memory.usage", "system.memory.state=const(used)"},
    {"memory.Free", "system.memory.usage", "system.memory.state=const(free)"},
    {"memory.Buffers", "system.memory.usage", "system.memory.state=const(buffers)"},
    {"memory.Cached", "system.memory.usage", "system.memory.state=const(cached)"},
    {"memory.Total", "system.memory.limit", ""},
    {"memory.Available", "system.memory.linux.available", ""},
    {"memory.Shared", "system.memory.linux.shared", ""},
    {"swap.Used", "system.paging.usage", "system.paging.state=const(used)"},
    {"swap.Free", "system.paging.usage", "system.paging.state=const(free)"},
    // system: disks, one MBean per device
    {"disk.ReadBytes", "system.disk.io", "system.device=param(name);disk.io.direction=const(read)"},
    {
      "disk.WriteBytes",
      "system.disk.io",
      "system.device=param(name);disk.io.direction=const(write)"
    },
    {
      "disk.ReadCount",
      "system.disk.operations",
      "system.device=param(name);disk.io.direction=const(read)"
    },
    {
      "disk.WriteCount",
      "system.disk.operations",
      "system.device=param(name);disk.io.direction=const(write)"
    },
    {
      "disk.ReadTime",
      "system.disk.operation_time",
      "system.device=param(name);disk.io.direction=const(read)"
    },
    {
      "disk.WriteTime",
      "system.disk.operation_time",
      "system.device=param(name);disk.io.direction=const(write)"
    },
    {
      "disk.ReadMergedCount",
      "system.disk.merged",
      "system.device=param(name);disk.io.direction=const(read)"
    },
    {
      "disk.WriteMergedCount",
      "system.disk.merged",
      "system.device=param(name);disk.io.direction=const(write)"
    },
    {"disk.BusyTime", "system.disk.io_time", "system.device=param(name)"},
    // system: file systems, one per mount point; from the Mountpoint attribute, as param(name)
    // would keep the quotes of the ObjectName's value
    {
      "file_system.Used",
      "system.filesystem.usage",
      FILESYSTEM + ";system.filesystem.state=const(used)"
    },
    {
      "file_system.Free",
      "system.filesystem.usage",
      FILESYSTEM + ";system.filesystem.state=const(free)"
    },
    {"file_system.Total", "system.filesystem.limit", FILESYSTEM},
    // system: network interfaces, one per NIC; v1.44 names the NIC system.device on packet.count
    {"network_interface.BytesRecv", "system.network.io", nic("receive")},
    {"network_interface.BytesSent", "system.network.io", nic("transmit")},
    {
      "network_interface.PacketsRecv",
      "system.network.packet.count",
      "system.device=param(name);network.io.direction=const(receive)"
    },
    {
      "network_interface.PacketsSent",
      "system.network.packet.count",
      "system.device=param(name);network.io.direction=const(transmit)"
    },
    {"network_interface.Errin", "system.network.errors", nic("receive")},
    {"network_interface.Errout", "system.network.errors", nic("transmit")},
    {"network_interface.Dropin", "system.network.packet.dropped", nic("receive")},
    {"network_interface.Dropout", "system.network.packet.dropped", nic("transmit")},
    // system: TCP connections by state (UDP's are all NONE, no conventional state)
    {"network.ConnectionsEstablished", "system.network.connection.count", tcp("established")},
    {"network.ConnectionsSynSent", "system.network.connection.count", tcp("syn_sent")},
    {"network.ConnectionsSynRecv", "system.network.connection.count", tcp("syn_received")},
    {"network.ConnectionsFinWait1", "system.network.connection.count", tcp("fin_wait_1")},
    {"network.ConnectionsFinWait2", "system.network.connection.count", tcp("fin_wait_2")},
    {"network.ConnectionsTimeWait", "system.network.connection.count", tcp("time_wait")},
    {"network.ConnectionsClose", "system.network.connection.count", tcp("closed")},
    {"network.ConnectionsCloseWait", "system.network.connection.count", tcp("close_wait")},
    {"network.ConnectionsLastAck", "system.network.connection.count", tcp("last_ack")},
    {"network.ConnectionsListen", "system.network.connection.count", tcp("listen")},
    {"network.ConnectionsClosing", "system.network.connection.count", tcp("closing")},
    // system: the host
    {"host.Uptime", "system.uptime", ""},
    {"host.PidCount", "system.process.count", ""},
    // container: the cgroup this JVM runs in; rss is cAdvisor's container_memory_rss, anon
    {"container.CpuUsage", "container.cpu.time", ""},
    {"container.MemoryUsage", "container.memory.usage", ""},
    {"container.MemoryAnon", "container.memory.rss", ""},
    {"container.IoReadBytes", "container.disk.io", "disk.io.direction=const(read)"},
    {"container.IoWriteBytes", "container.disk.io", "disk.io.direction=const(write)"},
  };

  private static final Map<String, String> ENTITIES =
      Map.of(
          "disk", "system.device=param(name)",
          "network_interface", "network.interface.name=param(name)",
          "file_system", "system.filesystem.mountpoint=beanattr(Mountpoint)");

  private static final Map<String, Mapping> BY_ATTRIBUTE = index();

  private SemanticConventions() {}

  /** The convention for attribute {@code a} of {@code type}, or null when there is none. */
  static @Nullable Mapping of(CatalogEntry type, CatalogEntry.Attribute a) {
    return BY_ATTRIBUTE.get(String.join(".", type.metricStem) + "." + a.name);
  }

  /**
   * The attribute that tells one entity of {@code type} from another on a metric the conventions
   * lack: the conventional one where there is one ({@code system.device}), else ours ({@code
   * name}).
   */
  static Map<String, String> entityAttributes(CatalogEntry type) {
    String stem = String.join(".", type.metricStem);
    Map<String, String> attributes = new LinkedHashMap<>();
    if (ENTITIES.containsKey(stem)) {
      String[] pair = ENTITIES.get(stem).split("=", 2);
      attributes.put(pair[0], pair[1]);
    } else {
      type.entityKeys.forEach(key -> attributes.put(key, "param(" + key + ")"));
    }
    return attributes;
  }

  /** How many of our attributes have a conventional name. */
  static int size() {
    return BY_ATTRIBUTE.size();
  }

  private static String nic(String direction) {
    return "network.interface.name=param(name);network.io.direction=const(" + direction + ")";
  }

  private static String tcp(String state) {
    return "network.transport=const(tcp);network.connection.state=const(" + state + ")";
  }

  private static Map<String, Mapping> index() {
    Map<String, Convention> conventions = new HashMap<>();
    for (String[] row : CONVENTIONS) {
      conventions.put(row[0], new Convention(row));
    }
    Map<String, Mapping> byAttribute = new HashMap<>();
    for (String[] row : MAPPINGS) {
      Map<String, String> attributes = new LinkedHashMap<>();
      for (String pair : row[2].isEmpty() ? new String[0] : row[2].split(";")) {
        attributes.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
      }
      Convention c = conventions.get(row[1]);
      if (c == null) {
        throw new IllegalStateException(row[0] + " names " + row[1] + ", not in CONVENTIONS");
      }
      byAttribute.put(row[0], new Mapping(c, Collections.unmodifiableMap(attributes)));
    }
    return byAttribute;
  }
}
