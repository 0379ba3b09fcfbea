package io.psutil4j.agent.it;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * JDK-only JMX access to a child JVM: its local management agent over loopback RMI (started through
 * the attach API), and what the kernel says of that child (CPU ticks, open fds).
 */
final class LocalJmx {
  private LocalJmx() {}

  /** The loopback RMI address of the child's management agent (starting it if needed). */
  static JMXServiceURL address(long pid) throws Exception {
    VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
    try {
      return new JMXServiceURL(vm.startLocalManagementAgent());
    } finally {
      vm.detach();
    }
  }

  static JMXConnector connect(JMXServiceURL address) throws IOException {
    return JMXConnectorFactory.connect(address);
  }

  /** Every psutil4j attribute, as (ObjectName, attribute name) pairs. */
  static List<Object[]> everyAttribute(MBeanServerConnection c) throws Exception {
    List<Object[]> all = new ArrayList<>();
    for (ObjectName name : c.queryNames(new ObjectName("psutil4j:*"), null)) {
      for (MBeanAttributeInfo a : c.getMBeanInfo(name).getAttributes()) {
        all.add(new Object[] {name, a.getName()});
      }
    }
    return all;
  }

  /** utime + stime of a process in clock ticks, from /proc/PID/stat. */
  static long cpuTicks(long pid) throws IOException {
    String stat = Files.readString(Paths.get("/proc", Long.toString(pid), "stat"));
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }

  static int openFds(long pid) throws IOException {
    int n = 0;
    try (DirectoryStream<Path> d = Files.newDirectoryStream(Paths.get("/proc/" + pid + "/fd"))) {
      for (Path ignored : d) {
        n++;
      }
    }
    return n;
  }

  /** The {@code Threads:} line of /proc/PID/status. */
  static int kernelThreads(long pid) throws IOException {
    for (String line : Files.readAllLines(Paths.get("/proc/" + pid + "/status"))) {
      if (line.startsWith("Threads:")) {
        return Integer.parseInt(line.substring(8).trim());
      }
    }
    throw new IllegalStateException("no Threads: line for " + pid);
  }
}
