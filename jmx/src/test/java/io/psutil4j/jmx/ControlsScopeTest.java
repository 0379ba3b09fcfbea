package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.Platforms;
import io.psutil4j.spi.Platform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.management.MBeanOperationInfo;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Controls gate at every invocation, against real processes: this JVM's descendants only by
 * default, never this JVM itself (nor one of its threads, which kill(2) would treat as the JVM),
 * every invocation counted and logged.
 */
class ControlsScopeTest {
  private static final int SIGCONT = 18;
  private static final Platform PLATFORM = Platforms.current();
  private static final int SELF = PLATFORM.selfPid();

  private static ControlsBean bean(ControlsPolicy policy) {
    return new ControlsBean(PLATFORM, policy);
  }

  @Test
  void aProcessThisJvmDidNotStartIsRefusedUnlessTheScopeIsAny() {
    int parent = ppidOf(SELF);
    ControlsBean scoped = bean(ControlsPolicy.off().withEnabled(true));
    SecurityException refused =
        assertThrows(SecurityException.class, () -> scoped.sendSignal(parent, 0));
    assertTrue(refused.getMessage().contains("controls.scope=any"), refused.getMessage());
    assertTrue(refused.getMessage().contains("pid " + parent), refused.getMessage());
    assertEquals(1, scoped.getRefused());

    ControlsBean any =
        bean(ControlsPolicy.off().withEnabled(true).withScope(ControlsPolicy.Scope.ANY));
    any.sendSignal(parent, 0); // 0 only asks whether it exists: harmless to our parent
    assertEquals(0, any.getRefused());
    assertEquals("any", any.getScope());
  }

