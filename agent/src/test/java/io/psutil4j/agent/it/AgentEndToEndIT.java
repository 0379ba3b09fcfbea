package io.psutil4j.agent.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The whole path: a separate JVM runs with {@code -javaagent:psutil4j-agent.jar}; a second JVM with
 * nothing but the JDK attaches, reads every attribute of every psutil4j MBean, and what they say is
 * checked against the kernel.
 */
class AgentEndToEndIT {
  private static final Set<String> SLICE_TYPES =
      Set.of(
          "Cpu",
          "Memory",
          "Swap",
          "Host",
          "Process",
          "ProcessMemory",
          "Container",
          "Pressure",
          "Network",
          "Sensors",
          "Threads",
          "Entities");

  /** Per-entity types: present when this machine has such an entity (a disk, mount, NIC). */
  private static final Set<String> ENTITY_TYPES = Set.of("Disk", "FileSystem", "NetworkInterface");

  @Test
  void aJdkOnlyClientReadsEveryAttributeAndTheValuesMatchTheKernel() throws Exception {
    try (ChildJvm host =
        ChildJvm.start(
            List.of(
                "-javaagent:" + ChildJvm.agentJar() + "=cache=0",
                "-cp",
                ChildJvm.testClasses(),
                HostApp.class.getName(),
                "3"))) {
      await().atMost(Duration.ofSeconds(30)).until(() -> host.stdout().contains("host ready"));

      List<String> lines = ChildJvm.readAllWithJdkOnlyClient(host.pid());

      List<String> errors =
          lines.stream().filter(l -> l.startsWith("ERROR")).collect(Collectors.toList());
      assertTrue(errors.isEmpty(), () -> "attributes that failed to read: " + errors);
      Set<String> types =
          lines.stream()
              .filter(l -> l.startsWith("MBEAN "))
              .map(l -> l.split(" ")[1].replaceAll(".*type=([A-Za-z]+).*", "$1"))
              .collect(Collectors.toSet());
      assertTrue(types.containsAll(SLICE_TYPES), types::toString);
      Set<String> others = new java.util.HashSet<>(types);
      others.removeAll(SLICE_TYPES);
      assertTrue(ENTITY_TYPES.containsAll(others), types::toString);

      Map<String, String> attrs = new HashMap<>();
      for (String l : lines) {
        if (l.startsWith("ATTR ")) {
          String[] p = l.split(" ", 4);
          attrs.put(p[1] + "/" + p[2], p[3]);
        }
      }
      long memTotalKib = meminfoKib("MemTotal");
      assertEquals(Long.toString(memTotalKib * 1024), attrs.get("psutil4j:type=Memory/Total"));
      assertEquals(Long.toString(host.pid()), attrs.get("psutil4j:type=Process/Pid"));
      assertEquals("java", attrs.get("psutil4j:type=Process/Name"));
      int cpuLines =
          (int)
              Files.readAllLines(Paths.get("/proc/stat")).stream()
                  .filter(l -> l.matches("cpu[0-9]+ .*"))
                  .count();
      assertEquals(Integer.toString(cpuLines), attrs.get("psutil4j:type=Cpu/LogicalCount"));

      String fds =
          lines.stream()
              .filter(l -> l.startsWith("FDS "))
              .findFirst()
              .orElseThrow(() -> new AssertionError("fd count never stable: " + lines));
      String[] counted = fds.split(" ");
      // Read from outside between two equal counts; inside the call the JVM also holds the fd that
      // lists /proc/self/fd (psutil counts its own listing fd too) and RMI may hold one more.
      int outside = Integer.parseInt(counted[1]);
      int reported = Integer.parseInt(counted[2]);
      assertTrue(
          Math.abs(reported - outside) <= 2,
          () -> "Process.NumFds " + reported + " vs " + outside + " entries of /proc/<pid>/fd");

      List<String> descriptions =
          lines.stream().filter(l -> l.startsWith("DESC ")).collect(Collectors.toList());
      assertFalse(descriptions.isEmpty());
      for (String d : descriptions) {
        assertTrue(
            d.matches(".*\\[[A-Za-z/]+, (gauge|counter)\\] from psutil .*"),
            () -> "description without unit and psutil source: " + d);
      }
      // reading every attribute (heap_info loads JNA) forks nothing: no "process reaper" thread
      List<String> hostThreads = new java.util.ArrayList<>();
      try (java.nio.file.DirectoryStream<java.nio.file.Path> tasks =
          Files.newDirectoryStream(Paths.get("/proc", Long.toString(host.pid()), "task"))) {
        for (java.nio.file.Path task : tasks) {
          hostThreads.add(Files.readString(task.resolve("comm")).trim());
        }
      }
      assertFalse(hostThreads.contains("process reaper"), hostThreads::toString);
      assertEquals(3, host.finish(30), "the host keeps its own exit code");
      assertEquals(
          List.of("host ready", "host done"), host.stdout(), "agent wrote to the host's stdout");
      assertEquals(List.of(), host.stderr(), "agent wrote to the host's stderr");
    }
  }

