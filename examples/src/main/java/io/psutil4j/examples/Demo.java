package io.psutil4j.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Attribute;
import javax.management.JMException;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.openmbean.TabularData;

/**
 * The demo app: run it with {@code -javaagent:psutil4j-agent.jar} and it shows, frame by frame,
 * what the agent's MBeans report about this very JVM, read back through JMX (nothing here calls
 * psutil4j directly). Between frames it does some work, so the numbers move.
 */
final class Demo implements Command {
  private static final long WAIT_FOR_AGENT_MILLIS = 15_000;

  @Override
  public String name() {
    return "demo";
  }

  @Override
  public String arguments() {
    return "[-n FRAMES] [-i SECONDS] [--domain NAME] [--all]";
  }

  @Override
  public String summary() {
    return "run under the agent: print its MBeans about this JVM, live (default 5 frames, 2 s)";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Args.rejectUnknown(args, "-n", "-i", "--domain", "--all");
    boolean all = args.contains("--all");
    int frames = Args.frames(args, 5);
    int seconds = Args.intOption(args, "-i", 2);
    int at = args.indexOf("--domain");
    String domain = at >= 0 && at + 1 < args.size() ? args.get(at + 1) : "psutil4j";
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    ObjectName pattern = pattern(domain);
    Set<ObjectName> names = waitForAgent(server, pattern);
    if (names.isEmpty()) {
      err.println(
          "psutil4j demo: no "
              + domain
              + " MBeans appeared in "
              + WAIT_FOR_AGENT_MILLIS / 1000
              + " s; start the demo with "
              + "-javaagent:agent/target/psutil4j-agent.jar");
      return 1;
    }
    Workload work = new Workload();
    for (int frame = 1; frame <= frames; frame++) {
      out.println(
          String.format(
              Locale.ROOT,
              "--- frame %d/%d: %d psutil4j MBeans, read through JMX ---",
              frame,
              frames,
              names.size()));
      int idle = 0;
      for (ObjectName name : new TreeSet<>(server.queryNames(pattern, null))) {
        if (!all && isIdleEntity(server, name)) {
          idle++;
          continue;
        }
        out.println(render(server, name));
      }
      if (idle > 0) {
        out.println(idle + " idle disks/NICs not shown (every counter 0; --all shows them)");
      }
      if (frame < frames) {
        work.runFor(TimeUnit.SECONDS.toMillis(seconds));
      }
    }
    work.release();
    return 0;
  }

  private static ObjectName pattern(String domain) throws UsageException {
    try {
      return new ObjectName(domain + ":*");
    } catch (JMException e) {
      throw new UsageException("--domain is not a JMX domain: '" + domain + "'");
    }
  }

  private static Set<ObjectName> waitForAgent(MBeanServer server, ObjectName pattern) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_FOR_AGENT_MILLIS);
    Set<ObjectName> names = server.queryNames(pattern, null);
    while (names.isEmpty() && System.nanoTime() < deadline) {
      sleep(100);
      names = server.queryNames(pattern, null);
    }
    // The agent registers its MBeans one after the other: wait until the set stops growing.
    Set<ObjectName> settled = Set.of();
    while (!names.equals(settled) && System.nanoTime() < deadline) {
      settled = names;
      sleep(300);
      names = server.queryNames(pattern, null);
    }
    return names;
  }

  /** A per-entity MBean (a disk, a NIC) that has counters, all of them 0: nothing to watch. */
  static boolean isIdleEntity(MBeanServer server, ObjectName name) {
    if (name.getKeyProperty("name") == null) {
      return false;
    }
    try {
      List<String> counters = new ArrayList<>();
      for (MBeanAttributeInfo a : server.getMBeanInfo(name).getAttributes()) {
        if ("counter".equals(a.getDescriptor().getFieldValue("metricType"))) {
          counters.add(a.getName());
        }
      }
      if (counters.isEmpty()) {
        return false;
      }
      for (Attribute a : server.getAttributes(name, counters.toArray(new String[0])).asList()) {
        if (!(a.getValue() instanceof Number) || ((Number) a.getValue()).doubleValue() != 0) {
          return false;
        }
      }
      return true;
    } catch (JMException e) {
      return false;
    }
  }

  /** {@code Memory Total=23.4G Available=21.0G Percent=10.3 ...}, bytes made human. */
  static String render(MBeanServer server, ObjectName name) {
    StringBuilder line = new StringBuilder();
    String label =
        name.getKeyProperty("name") == null
            ? name.getKeyProperty("type")
            : name.getKeyProperty("type") + "[" + name.getKeyProperty("name") + "]";
    line.append(String.format(Locale.ROOT, "%-10s", label));
    try {
      MBeanInfo info = server.getMBeanInfo(name);
      String[] attributes = new String[info.getAttributes().length];
      for (int i = 0; i < attributes.length; i++) {
        attributes[i] = info.getAttributes()[i].getName();
      }
      Arrays.sort(attributes); // MBeanInfo's order is not specified: keep frames stable
      List<Attribute> values = server.getAttributes(name, attributes).asList();
      for (Attribute a : values) {
        line.append(' ').append(a.getName()).append('=').append(format(info, a));
      }
    } catch (JMException e) {
      line.append(" <unreadable: ").append(e).append('>');
    }
    return line.toString();
  }

  private static String format(MBeanInfo info, Attribute a) {
    Object value = a.getValue();
    if (value == null) {
      return "n/a";
    }
    String unit = unitOf(info, a.getName());
    if ("bytes".equals(unit) && value instanceof Number) {
      return Bytes.human(((Number) value).longValue());
    }
    if (value instanceof TabularData) {
      return ThreadTable.busiest((TabularData) value, 5);
    }
    if (value instanceof Double) {
      return String.format(Locale.ROOT, "%.2f", (Double) value);
    }
    return String.valueOf(value);
  }

  private static String unitOf(MBeanInfo info, String attribute) {
    for (MBeanAttributeInfo a : info.getAttributes()) {
      if (a.getName().equals(attribute)) {
        Object unit = a.getDescriptor().getFieldValue("units");
        return unit == null ? null : unit.toString();
      }
    }
    return null;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Something for the numbers to show: CPU, allocations, a few threads and open files. */
  private static final class Workload {
    /** Where the spin's result goes, so the JIT cannot drop the loop. */
    private static final AtomicLong SPUN = new AtomicLong();

    private final List<byte[]> retained = new ArrayList<>();
    private final List<InputStream> openFiles = new ArrayList<>();

    void runFor(long millis) {
      long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
      retained.add(new byte[8 * 1024 * 1024]);
      try {
        openFiles.add(Files.newInputStream(Paths.get("/proc/self/stat")));
      } catch (IOException e) {
        // only decoration: the frame still shows
      }
      Thread worker = new Thread(() -> spin(end), "demo-worker");
      worker.setDaemon(true);
      worker.start();
      spin(end - TimeUnit.MILLISECONDS.toNanos(millis / 2));
      long left = end - System.nanoTime();
      if (left > 0) {
        sleep(TimeUnit.NANOSECONDS.toMillis(left));
      }
    }

    private static void spin(long untilNanos) {
      long x = 0;
      while (System.nanoTime() < untilNanos) {
        x += System.identityHashCode(new Object());
      }
      SPUN.addAndGet(x);
    }

    void release() {
      retained.clear();
      for (InputStream in : openFiles) {
        try {
          in.close();
        } catch (IOException e) {
          // closing a /proc file cannot fail in a way that matters here
        }
      }
    }
  }
}
