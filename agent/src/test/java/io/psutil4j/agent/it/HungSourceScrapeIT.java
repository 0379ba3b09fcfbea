package io.psutil4j.agent.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jmx_exporter scraping a host whose /proc/meminfo never answers (a FIFO with no writer): the first
 * /metrics completes (Memory and Swap share one reading of meminfo, whose 2 s deadline the first
 * scrape waits once; Swap's traffic, from vmstat, is read apart), every later one at once with the
 * other MBeans' samples and without Memory's, and the host gains no thread per scrape.
 */
class HungSourceScrapeIT {
  /** Completes at all: a few sources' 2 s deadlines one after the other, on a busy box. */
  private static final Duration FIRST_SCRAPE = Duration.ofSeconds(60);

  /** Later scrapes find Memory stale at once: no wait of a deadline, however loaded the box. */
  private static final long LATER_SCRAPE_MILLIS = 1500;

  private static final int SCRAPES = 10;

  /**
   * jmx_exporter's HTTP pool, the JVM's compiler threads and our idle reading threads come and go a
   * little (+1 and +2 seen); a thread kept per scrape would add {@link #SCRAPES}.
   */
  private static final int THREAD_SLACK = 3;

  @Test
  void metricsCompleteAndThreadsStayFlatWhileMeminfoHangs(@TempDir Path dir) throws Exception {
    Path root = Files.createDirectories(dir.resolve("proc"));
    Files.copy(Paths.get("/proc/stat"), root.resolve("stat"));
    Files.copy(Paths.get("/proc/vmstat"), root.resolve("vmstat"));
    Path meminfo = root.resolve("meminfo");
    assertEquals(0, new ProcessBuilder("mkfifo", meminfo.toString()).inheritIO().start().waitFor());
    Path config = dir.resolve("config.yaml");
    Files.writeString(config, "lowercaseOutputName: true\n");
    String exporter =
        "-javaagent:" + System.getProperty("jmx_exporter.jar") + "=127.0.0.1:0:" + config;
    try (ChildJvm host =
        ChildJvm.start(
            List.of(
                exporter,
                "-cp",
                System.getProperty("java.class.path"),
                HungSourceHostApp.class.getName(),
                root.toString()))) {
      await().atMost(Duration.ofSeconds(30)).until(() -> host.stdout().contains("host ready"));
      List<Integer> ports =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(() -> ListeningPorts.of(host.pid()), p -> p.size() == 1);
      String url = "http://127.0.0.1:" + ports.get(0) + "/metrics";

      long start = System.nanoTime();
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url)).timeout(FIRST_SCRAPE).build(),
                  HttpResponse.BodyHandlers.ofString());
      long firstMillis = (System.nanoTime() - start) / 1_000_000;
      assertEquals(200, answer.statusCode(), "the first scrape after " + firstMillis + " ms");
      String first = answer.body();
      assertTrue(first.contains("\npsutil4j_process_pid "), "the Process MBean is in the scrape");
      assertTrue(first.contains("\npsutil4j_host_boottime"), "the Host MBean is in the scrape");
      assertFalse(first.contains("\npsutil4j_memory "), "no Memory.Total from a hung meminfo");
      assertFalse(first.contains("\npsutil4j_swap_total "), "no Swap.Total from a hung meminfo");
      assertTrue(first.contains("\npsutil4j_swap_sin "), "Swap.Sin, from vmstat, is in the scrape");

      for (int i = 0; i < 5; i++) {
        Http.get(url); // jmx_exporter's HTTP pool starts its threads
      }
      int threadsBefore = LocalJmx.kernelThreads(host.pid());
      for (int i = 0; i < SCRAPES; i++) {
        long t0 = System.nanoTime();
        String scrape = Http.get(url);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(millis < LATER_SCRAPE_MILLIS, "scrape " + i + " took " + millis + " ms");
        assertTrue(scrape.contains("\npsutil4j_process_pid "), "scrape " + i);
      }
      int threadsAfter = LocalJmx.kernelThreads(host.pid());
      Report.write(
          "hung-source-scrape.txt",
          "hung-source-scrape first_ms="
              + firstMillis
              + " threads="
              + threadsBefore
              + "->"
              + threadsAfter
              + " scrapes="
              + SCRAPES);
      assertTrue(
          threadsAfter <= threadsBefore + THREAD_SLACK,
          "host threads "
              + threadsBefore
              + " -> "
              + threadsAfter
              + " over "
              + SCRAPES
              + " scrapes");
      assertEquals(0, host.finish(30), () -> "host stderr: " + host.stderr());
      assertEquals(List.of("host ready", "host done"), host.stdout());
    }
  }
}
