package io.psutil4j.agent.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.tools.attach.VirtualMachine;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code java -jar psutil4j-agent.jar attach|list} against real JVMs and real non-JVMs. */
class AttachCliIT {
  private static ChildJvm cli(String... args) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(List.of("-jar", ChildJvm.agentJar().toString()));
    command.addAll(List.of(args));
    ChildJvm cli = ChildJvm.start(command);
    cli.finish(90);
    return cli;
  }

  @Test
  void attachLoadsTheAgentIntoARunningJvmAndConfirmsItsMBeans() throws Exception {
    try (ChildJvm host =
        ChildJvm.start(
            List.of(
                "-Dpsutil4j.cache=250", "-cp", ChildJvm.testClasses(), HostApp.class.getName()))) {
      await().atMost(Duration.ofSeconds(30)).until(() -> host.stdout().contains("host ready"));
      String pid = Long.toString(host.pid());

      ChildJvm list = cli("list");
      assertTrue(
          list.stdout().stream().anyMatch(l -> l.startsWith(pid + " ")), list.stdout()::toString);

      ChildJvm attach = cli("attach", pid, "exclude=PerCpu");
      assertTrue(
          attach.stdout().stream()
              .anyMatch(
                  // 7 singletons plus one per disk, mount and NIC: machine-dependent
                  l -> l.matches("psutil4j: agent running in " + pid + ": \\d+ MBeans.*")),
          () -> attach.stdout() + " " + attach.stderr());
      // the options in effect: the attach's own and the target's -Dpsutil4j.cache=250
      String inEffect =
          attach.stdout().stream()
              .filter(l -> l.startsWith("psutil4j: options in effect: "))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no options line: " + attach.stdout()));
      assertTrue(inEffect.contains(", cache=250,"), inEffect);
      assertTrue(inEffect.contains(", controls=false,"), inEffect);
      assertTrue(inEffect.contains("mbeans=") && !inEffect.contains("PerCpu"), inEffect);
      // confirmed without a JMX connector: the JDK's local one was never started
      assertEquals(null, localConnectorAddress(host.pid()), "attach left a local JMX connector");

      List<String> clientOut = ChildJvm.readAllWithJdkOnlyClient(Long.parseLong(pid));
      assertTrue(
          clientOut.stream().anyMatch(l -> l.equals("ATTR psutil4j:type=Process Pid " + pid)),
          clientOut::toString);

      ChildJvm again = cli("attach", pid);
      assertTrue(
          again.stdout().stream().anyMatch(l -> l.matches(".*: \\d+ MBeans.*")),
          "second attach is idempotent");
      assertEquals(0, host.finish(30), "host exit code unchanged");
      assertEquals(List.of("host ready", "host done"), host.stdout());
    }
  }

  @Test
  void attachToSomethingThatIsNotAJvmOrIsGoneFailsShortAndNonZero() throws Exception {
    Process sleeper = new ProcessBuilder("sleep", "30").start();
    try {
      ChildJvm notJvm = cli("attach", Long.toString(sleeper.pid()));
      assertEquals(1, exit(notJvm));
      assertEquals(1, notJvm.stderr().size(), notJvm.stderr()::toString);
      assertTrue(
          notJvm.stderr().get(0).startsWith("psutil4j: cannot attach to " + sleeper.pid()),
          notJvm.stderr()::toString);
    } finally {
      sleeper.destroyForcibly();
      sleeper.waitFor(10, TimeUnit.SECONDS);
    }
    ChildJvm gone = cli("attach", Long.toString(sleeper.pid()));
    assertEquals(1, exit(gone));
    assertEquals(1, gone.stderr().size(), gone.stderr()::toString);

    ChildJvm bad = cli("attach", "12ab");
    assertEquals(1, exit(bad));
    assertEquals(List.of("psutil4j: not a process id: '12ab'"), bad.stderr());
  }

  /** The target's local JMX connector address, null when none was ever started. */
  private static String localConnectorAddress(long pid) throws Exception {
    VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
    try {
      Properties agent = vm.getAgentProperties();
      // the JDK's name since 9, and the older one some tools still read
      String address = agent.getProperty("com.sun.management.jmxremote.localConnectorAddress");
      return address != null
          ? address
          : agent.getProperty("sun.management.jmxremote.localConnectorAddress");
    } finally {
      vm.detach();
    }
  }

  private static int exit(ChildJvm finished) throws Exception {
    return finished.finish(1);
  }
}
