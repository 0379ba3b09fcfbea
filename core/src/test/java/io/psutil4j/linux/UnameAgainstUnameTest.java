package io.psutil4j.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.Spawn;
import io.psutil4j.Uname;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** os.uname() field by field against uname(1) on this machine, and on kernels without arch. */
class UnameAgainstUnameTest {
  @TempDir Path tmp;

  @Test
  void everyFieldIsWhatUnamePrints() {
    Uname ours = LinuxPlatform.builder().build().uname();
    assertEquals(Spawn.run("uname", "-s").trim(), ours.sysname());
    assertEquals(Spawn.run("uname", "-n").trim(), ours.nodename());
    assertEquals(Spawn.run("uname", "-r").trim(), ours.release());
    assertEquals(Spawn.run("uname", "-v").trim(), ours.version());
    assertEquals(Spawn.run("uname", "-m").trim(), ours.machine());
    assertEquals(Spawn.run("uname", "-snrvm").trim(), ours.line());
    assertTrue(Spawn.run("uname", "-a").startsWith(ours.line() + " "), ours.line());
  }

  @Test
  void aKernelWithoutTheArchSysctlTakesTheJvmsArchitectureInUnamesSpelling() throws Exception {
    Path kernel = Files.createDirectories(tmp.resolve("proc/sys/kernel"));
    write(kernel, "ostype", "Linux\n");
    write(kernel, "hostname", "db-7\n");
    write(kernel, "osrelease", "4.19.0-27-amd64\n");
    write(kernel, "version", "#1 SMP Debian 4.19.316-1 (2024-06-25)\n");
    Uname old = new UnameReader(tmp.resolve("proc")).uname();
    assertEquals(
        "Linux db-7 4.19.0-27-amd64 #1 SMP Debian 4.19.316-1 (2024-06-25) "
            + UnameReader.unameMachine(System.getProperty("os.arch")),
        old.line());
    assertEquals("x86_64", UnameReader.unameMachine("amd64"));
    assertEquals("aarch64", UnameReader.unameMachine("aarch64"));
  }

  @Test
  void laterReadingsReadTheHostNameAloneTheRestBeingTheRunningKernels() throws Exception {
    Path kernel = Files.createDirectories(tmp.resolve("proc/sys/kernel"));
    write(kernel, "ostype", "Linux\n");
    write(kernel, "hostname", "db-7\n");
    write(kernel, "osrelease", "6.8.0-1-amd64\n");
    write(kernel, "version", "#1 SMP\n");
    write(kernel, "arch", "x86_64\n");
    UnameReader reader = new UnameReader(tmp.resolve("proc"));
    Uname first = reader.uname();
    for (String fixed : new String[] {"ostype", "osrelease", "version", "arch"}) {
      Files.delete(kernel.resolve(fixed));
      Files.createDirectory(kernel.resolve(fixed)); // reading it now fails
    }
    assertEquals(first.line(), reader.uname().line(), "the same kernel, the same host name");
    write(kernel, "hostname", "db-8\n");
    assertEquals("Linux db-8 6.8.0-1-amd64 #1 SMP x86_64", reader.uname().line());
  }

  @Test
  void aMissingSysctlIsAnIoErrorNamingTheFile() throws Exception {
    Path kernel = Files.createDirectories(tmp.resolve("proc/sys/kernel"));
    write(kernel, "ostype", "Linux\n");
    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class, () -> new UnameReader(tmp.resolve("proc")).uname());
    assertTrue(e.getMessage().contains("sys/kernel/hostname"), e.getMessage());
  }

  private static void write(Path dir, String name, String text) throws Exception {
    Files.write(dir.resolve(name), text.getBytes(StandardCharsets.US_ASCII));
  }
}