  @Test
  void badOptionsWarnOneLineEachAndTheAgentGoesOnWithDefaults() throws Exception {
    try (ChildJvm host =
        ChildJvm.start(
            List.of(
                "-javaagent:" + ChildJvm.agentJar() + "=cache=soon,bogus=1,domain=psutil4j,delay",
                "-cp",
                ChildJvm.testClasses(),
                HostApp.class.getName()))) {
      await().atMost(Duration.ofSeconds(30)).until(() -> host.stdout().contains("host ready"));
      List<String> clientOut = ChildJvm.readAllWithJdkOnlyClient(host.pid());
      assertTrue(
          clientOut.stream().anyMatch(l -> l.startsWith("MBEAN psutil4j:type=Memory")),
          () -> "MBeans missing after bad options: " + clientOut);
      assertEquals(0, host.finish(30));
      List<String> warnings = host.stderr();
      assertEquals(3, warnings.size(), () -> "expected one line per bad option: " + warnings);
      assertTrue(
          warnings.stream().anyMatch(w -> w.contains("'cache=soon'") && w.contains("using 1000")),
          warnings::toString);
      assertTrue(warnings.stream().anyMatch(w -> w.contains("'bogus=1'")), warnings::toString);
      assertTrue(warnings.stream().anyMatch(w -> w.contains("'delay'")), warnings::toString);
      assertEquals(List.of("host ready", "host done"), host.stdout());
    }
  }

  @Test
  void onlyTheChosenMBeanGroupsAppear() throws Exception {
    try (ChildJvm host =
        ChildJvm.start(
            List.of(
                "-javaagent:"
                    + ChildJvm.agentJar()
                    + "=mbeans=Memory+PerCpu+Process,exclude=Process",
                "-cp",
                ChildJvm.testClasses(),
                HostApp.class.getName()))) {
      await().atMost(Duration.ofSeconds(30)).until(() -> host.stdout().contains("host ready"));
      List<String> lines = ChildJvm.readAllWithJdkOnlyClient(host.pid());
      Set<String> beans =
          lines.stream()
              .filter(l -> l.startsWith("MBEAN "))
              .map(l -> l.split(" ")[1])
              .collect(Collectors.toCollection(java.util.TreeSet::new));
      Set<String> expected = new java.util.TreeSet<>();
      expected.add("psutil4j:type=Memory");
      expected.add("psutil4j:type=Entities"); // the cap on the per-CPU MBeans
      for (String l : Files.readAllLines(Paths.get("/proc/stat"), StandardCharsets.US_ASCII)) {
        if (l.matches("cpu[0-9]+ .*")) {
          expected.add("psutil4j:type=Cpu,name=" + l.substring(0, l.indexOf(' ')));
        }
      }
      assertEquals(expected, beans);
      assertEquals(0, host.finish(30));
      assertEquals(List.of(), host.stderr());
    }
  }

  private static long meminfoKib(String key) throws java.io.IOException {
    for (String line : Files.readAllLines(Paths.get("/proc/meminfo"), StandardCharsets.US_ASCII)) {
      if (line.startsWith(key + ":")) {
        return Long.parseLong(Arrays.stream(line.split("\\s+")).skip(1).findFirst().orElseThrow());
      }
    }
    throw new AssertionError(key + " missing from /proc/meminfo");
  }
}
