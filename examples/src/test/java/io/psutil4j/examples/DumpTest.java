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
            "\"process\":{\"pid\":")) {
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
}
