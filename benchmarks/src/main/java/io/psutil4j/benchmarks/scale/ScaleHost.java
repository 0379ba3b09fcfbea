package io.psutil4j.benchmarks.scale;

import io.psutil4j.Process;
import io.psutil4j.jmx.JmxConfig;
import io.psutil4j.jmx.PsutilMBeans;
import io.psutil4j.linux.LinuxPlatform;
import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import javax.management.remote.JMXConnectorServer;
import javax.management.remote.JMXConnectorServerFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The host JVM of one shape, started by {@link ScaleComparison}: its heap comes from the command
 * line (-Xms = -Xmx with -XX:+AlwaysPreTouch), it parks threads and opens /dev/null until the
 * kernel counts {@code threads=} and {@code fds=}, and it serves its platform MBeanServer on a
 * loopback RMI connector (no registry: the address carries the stub). The psutil4j MBeans come from
 * the agent on its command line or, with {@code fixture=DIR mounts=N nics=N}, are registered here
 * on a fixture root; {@code mbeans=none} expects none (the host-latency baseline). Then it prints
 * one {@code ready} line and obeys stdin: {@code map SECONDS} runs the host-latency loop ({@link
 * MapLoop}) and prints its percentiles; end of input ends the JVM.
 */
public final class ScaleHost {
  static final ObjectName PROCESS = name("psutil4j:type=Process");
  private static final long MBEANS_WAIT_NANOS = 120_000_000_000L;

  private ScaleHost() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("not key=value: " + arg);
      }
      options.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    long registerNanos = 0;
    Path root = null;
    if (options.containsKey("fixture")) {
      root = Files.createTempDirectory(FixtureTree.ROOT_PREFIX);
      LinuxPlatform platform =
          FixtureTree.build(
              Paths.get(options.get("fixture")),
              root,
              Integer.parseInt(options.getOrDefault("mounts", "0")),
              Integer.parseInt(options.getOrDefault("nics", "0")));
      long start = System.nanoTime();
      PsutilMBeans.register(server, JmxConfig.defaults(), platform, Process.current());
      registerNanos = System.nanoTime() - start;
    }
    if (!"none".equals(options.get("mbeans"))) {
      awaitMBeans(server);
    }
    server.registerMBean(new FloorReader(), new ObjectName(FloorReader.NAME));
    server.registerMBean(new InHostRead(), new ObjectName(InHostRead.NAME));
    List<Thread> parked = parkUntil(Integer.parseInt(options.getOrDefault("threads", "0")));
    List<InputStream> open = openUntil(Integer.parseInt(options.getOrDefault("fds", "0")));

    JMXConnectorServer connector =
        JMXConnectorServerFactory.newJMXConnectorServer(
            new JMXServiceURL("service:jmx:rmi://127.0.0.1"), null, server);
    connector.start();
    System.out.println(
        "ready "
            + connector.getAddress()
            + " threads="
            + statusField("Threads:")
            + " fds="
            + count(Paths.get("/proc/self/fd"))
            + " rss_kib="
            + statusField("VmRSS:").replace(" kB", "")
            + " register_us="
            + registerNanos / 1000);
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.startsWith("map ")) {
        System.out.println(MapLoop.run(Integer.parseInt(line.substring(4).trim())));
      }
    }
    connector.stop();
    if (root != null) {
      FixtureTree.delete(root);
    }
    System.out.println("kept " + parked.size() + " threads, " + open.size() + " files");
  }

  /**
   * The agent registers from its own thread, group after group (the per-entity MBeans with their
   * first reconcile): done once Process is there and the count held still for a second.
   */
  private static void awaitMBeans(MBeanServer server) throws Exception {
    long deadline = System.nanoTime() + MBEANS_WAIT_NANOS;
    ObjectName all = new ObjectName("psutil4j:*");
    int last = -1;
    long stableSince = System.nanoTime();
    while (true) {
      int now = server.isRegistered(PROCESS) ? server.queryNames(all, null).size() : -1;
      if (now != last) {
        last = now;
        stableSince = System.nanoTime();
      } else if (now > 0 && System.nanoTime() - stableSince > 1_000_000_000L) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no " + PROCESS + ": is the agent on the command line?");
      }
      Thread.sleep(10);
    }
  }

  private static List<Thread> parkUntil(int threads) throws IOException {
    List<Thread> parked = new ArrayList<>();
    while (Integer.parseInt(statusField("Threads:")) < threads) {
      Thread t = new Thread(ScaleHost::parkForever, "parked-" + parked.size());
      t.setDaemon(true);
      t.start();
      parked.add(t);
    }
    return parked;
  }

  private static void parkForever() {
    while (true) {
      LockSupport.park();
    }
  }

  /** /dev/null opened until the fd directory counts {@code fds}; the JVM raised NOFILE at start. */
  private static List<InputStream> openUntil(int fds) throws IOException {
    List<InputStream> open = new ArrayList<>();
    Path fdDir = Paths.get("/proc/self/fd");
    int missing = fds - count(fdDir);
    for (int i = 0; i < missing; i++) {
      open.add(new FileInputStream("/dev/null"));
    }
    return open;
  }

  private static int count(Path dir) throws IOException {
    try (var entries = Files.list(dir)) {
      return (int) entries.count();
    }
  }

  private static String statusField(String field) throws IOException {
    for (String line :
        Files.readAllLines(Paths.get("/proc/self/status"), StandardCharsets.US_ASCII)) {
      if (line.startsWith(field)) {
        return line.substring(field.length()).trim();
      }
    }
    throw new IllegalStateException("no " + field + " in /proc/self/status");
  }

  private static ObjectName name(String name) {
    try {
      return new ObjectName(name);
    } catch (MalformedObjectNameException e) {
      throw new IllegalArgumentException(name, e);
    }
  }
}
