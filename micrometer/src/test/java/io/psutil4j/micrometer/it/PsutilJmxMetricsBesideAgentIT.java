package io.psutil4j.micrometer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JMX binder in a real application JVM beside the real agent jar: the agent registers its
 * MBeans on its own thread after the binder was bound, and the binder's scrape has them.
 */
class PsutilJmxMetricsBesideAgentIT {
  @TempDir Path dir;

  @Test
  void theBinderSeesTheAgentsMBeans() throws Exception {
    List<String> classPath =
        Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
            .collect(Collectors.toList());
    String agent =
        classPath.stream()
            .filter(p -> p.matches(".*psutil4j-agent[^/]*\\.jar"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no agent jar on " + classPath));
    // the application has Micrometer and our binder, not the agent's insides
    String app =
        classPath.stream()
            .filter(
                p ->
                    !p.contains("psutil4j-agent")
                        && !p.contains("psutil4j-jmx")
                        && !p.endsWith("jmx/target/classes"))
            .collect(Collectors.joining(File.pathSeparator));
    Path java =
        Paths.get(
            System.getProperty("test.java.home", System.getProperty("java.home")), "bin", "java");
    Path out = dir.resolve("scrape.txt");
    Process host =
        new ProcessBuilder(
                java.toString(),
                "-javaagent:" + agent,
                "-cp",
                app,
                BesideTheAgentMain.class.getName())
            .redirectOutput(out.toFile())
            .redirectError(dir.resolve("stderr.txt").toFile())
            .start();
    assertTrue(host.waitFor(120, TimeUnit.SECONDS), "the application did not end");
    List<String> scrape = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(0, host.exitValue(), () -> "exit status; stdout " + scrape.size() + " lines");
    assertEquals(
        List.of(), Files.readAllLines(dir.resolve("stderr.txt")), "the application's stderr");

    assertEquals(memTotalBytes(), value(scrape, "psutil4j_memory_total_bytes"));
    assertTrue(value(scrape, "psutil4j_process_rss_bytes") > 1 << 20);
    assertTrue(
        scrape.stream()
            .anyMatch(
                l ->
                    l.startsWith(
                        "psutil4j_network_interface_bytes_recv_bytes_total{name=\"lo\"} ")),
        () -> "no per-NIC meter for lo in " + scrape.size() + " lines");
  }

  private static double value(List<String> scrape, String name) {
    List<String> found = new ArrayList<>();
    for (String line : scrape) {
      if (line.startsWith(name + " ")) {
        found.add(line.substring(name.length() + 1));
      }
    }
    assertEquals(1, found.size(), name + " in " + scrape);
    return Double.parseDouble(found.get(0));
  }

  private static long memTotalBytes() throws IOException {
    for (String line : Files.readAllLines(Paths.get("/proc/meminfo"))) {
      if (line.startsWith("MemTotal:")) {
        return Long.parseLong(line.split("\\s+")[1]) * 1024;
      }
    }
    throw new AssertionError("no MemTotal in /proc/meminfo");
  }
}
