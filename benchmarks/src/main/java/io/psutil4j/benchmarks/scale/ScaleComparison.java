package io.psutil4j.benchmarks.scale;

import io.psutil4j.benchmarks.startup.ChildJvm;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.management.MBeanServerConnection;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;

/**
 * Issue 14's scale benchmarks in one run: host JVMs of several shapes (touched heap, threads, fds)
 * carrying the agent on default options, two fixture roots (a captured host, and 500 mounts with
 * 1,000 NICs), read through a loopback RMI connector; then a host-latency run with and without the
 * agent. Prints markdown tables and the verdicts against the targets. From the repository
 * root, after {@code mvn -B -DskipTests package}:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.psutil4j.benchmarks.scale.ScaleComparison
 * java -cp benchmarks/target/benchmarks.jar io.psutil4j.benchmarks.scale.ScaleComparison --quick
 * </pre>
 *
 * <p>{@code --quick} shrinks every shape, the rounds and the latency runs: a smoke run, not
 * figures. Needs {@code strace} (which lists the files a read opens, for the floor). {@code
 * -Dpsutil4j.bench.agentJar=} and {@code -Dpsutil4j.bench.fixture=} override where the agent jar
 * and the captured host are.
 */
public final class ScaleComparison {
  private static final ObjectName FLOOR = name(FloorReader.NAME);

  private ScaleComparison() {}

  /** Sizes and rounds of a run. */
  record Plan(
      List<Shape> shapes,
      Shape small,
      Shape big,
      int warmRounds,
      int rounds,
      int floorReads,
      int latencyHeapMiB,
      int latencySeconds) {}

  static Plan full() {
    Shape small = Shape.agent("0.5 GB heap", 512, 20, 10);
    Shape big = Shape.agent("12 GB heap", 12288, 20, 10);
    return new Plan(
        List.of(
            small,
            Shape.agent("4 GB heap", 4096, 20, 10),
            big,
            Shape.agent("2,000 threads", 512, 2000, 10),
            Shape.agent("10,000 fds", 512, 20, 10_000),
            Shape.fixture("fixture: captured host", 0, 0),
            Shape.fixture("fixture: 500 mounts, 1,000 NICs", 500, 1000)),
        small,
        big,
        2,
        20,
        50,
        12288,
        60);
  }

  static Plan quick() {
    Shape small = Shape.agent("quick: 0.25 GB heap", 256, 20, 10);
    Shape big = Shape.agent("quick: 2 GB heap", 2048, 20, 10);
    return new Plan(
        List.of(
            small,
            big,
            Shape.agent("quick: 500 threads", 256, 500, 10),
            Shape.agent("quick: 2,000 fds", 256, 20, 2000),
            Shape.fixture("fixture: captured host", 0, 0),
            Shape.fixture("fixture: 500 mounts, 1,000 NICs", 500, 1000)),
        small,
        big,
        1,
        3,
        10,
        512,
        10);
  }

  /**
   * What one shape's host said of itself and what reading it cost. The floor's in-host reads of the
   * rounds are in {@code reads}; {@code floorBackToBack} and {@code floorViaJmx} are the floor read
   * again and again after them, in the host and as the driver sees one invoke.
   */
  record ShapeRun(
      Shape shape,
      String threads,
      String fds,
      long rssKib,
      long registerMicros,
      int mbeans,
      ReadCosts.Result reads,
      Samples floorBackToBack,
      Samples floorViaJmx,
      FileTrace trace,
      List<String> unreadable) {}

  /**
   * One host-latency run's summary line (iterations, then p50, p99, p99.9 and max in ns) and the
   * scrapes made during it.
   */
  record LatencyRun(String label, List<Long> percentiles, int scrapes, Samples scrapeNanos) {}

  public static void main(String[] args) throws Exception {
    boolean quick = List.of(args).contains("--quick");
    Plan plan = quick ? quick() : full();
    String agentJar = ChildJvm.agentJar().toString();
    String captured =
        ChildJvm.file("psutil4j.bench.fixture", "core/src/test/resources/fixtures/host-x86_64-6x")
            .toString();
    List<ShapeRun> runs = new ArrayList<>();
    for (Shape shape : plan.shapes()) {
      System.err.println("scale: " + shape.label());
      runs.add(run(shape, plan, agentJar, captured));
    }
    List<LatencyRun> latency = new ArrayList<>();
    latency.add(latency(plan, null, "without the agent"));
    latency.add(latency(plan, agentJar, "agent, 1 Hz full read"));
    ScaleReport.print(System.out, plan, runs, latency, quick);
  }