  @Test
  void aGrandchildIsADescendantSoItMayBeReniced() throws Exception {
    Process shell = new ProcessBuilder("sh", "-c", "sleep 60 & wait").start();
    try {
      int grandchild = waitForChild((int) shell.pid());
      ControlsBean controls = bean(ControlsPolicy.off().withEnabled(true));
      controls.nice(grandchild, 5);
      assertEquals("5", statField(grandchild, 19), "nice, field 19 of /proc/PID/stat");
      assertEquals(0, controls.getRefused());
      assertEquals(1, controls.getInvocations());
    } finally {
      shell.descendants().forEach(ProcessHandle::destroyForcibly);
      shell.destroyForcibly();
      shell.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void thisJvmIsNeverSignalledOrLimitedUnlessThePolicyNamesIt() throws Exception {
    ControlsBean controls =
        bean(ControlsPolicy.off().withEnabled(true).withScope(ControlsPolicy.Scope.ANY));
    SecurityException signal =
        assertThrows(SecurityException.class, () -> controls.sendSignal(SELF, SIGCONT));
    assertTrue(signal.getMessage().contains("controls.self=true"), signal.getMessage());

    long soft = nofile()[0];
    long hard = nofile()[1];
    SecurityException lower =
        assertThrows(
            SecurityException.class, () -> controls.rlimit(SELF, "RLIMIT_NOFILE", soft - 1, hard));
    assertTrue(lower.getMessage().contains("this JVM"), lower.getMessage());
    assertEquals(soft, nofile()[0], "soft RLIMIT_NOFILE in /proc/self/limits unchanged");

    int otherThread = anotherThreadOfThisJvm();
    SecurityException thread =
        assertThrows(SecurityException.class, () -> controls.sendSignal(otherThread, SIGCONT));
    assertTrue(thread.getMessage().contains("is this JVM"), thread.getMessage());

    controls.sendSignal(SELF, 0); // asks only whether it exists
    controls.rlimit(SELF, "RLIMIT_NOFILE", soft, hard); // not lower: allowed
    assertEquals(5, controls.getInvocations());
    assertEquals(3, controls.getRefused());

    ControlsBean selfAllowed = bean(ControlsPolicy.off().withEnabled(true).withSelf(true));
    selfAllowed.sendSignal(SELF, SIGCONT); // SIGCONT to a running JVM changes nothing
    assertEquals(0, selfAllowed.getRefused());
  }

  @Test
  void theGateIsAskedAtEachInvocationAndBadPidsAreNamed() {
    ControlsBean off = bean(ControlsPolicy.off());
    SecurityException e = assertThrows(SecurityException.class, () -> off.sendSignal(SELF, 0));
    assertTrue(e.getMessage().contains("controls=true"), e.getMessage());

    ControlsBean on = bean(ControlsPolicy.off().withEnabled(true));
    for (int pid : new int[] {0, -1}) {
      IllegalArgumentException bad =
          assertThrows(IllegalArgumentException.class, () -> on.sendSignal(pid, 9));
      assertTrue(bad.getMessage().contains("got " + pid), bad.getMessage());
    }
    assertEquals(2, on.getInvocations());
  }

  @Test
  void everyInvocationIsOneLineOfTheLogWithItsOutcome(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("controls.log");
    ControlsBean controls = bean(ControlsPolicy.off().withEnabled(true).withLog(log));
    controls.sendSignal(SELF, 0);
    assertThrows(SecurityException.class, () -> controls.sendSignal(SELF, SIGCONT));
    assertThrows(IllegalArgumentException.class, () -> controls.rlimit(SELF, "RLIMIT_BOGUS", 1, 1));
    List<String> lines = Files.readAllLines(log);
    assertEquals(3, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(0).endsWith("sendSignal(" + SELF + ", 0) ok"), lines.get(0));
    assertTrue(lines.get(1).contains("sendSignal(" + SELF + ", 18) refused: "), lines.get(1));
    assertTrue(lines.get(2).contains(" failed: ") && lines.get(2).contains("RLIMIT_BOGUS"));
    assertEquals(log.toString(), controls.getLog());
  }

  @Test
  void theMBeanSaysWhatNiceAndAffinityChange() throws Exception {
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    Registration r = PsutilMBeans.register(server, JmxConfig.of("scope", 1000).withControls(true));
    try {
      ObjectName name = new ObjectName("scope:type=Controls");
      for (MBeanOperationInfo op : server.getMBeanInfo(name).getOperations()) {
        if (op.getName().equals("nice") || op.getName().equals("cpuAffinity")) {
          assertTrue(op.getDescription().contains("one thread whose id is `pid`"), op.getName());
        }
      }
      assertEquals(0L, server.getAttribute(name, "Invocations"));
      assertEquals("descendants", server.getAttribute(name, "Scope"));

    } finally {
      r.close();
    }
  }

  private static int ppidOf(int pid) {
    return Integer.parseInt(statField(pid, 4));
  }

  /** Field {@code n} (1-based, as in proc(5)) of /proc/PID/stat. */
  private static String statField(int pid, int n) {
    try {
      String stat =
          new String(
              Files.readAllBytes(Paths.get("/proc/" + pid + "/stat")), StandardCharsets.US_ASCII);
      return stat.substring(stat.lastIndexOf(')') + 2).split(" ")[n - 3];
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static long[] nofile() throws IOException {
    for (String line : Files.readAllLines(Paths.get("/proc/self/limits"))) {
      if (line.startsWith("Max open files")) {
        String[] f = line.trim().split("\\s+");
        return new long[] {Long.parseLong(f[3]), Long.parseLong(f[4])};
      }
    }
    throw new AssertionError("no Max open files in /proc/self/limits");
  }

  private static int anotherThreadOfThisJvm() throws IOException {
    try (Stream<Path> tasks = Files.list(Paths.get("/proc/self/task"))) {
      return tasks
          .map(p -> Integer.parseInt(p.getFileName().toString()))
          .filter(tid -> tid != SELF)
          .findFirst()
          .orElseThrow();
    }
  }

  private static int waitForChild(int parent) throws Exception {
    Path children = Paths.get("/proc/" + parent + "/task/" + parent + "/children");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      List<String> pids =
          Stream.of(new String(Files.readAllBytes(children), StandardCharsets.US_ASCII).split(" "))
              .map(String::trim)
              .filter(s -> !s.isEmpty())
              .collect(Collectors.toList());
      if (!pids.isEmpty()) {
        return Integer.parseInt(pids.get(0));
      }
      Thread.sleep(20);
    }
    throw new AssertionError("sh never started its sleep");
  }
}
