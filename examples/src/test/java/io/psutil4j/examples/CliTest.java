package io.psutil4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CliTest {
  @Test
  void freeShowsMemTotalInKib() throws Exception {
    Cli free = Cli.run("free");
    assertEquals(0, free.exitCode, free.err);
    String[] header = free.out.lines().findFirst().orElseThrow().trim().split("\\s+");
    assertEquals("total used free shared buffers cache", String.join(" ", header));
    String[] mem =
        free.out
            .lines()
            .filter(l -> l.startsWith("Mem:"))
            .findFirst()
            .orElseThrow()
            .trim()
            .split("\\s+");
    String memTotal =
        Files.readAllLines(Paths.get("/proc/meminfo"), StandardCharsets.US_ASCII)
            .get(0)
            .replaceAll("[^0-9]", "");
    assertEquals(memTotal, mem[1]);
  }

  @Test
  void anUnknownCommandIsOneLineAndUsageWithExitTwo() {
    Cli bad = Cli.run("frobnicate");
    assertEquals(2, bad.exitCode);
    assertTrue(bad.err.startsWith("psutil4j: unknown command 'frobnicate'\nusage:"), bad.err);
    assertEquals("", bad.out);
  }

  @Test
  void helpListsTheCommandsAndHelpNameShowsOnesUsage() {
    Cli help = Cli.run("help");
    assertEquals(0, help.exitCode, help.err);
    assertEquals(Cli.run("--help").out, help.out);
    for (Command c : Commands.all()) {
      assertTrue(help.out.contains("\n  " + c.name() + " "), c.name());
    }
    assertTrue(help.out.contains("\n  help [COMMAND] "), help.out);

    Cli pmap = Cli.run("help", "pmap");
    assertEquals(0, pmap.exitCode, pmap.err);
    assertEquals(
        "usage: psutil4j pmap <pid>\nthe memory mappings of one process, like pmap\n", pmap.out);
    assertEquals("usage: psutil4j free", Cli.run("help", "free").out.lines().findFirst().get());

    Cli unknown = Cli.run("help", "frobnicate");
    assertEquals(2, unknown.exitCode);
    assertTrue(
        unknown.err.startsWith("psutil4j help: unknown command 'frobnicate'\n"), unknown.err);
    assertEquals("", unknown.out);
  }

  @Test
  void aBadArgumentIsNamedWithExitTwo() {
    Cli bad = Cli.run("free", "--bogus");
    assertEquals(2, bad.exitCode);
    assertTrue(bad.err.contains("'--bogus'"), bad.err);
    Cli badPid = Cli.run("dump", "--pid", "abc");
    assertEquals(2, badPid.exitCode);
    assertTrue(badPid.err.contains("'abc'"), badPid.err);
  }

  @Test
  void dumpOfAPidThatDoesNotExistIsOneLineNamingItWithExitOne() throws Exception {
    Process child = new ProcessBuilder("true").start();
    child.waitFor(10, TimeUnit.SECONDS);
    Cli dump = Cli.run("dump", "--pid", Long.toString(child.pid()));
    assertEquals(1, dump.exitCode);
    assertEquals("psutil4j dump: no process with pid " + child.pid() + "\n", dump.err);
    assertEquals("", dump.out);
  }
}
