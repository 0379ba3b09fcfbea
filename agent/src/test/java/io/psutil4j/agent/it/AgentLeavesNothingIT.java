package io.psutil4j.agent.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.tools.attach.VirtualMachine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * What the agent leaves in its host, as the kernel and the JVM say: no listening socket of its own,
 * no JVM-wide JNA property once JNA has loaded, no class entries for scanners in its jar.
 */
class AgentLeavesNothingIT {
  private static final String STATUS = "io.psutil4j.agent.status";

  /** The host's system properties, read through the attach API (no JMX connector started). */
  private static Properties properties(long pid) throws Exception {
    VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
    try {
      return vm.getSystemProperties();
    } finally {
      vm.detach();
    }
  }

  @Test
  void ourAgentAloneListensOnNoSocketAndLeavesNoJnaPropertySet() throws Exception {
    try (ChildJvm host =
        ChildJvm.start(
            List.of(
                "-javaagent:" + ChildJvm.agentJar(),
                "-cp",
                ChildJvm.testClasses(),
                HostApp.class.getName()))) {
      await().atMost(Duration.ofSeconds(30)).until(() -> host.stdout().contains("host ready"));
      String status =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(
                  () -> properties(host.pid()).getProperty(STATUS),
                  s -> s != null && s.contains("state=running"));
      // every MBean registered: the TCP sockets the host's fds hold, in LISTEN state
      assertEquals(List.of(), ListeningPorts.of(host.pid()), "listening TCP ports; " + status);

      // reading every attribute loads JNA where native access is silent (heap_info)
      List<String> lines = ChildJvm.readAllWithJdkOnlyClient(host.pid());
      boolean jnaLoaded =
          lines.stream()
              .anyMatch(
                  l ->
                      l.startsWith("ATTR psutil4j:type=Process HeapUsed ") && !l.endsWith(" null"));
      assertEquals(
          Runtime.version().feature() < 24, jnaLoaded, "heap_info read through JNA: " + lines);
      assertEquals(
          null,
          properties(host.pid()).getProperty("jna.platform.library.path"),
          "a JVM-wide JNA property left set in the host");

      assertEquals(0, host.finish(30));
      assertEquals(List.of("host ready", "host done"), host.stdout());
      assertEquals(List.of(), host.stderr());
    }
  }

  @Test
  void theIsolatedClassesAreNoClassEntriesForScanners() throws Exception {
    List<String> classes = new ArrayList<>();
    int classdata = 0;
    try (JarFile jar = new JarFile(ChildJvm.agentJar().toFile())) {
      for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
        String name = e.nextElement().getName();
        if (name.endsWith(".class")) {
          classes.add(name);
        } else if (name.startsWith("inst/") && name.endsWith(".classdata")) {
          classdata++;
        }
      }
    }
    // only the bootstrap, which the JVM must find by its Premain-Class name
    assertTrue(classes.stream().allMatch(c -> c.startsWith("io/psutil4j/agent/")), "" + classes);
    assertFalse(classes.stream().anyMatch(c -> c.startsWith("io/psutil4j/agent/inside/")));
    assertTrue(classdata > 400, classdata + " .classdata entries under inst/");
  }
}
