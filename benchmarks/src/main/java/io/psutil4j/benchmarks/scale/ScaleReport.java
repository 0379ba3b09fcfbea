package io.psutil4j.benchmarks.scale;

import io.psutil4j.benchmarks.scale.ScaleComparison.LatencyRun;
import io.psutil4j.benchmarks.scale.ScaleComparison.Plan;
import io.psutil4j.benchmarks.scale.ScaleComparison.ShapeRun;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** The markdown a {@link ScaleComparison} run prints: tables, the files of the floor, verdicts. */
final class ScaleReport {
  private static final double SAME_COST = 1.25;
  private static final double FLOOR_FACTOR = 2.0;
  private static final double LATENCY_FACTOR = 1.10;

  private ScaleReport() {}

  static void print(
      PrintStream out, Plan plan, List<ShapeRun> runs, List<LatencyRun> latency, boolean quick) {
    out.printf(
        Locale.ROOT,
        "%s%s, JDK %s; %d measured rounds per shape after %d warm-up; median / p99.%n%n",
        quick ? "QUICK MODE (smoke run, not figures): " : "",
        "Scale (issue 14)",
        System.getProperty("java.version"),
        plan.rounds(),
        plan.warmRounds());
    cheapTable(out, runs);
    fullTable(out, runs);
    byTypeTable(out, runs);
    floorFiles(out, runs);
    latencyTable(out, latency);
    verdicts(out, plan, runs, latency);
  }

