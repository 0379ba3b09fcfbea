package io.psutil4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The README's main job: the demo JVM under the agent prints its own MBeans, read through JMX. */
class DemoUnderAgentIT {
  @Test
  void theDemoShowsTheAgentsMBeansAboutItsOwnProcess(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws Exception {
    Path java = Paths.get(System.getProperty("test.java.home"), "bin", "java");
    Path out = tmp.resolve("out.txt");
    Path err = tmp.resolve("err.txt");
    Process demo =
        new ProcessBuilder(
                java.toString(),
                "-javaagent:" + System.getProperty("agent.jar"),
                "-jar",
                System.getProperty("examples.jar"),
                "demo",
                "-n",
                "2",
                "-i",
                "1")
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertTrue(demo.waitFor(60, TimeUnit.SECONDS), "demo did not finish");
    assertEquals(0, demo.exitValue(), () -> read(err));
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertTrue(
        // 7 singletons plus one per CPU, disk, mount and NIC of this machine
        lines.get(0).matches("--- frame 1/2: \\d+ psutil4j MBeans, read through JMX ---"),
        lines.get(0));
    String process = lines.stream().filter(l -> l.startsWith("Process ")).findFirst().orElseThrow();
    assertTrue(process.contains(" Pid=" + demo.pid()), process);
    assertTrue(process.contains(" Name=java"), process);
    assertTrue(
        lines.stream().anyMatch(l -> l.startsWith("Memory ") && l.contains(" Total=")),
        lines::toString);
    // the native thread table shows as its busiest threads, not as TabularData's toString
    assertTrue(
        lines.stream().anyMatch(l -> l.startsWith("Threads ") && l.contains(" Threads=[")),
        lines::toString);
    assertTrue(lines.stream().noneMatch(l -> l.contains("javax.management")), lines::toString);
    assertEquals(2, lines.stream().filter(l -> l.startsWith("--- frame")).count());
    assertEquals("", read(err));
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      return "<" + e + ">";
    }
  }
}