  private static ShapeRun run(Shape shape, Plan plan, String agentJar, String captured)
      throws Exception {
    try (HostJvm host = HostJvm.start(shape.jvmArgs(agentJar), shape.hostArgs(captured));
        JMXConnector connector = host.connect()) {
      MBeanServerConnection c = connector.getMBeanServerConnection();
      ReadCosts costs = new ReadCosts(c);
      costs.fullRead(); // classes, the first open types, the footprint's first reading
      Thread.sleep(ReadCosts.PAST_CACHE_MILLIS);
      FileTrace trace = FileTrace.of(host.pid(), costs::fullRead);
      Object[] params = {
        trace.files.toArray(new String[0]),
        trace.directories.toArray(new String[0]),
        trace.mountPoints.toArray(new String[0]),
        trace.socketDumps.stream().mapToInt(Integer::intValue).toArray()
      };
      String[] signature = {
        String[].class.getName(),
        String[].class.getName(),
        String[].class.getName(),
        int[].class.getName()
      };
      ReadCosts.FloorRead floor = () -> (Long) c.invoke(FLOOR, "readNanos", params, signature);
      ReadCosts.Result reads = costs.measure(plan.warmRounds(), plan.rounds(), floor);
      long[] backToBack = new long[plan.floorReads()];
      long[] viaJmx = new long[plan.floorReads()];
      for (int i = -5; i < plan.floorReads(); i++) {
        long t0 = System.nanoTime();
        long nanos = floor.inHostNanos();
        if (i >= 0) {
          viaJmx[i] = System.nanoTime() - t0;
          backToBack[i] = nanos;
        }
      }
      return new ShapeRun(
          shape,
          host.fact("threads"),
          host.fact("fds"),
          Long.parseLong(host.fact("rss_kib")),
          Long.parseLong(host.fact("register_us")),
          costs.mbeans(),
          reads,
          new Samples(backToBack, backToBack.length),
          new Samples(viaJmx, viaJmx.length),
          trace,
          List.of((String[]) c.getAttribute(FLOOR, "Failed")));
    }
  }

  /** The map loop for the plan's seconds while a scraper reads everything once a second. */
  private static LatencyRun latency(Plan plan, String agentJar, String label) throws Exception {
    Shape shape = Shape.agent(label, plan.latencyHeapMiB(), 0, 0);
    List<String> jvmArgs = shape.jvmArgs(agentJar == null ? "" : agentJar);
    List<String> hostArgs = new ArrayList<>();
    if (agentJar == null) {
      jvmArgs.removeIf(a -> a.startsWith("-javaagent:"));
      hostArgs.add("mbeans=none");
    }
    System.err.println("scale: latency " + label);
    try (HostJvm host = HostJvm.start(jvmArgs, hostArgs);
        JMXConnector connector = host.connect()) {
      ReadCosts costs = new ReadCosts(connector.getMBeanServerConnection());
      long[] scrapeNanos = new long[plan.latencySeconds() + 10];
      int[] scrapes = new int[1];
      AtomicBoolean stop = new AtomicBoolean();
      Thread scraper =
          new Thread(
              () -> {
                try {
                  while (!stop.get() && scrapes[0] < scrapeNanos.length) {
                    long t0 = System.nanoTime();
                    costs.fullRead();
                    scrapeNanos[scrapes[0]++] = System.nanoTime() - t0;
                    Thread.sleep(Math.max(0, 1000 - (System.nanoTime() - t0) / 1_000_000));
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } catch (Exception e) {
                  throw new IllegalStateException("scrape failed", e);
                }
              },
              "scale-scraper");
      scraper.start();
      host.send("map " + plan.latencySeconds());
      String line = host.awaitLine("latency ", plan.latencySeconds() + 120);
      stop.set(true);
      scraper.join();
      List<Long> percentiles = new ArrayList<>();
      String[] words = line.split(" ");
      for (int i = 1; i <= 5; i++) {
        percentiles.add(Long.parseLong(words[i].substring(words[i].indexOf('=') + 1)));
      }
      return new LatencyRun(label, percentiles, scrapes[0], new Samples(scrapeNanos, scrapes[0]));
    }
  }

  private static ObjectName name(String name) {
    try {
      return new ObjectName(name);
    } catch (MalformedObjectNameException e) {
      throw new IllegalArgumentException(name, e);
    }
  }
}
