package io.psutil4j.agent.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped Grafana dashboard against a real Prometheus (Debian's package): Prometheus scrapes a
 * JVM running our agent and jmx_exporter with the shipped rules, and every panel's query, with the
 * dashboard's variables filled in as Grafana would, returns series through Prometheus' HTTP API.
 * Everything listens on 127.0.0.1.
 */
class GrafanaDashboardIT {
  private static final Pattern EXPR = Pattern.compile("\"expr\": \"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern ROW =
      Pattern.compile("\"type\": \"row\",\\s*\"title\": \"([^\"]+)\"");
  private static final int SCRAPE_SECONDS = 2;
  // Grafana's $__rate_interval is at least four scrape intervals
  private static final String RATE_INTERVAL = 4 * SCRAPE_SECONDS + "s";

  @Test
  void everyPanelQueryReturnsSeriesFromARealPrometheus(@TempDir Path dir) throws Exception {
    String dashboard =
        Files.readString(
            Paths.get(System.getProperty("grafana.dashboard")), StandardCharsets.UTF_8);
    List<String> rows = new ArrayList<>();
    Matcher row = ROW.matcher(dashboard);
    while (row.find()) {
      rows.add(row.group(1));
    }
    assertEquals(List.of("Container", "Pressure", "Threads"), rows, "the dashboard's rows");
    List<String> queries = new ArrayList<>();
    Matcher expr = EXPR.matcher(dashboard);
    while (expr.find()) {
      queries.add(expr.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
    }
    assertTrue(queries.size() >= 30, () -> "too few queries found: " + queries);

    Path rules = Paths.get(System.getProperty("jmx_exporter.config"));
    try (ChildJvm host = JmxExporterIT.start(true, rules)) {
      JmxExporterIT.scrapeOnceMBeansAreUp(host, "psutil4j_process_pid ");
      String target = "127.0.0.1:" + ListeningPorts.of(host.pid()).get(0);
      Process prometheus = startPrometheus(dir, target);
      try {
        String api = "http://127.0.0.1:" + listeningPort(prometheus) + "/api/v1/query?query=";
        List<String> filled = new ArrayList<>();
        for (String q : queries) {
          // the $instance variable with this target selected, as Grafana sends it
          filled.add(
              q.replace("$instance", target.replace(".", "\\\\."))
                  .replace("$__rate_interval", RATE_INTERVAL));
        }
        List<String> empty = new ArrayList<>(filled);
        try {
          await()
              .atMost(Duration.ofSeconds(60))
              .pollInterval(Duration.ofSeconds(1))
              .until(
                  () -> {
                    List<String> still = new ArrayList<>();
                    for (String q : empty) {
                      String answer = Http.get(api + URLEncoder.encode(q, StandardCharsets.UTF_8));
                      assertTrue(answer.startsWith("{\"status\":\"success\""), answer);
                      if (!answer.contains("\"result\":[{\"metric\":")) {
                        still.add(q);
                      }
                    }
                    empty.retainAll(still);
                    return empty.isEmpty();
                  });
        } catch (ConditionTimeoutException e) {
          throw new AssertionError(
              "queries without series after 60 s: "
                  + empty
                  + "\nPrometheus log:\n"
                  + Files.readString(dir.resolve("prometheus.log")),
              e);
        }
      } finally {
        prometheus.destroy();
        if (!prometheus.waitFor(30, TimeUnit.SECONDS)) {
          prometheus.destroyForcibly();
        }
      }
      assertEquals(0, host.finish(30));
      assertEquals(List.of(), host.stderr(), "nothing on the host's stderr");
    }
  }

  /** Prometheus on an ephemeral loopback port, scraping {@code target} every two seconds. */
  private static Process startPrometheus(Path dir, String target) throws IOException {
    Path config = dir.resolve("prometheus.yml");
    Files.writeString(
        config,
        "global:\n"
            + "  scrape_interval: "
            + SCRAPE_SECONDS
            + "s\n"
            + "  scrape_timeout: "
            + SCRAPE_SECONDS
            + "s\n"
            + "scrape_configs:\n"
            + "  - job_name: psutil4j\n"
            + "    static_configs:\n"
            + "      - targets: [\""
            + target
            + "\"]\n");
    return new ProcessBuilder(
            prometheusBinary(),
            "--config.file=" + config,
            "--storage.tsdb.path=" + dir.resolve("data"),
            "--web.listen-address=127.0.0.1:0")
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("prometheus.log").toFile())
        .start();
  }

  private static String prometheusBinary() {
    for (String d : System.getenv("PATH").split(File.pathSeparator)) {
      Path p = Paths.get(d, "prometheus");
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    throw new AssertionError("no prometheus on PATH: install Debian's package (.ci/run does)");
  }

  private static int listeningPort(Process prometheus) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> ListeningPorts.of(prometheus.pid()), p -> p.size() == 1)
        .get(0);
  }
}
