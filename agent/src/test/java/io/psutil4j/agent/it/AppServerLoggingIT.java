package io.psutil4j.agent.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host that installs its own java.util.logging LogManager after start, as WildFly does, must get
 * it: the agent must not create the platform MBeanServer (which fixes JUL's LogManager) first.
 */
class AppServerLoggingIT {
  private static final String CUSTOM = CustomLogManager.class.getName();

  /** A class path holding only the host's main class, so the LogManager is not on it. */
  private static Path hostOnlyClassPath(Path tmp) throws Exception {
    String file = AppServerHostApp.class.getName().replace('.', '/') + ".class";
    Path target = tmp.resolve("host").resolve(file);
    Files.createDirectories(target.getParent());
    Files.copy(Paths.get(ChildJvm.testClasses()).resolve(file), target);
    return tmp.resolve("host");
  }

  private static void assertHostKeptItsLogManagerAndMBeansCame(
      List<String> agentArgs, List<String> hostArgs) throws Exception {
    List<String> command = new ArrayList<>(agentArgs);
    command.add(AppServerHostApp.class.getName());
    command.addAll(hostArgs);
    try (ChildJvm host = ChildJvm.start(command)) {
      await().atMost(Duration.ofSeconds(30)).until(() -> host.stdout().contains("host ready"));
      assertEquals("log manager " + CUSTOM, host.stdout().get(0), host.stderr()::toString);
      List<String> clientOut = ChildJvm.readAllWithJdkOnlyClient(host.pid());
      assertTrue(
          clientOut.stream().anyMatch(l -> l.startsWith("ATTR psutil4j:type=Process Pid ")),
          clientOut::toString);
      assertEquals(List.of(), host.stderr());
    }
  }

  @Test
  void aLogManagerNamedOnTheCommandLineButLoadedLaterIsWaitedFor(@TempDir Path tmp)
      throws Exception {
    assertHostKeptItsLogManagerAndMBeansCame(
        List.of(
            "-Djava.util.logging.manager=" + CUSTOM,
            "-javaagent:" + ChildJvm.agentJar(),
            "-cp",
            hostOnlyClassPath(tmp).toString()),
        List.of(ChildJvm.testClasses()));
  }

  @Test
  void aLogManagerNamedOnlyInMainNeedsTheDelayOption(@TempDir Path tmp) throws Exception {
    assertHostKeptItsLogManagerAndMBeansCame(
        List.of(
            "-javaagent:" + ChildJvm.agentJar() + "=delay=3",
            "-cp",
            hostOnlyClassPath(tmp).toString()),
        List.of(ChildJvm.testClasses(), "late"));
  }
}
