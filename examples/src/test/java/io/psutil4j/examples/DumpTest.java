package io.psutil4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/** dump's JSON uses psutil's names and the kernel's values. */
class DumpTest {
  @Test
  void dumpCarriesPsutilsKeysAndFieldNames() throws Exception {
    Cli dump = Cli.run("dump");
    assertEquals(0, dump.exitCode, dump.err);
    String json = dump.out.trim();
    assertTrue(json.startsWith("{") && json.endsWith("}"), json);
    for (String key :
        List.of(
            "\"cpu_count\":{\"logical\":",
            "\"cpu_times\":{\"user\":",
            "\"cpu_times_percpu\":[{\"user\":",
            "\"getloadavg\":[",
            "\"virtual_memory\":{\"total\":",
            "\"swap_memory\":{\"total\":",
            "\"boot_time\":",
            "\"process\":{")) {
      assertTrue(json.contains(key), () -> "missing " + key + " in " + json);
    }
    String memTotalKib =
        Files.readAllLines(Paths.get("/proc/meminfo"), StandardCharsets.US_ASCII)
            .get(0)
            .replaceAll("[^0-9]", "");
    assertTrue(
        json.contains("\"virtual_memory\":{\"total\":" + Long.parseLong(memTotalKib) * 1024 + ","),
        json);
    assertTrue(json.contains("\"pid\":" + ProcessHandle.current().pid() + ","), json);
    assertTrue(json.contains("\"guest_nice\":"), json);
  }

  /**
   * Without JNA's native part (a locked-down host, a musl JVM without the bundled library) dump
   * still prints every key: what needs libc (heap_info, ionice) is null, the rest is /proc's.
   */
  @Test
  void dumpWithoutJnaNativesGivesNullsNotACrash() throws Exception {
    java.nio.file.Path java =
        Paths.get(System.getProperty("java.home"), "bin", "java").toAbsolutePath();
    java.lang.Process child =
        new ProcessBuilder(
                java.toString(),
                "-Djna.nosys=true",
                "-Djna.noclasspath=true",
                "-Djna.nounpack=true",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "dump")
            .redirectErrorStream(true)
            .start();
    String json = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertEquals(0, child.waitFor(), json);
    assertTrue(json.startsWith("{") && json.endsWith("}"), json);
    assertTrue(json.contains("\"heap_info\":null"), json);
    assertTrue(json.contains("\"ionice\":null"), json);
    assertTrue(json.matches(".*\"num_fds\":[0-9]+,.*"), json);
    assertTrue(json.contains("\"pid\":" + child.pid() + ","), json);
  }
}