  private static void cheapTable(PrintStream out, List<ShapeRun> runs) {
    out.println(
        "Cheap attributes, one getAttribute each (refresh: first read after the 1 s cache;"
            + " hit: reads right after it):");
    out.println();
    StringBuilder head = new StringBuilder("| shape | threads | fds | RSS |");
    StringBuilder rule = new StringBuilder("|---|---:|---:|---:|");
    for (ReadCosts.Cheap c : ReadCosts.CHEAP) {
      head.append(' ').append(c.label()).append(" refresh | hit |");
      rule.append("---:|---:|");
    }
    out.println(head);
    out.println(rule);
    for (ShapeRun r : runs) {
      StringBuilder row =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "| %s | %s | %s | %.2f GB |",
                  r.shape().label(),
                  r.threads(),
                  r.fds(),
                  r.rssKib() / 1048576.0));
      for (int i = 0; i < ReadCosts.CHEAP.size(); i++) {
        row.append(' ')
            .append(r.reads().cheapRefresh().get(i).medianAndP99())
            .append(" | ")
            .append(r.reads().cheapHit().get(i).medianAndP99())
            .append(" |");
      }
      out.println(row);
    }
    out.println();
  }

  private static void fullTable(PrintStream out, List<ShapeRun> runs) {
    out.println(
        "The default full read (every attribute of every psutil4j MBean, one getAttributes"
            + " per MBean): through the connector as a client sees it, and the same refresh made"
            + " inside the host (the agent's own work); its floor (plain Java reading the files that"
            + " read opened and making its socket dumps, listed below): in the host once per round,"
            + " 1.1 s after the in-host read as that read comes 1.1 s after the last, then back to"
            + " back (50 reads after 5, the files and code hot), and as one JMX invoke:");
    out.println();
    out.println(
        "| shape | MBeans | attributes (fewest answered) | registered in | full read refresh"
            + " | full read hit | full read refresh in host | floor in host, per round"
            + " | floor in host, back to back | floor via JMX | in host / floor per round"
            + " | in host / floor back to back |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (ShapeRun r : runs) {
      out.printf(
          Locale.ROOT,
          "| %s | %d | %d (%d) | %s | %s | %s | %s | %s | %s | %s | %.2f× | %.2f× |%n",
          r.shape().label(),
          r.mbeans(),
          r.reads().attributes(),
          r.reads().fewestValues(),
          r.shape().fixture() == null ? "(agent)" : Samples.format(r.registerMicros() * 1000),
          r.reads().fullRefresh().medianAndP99(),
          r.reads().fullHit().medianAndP99(),
          r.reads().inHostRefresh().medianAndP99(),
          r.reads().floorInHost().medianAndP99(),
          r.floorBackToBack().medianAndP99(),
          r.floorViaJmx().medianAndP99(),
          ratio(r.reads().inHostRefresh(), r.reads().floorInHost()),
          ratio(r.reads().inHostRefresh(), r.floorBackToBack()));
    }
    out.println();
  }

  /** Where a refresh full read's time goes: the median per MBean type, for every shape. */
  private static void byTypeTable(PrintStream out, List<ShapeRun> runs) {
    out.println(
        "The refresh full read by MBean type (median of the getAttributes of every MBean of"
            + " that type, as the client sees them):");
    out.println();
    typeTable(out, runs, r -> r.reads().fullRefreshByType());
    out.println("The same, made inside the host:");
    out.println();
    typeTable(out, runs, r -> r.reads().inHostRefreshByType());
  }

  private static void typeTable(
      PrintStream out, List<ShapeRun> runs, Function<ShapeRun, Map<String, Samples>> byType) {
    Set<String> types = new TreeSet<>();
    for (ShapeRun r : runs) {
      types.addAll(byType.apply(r).keySet());
    }
    StringBuilder head = new StringBuilder("| type |");
    StringBuilder rule = new StringBuilder("|---|");
    for (ShapeRun r : runs) {
      head.append(' ').append(r.shape().label()).append(" |");
      rule.append("---:|");
    }
    out.println(head);
    out.println(rule);
    for (String type : types) {
      StringBuilder row = new StringBuilder("| ").append(type).append(" |");
      for (ShapeRun r : runs) {
        Samples s = byType.apply(r).get(type);
        row.append(' ').append(s == null ? "—" : Samples.format(s.median())).append(" |");
      }
      out.println(row);
    }
    out.println();
  }

  /**
   * The first agent host's and the first fixture's lists in full; every other shape's counts and
   * the patterns its kind's first list did not have.
   */
  private static void floorFiles(PrintStream out, List<ShapeRun> runs) {
    out.println("Files one refresh of the full read opened (strace; N: any number):");
    out.println();
    Set<String> agentKnown = null;
    Set<String> fixtureKnown = null;
    for (ShapeRun r : runs) {
      FileTrace t = r.trace();
      boolean fixture = r.shape().fixture() != null;
      Set<String> known = fixture ? fixtureKnown : agentKnown;
      Set<String> all = new TreeSet<>();
      all.addAll(FileTrace.patterns(t.files).keySet());
      all.addAll(FileTrace.patterns(t.directories).keySet());
      all.addAll(FileTrace.patterns(t.mountPoints).keySet());
      Set<String> shown = known == null ? Set.of() : known;
      out.printf(
          Locale.ROOT,
          "- %s: %d files, %d directories listed, %d statvfs, %d socket dumps%s. Files: %s."
              + " Directories: %s. statvfs: %s. Socket dumps: %s.%s%n",
          r.shape().label(),
          t.files.size(),
          t.directories.size(),
          t.mountPoints.size(),
          t.socketDumps.size(),
          known == null ? "" : " (patterns beyond the first list's only)",
          FileTrace.summary(t.files, shown),
          FileTrace.summary(t.directories, shown),
          FileTrace.summary(t.mountPoints, shown),
          FileTrace.dumpSummary(t.socketDumps),
          r.unreadable().isEmpty()
              ? ""
              : " Unreadable (each costs its failed call): "
                  + FileTrace.summary(r.unreadable(), shown)
                  + ".");
      if (known == null && fixture) {
        fixtureKnown = all;
      } else if (known == null) {
        agentKnown = all;
      }
    }
    out.println();
  }

  private static void latencyTable(PrintStream out, List<LatencyRun> latency) {
    out.printf(
        Locale.ROOT,
        "Host latency: one thread maps %d KiB, touches each page, unmaps it, in a loop:%n%n",
        MapLoop.REGION_BYTES >> 10);
    out.println("| run | iterations | p50 | p99 | p99.9 | max | scrapes (median / p99) |");
    out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (LatencyRun l : latency) {
      List<Long> p = l.percentiles();
      out.printf(
          Locale.ROOT,
          "| %s | %d | %s | %s | %s | %s | %s |%n",
          l.label(),
          p.get(0),
          Samples.format(p.get(1)),
          Samples.format(p.get(2)),
          Samples.format(p.get(3)),
          Samples.format(p.get(4)),
          l.scrapes() == 0 ? "—" : l.scrapes() + " (" + l.scrapeNanos().medianAndP99() + ")");
    }
    out.println();
  }

  private static void verdicts(
      PrintStream out, Plan plan, List<ShapeRun> runs, List<LatencyRun> latency) {
    ShapeRun small = find(runs, plan.small());
    ShapeRun big = find(runs, plan.big());
    out.println("| target | measured | verdict |");
    out.println("|---|---|---|");
    for (int i = 0; i < ReadCosts.CHEAP.size(); i++) {
      double r = ratio(big.reads().cheapRefresh().get(i), small.reads().cheapRefresh().get(i));
      verdict(
          out,
          ReadCosts.CHEAP.get(i).label()
              + " refresh, "
              + big.shape().label()
              + " / "
              + small.shape().label()
              + " ≤ "
              + SAME_COST
              + "×",
          r,
          r <= SAME_COST);
    }
    double full = ratio(big.reads().fullRefresh(), small.reads().fullRefresh());
    verdict(
        out,
        "full read refresh, "
            + big.shape().label()
            + " / "
            + small.shape().label()
            + " ≤ "
            + SAME_COST
            + "×",
        full,
        full <= SAME_COST);
    for (ShapeRun r : runs) {
      double f = ratio(r.reads().inHostRefresh(), r.reads().floorInHost());
      verdict(
          out,
          "full read refresh in host ≤ "
              + FLOOR_FACTOR
              + "× its floor in host (per round), "
              + r.shape().label(),
          f,
          f <= FLOOR_FACTOR);
    }
    double tail =
        (double) latency.get(1).percentiles().get(3) / latency.get(0).percentiles().get(3);
    verdict(
        out,
        "host p99.9 with the agent and a 1 Hz scraper ≤ " + LATENCY_FACTOR + "× without",
        tail,
        tail <= LATENCY_FACTOR);
  }

  private static void verdict(PrintStream out, String target, double ratio, boolean met) {
    out.printf(Locale.ROOT, "| %s | %.2f× | %s |%n", target, ratio, met ? "met" : "**missed**");
  }

  /** Of the medians. */
  private static double ratio(Samples a, Samples b) {
    return (double) a.median() / Math.max(1, b.median());
  }

  private static ShapeRun find(List<ShapeRun> runs, Shape shape) {
    for (ShapeRun r : runs) {
      if (r.shape().equals(shape)) {
        return r;
      }
    }
    throw new IllegalStateException("no run of " + shape.label());
  }
}
