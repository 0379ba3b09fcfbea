package io.psutil4j.linux.cgroup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.psutil4j.CgroupCpu;
import io.psutil4j.CgroupInfo;
import io.psutil4j.CgroupIo;
import io.psutil4j.CgroupMemory;
import io.psutil4j.CgroupPart;
import io.psutil4j.Platforms;
import io.psutil4j.spi.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cgroup read one part at a time: each part equals the same part of the whole read, and reads
 * only its own files (in a copy of the tree where every other controller's file is a directory, so
 * that reading one fails), on every cgroup fixture and on this machine.
 */
class CgroupPartsTest {
  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> eachPartIsThatPartOfTheWholeReadAndReadsOnlyItsFiles() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path dir : CgroupFixtureTest.scenarios()) {
      for (CgroupPart part : CgroupPart.values()) {
        tests.add(
            DynamicTest.dynamicTest(dir.getFileName() + " " + part, () -> checkFixture(dir, part)));
      }
    }
    return tests.stream();
  }

  private void checkFixture(Path fixture, CgroupPart part) throws IOException {
    Properties expected = new Properties();
    try (InputStream in = Files.newInputStream(fixture.resolve("expected.properties"))) {
      expected.load(in);
    }
    int hostCpus = Integer.parseInt(expected.getProperty("host_cpus"));
    CgroupInfo whole =
        new Cgroups(fixture.resolve("proc"), fixture.resolve("sys")).read("self", hostCpus);

    Path copy = tmp.resolve(fixture.getFileName() + "-" + part);
    CgroupFixtureTest.copyTree(fixture, copy);
    int blocked = blockOtherParts(copy.resolve("sys"), part);
    assertTrue(blocked > 0, fixture + ": no other controller's file to block");
    IntSupplier cpus =
        () -> {
          if (part != CgroupPart.CPU) {
            fail(part + " asked for the host's CPUs");
          }
          return hostCpus;
        };
    CgroupInfo one =
        new Cgroups(copy.resolve("proc"), copy.resolve("sys")).read("self", EnumSet.of(part), cpus);

    assertEquals(whole.version(), one.version());
    assertEquals(whole.paths(), one.paths());
    assertEquals(partOf(whole, part), partOf(one, part), fixture.getFileName() + " " + part);
    for (CgroupPart other : CgroupPart.values()) {
      if (other != part) {
        assertTrue(isEmpty(one, other), other + " read with " + part + ": " + one);
      }
    }
  }

  /** On this machine the limits of each part read alone are those of the whole read. */
  @Test
  void eachPartReadAloneHereHasTheWholeReadsLimits() {
    Platform platform = Platforms.current();
    int self = platform.selfPid();
    CgroupInfo whole;
    try {
      whole = platform.cgroup(self);
    } catch (UnsupportedOperationException e) {
      assumeTrue(false, "no cgroups here: " + e.getMessage());
      return;
    }
    CgroupInfo cpu = platform.cgroup(self, EnumSet.of(CgroupPart.CPU));
    assertEquals(whole.version(), cpu.version());
    assertEquals(whole.paths(), cpu.paths());
    assertEquals(whole.cpu().isPresent(), cpu.cpu().isPresent());
    whole.cpu().ifPresent(w -> assertEquals(cpuLimits(w), cpuLimits(cpu.cpu().get())));
    assertFalse(cpu.memory().isPresent(), "memory read with the CPU part");

    CgroupInfo memory = platform.cgroup(self, EnumSet.of(CgroupPart.MEMORY));
    assertEquals(whole.memory().isPresent(), memory.memory().isPresent());
    whole
        .memory()
        .ifPresent(w -> assertEquals(memoryLimits(w), memoryLimits(memory.memory().get())));
    assertFalse(memory.cpu().isPresent(), "CPU read with the memory part");

    CgroupInfo pids = platform.cgroup(self, EnumSet.of(CgroupPart.PIDS));
    assertEquals(whole.pidsMax(), pids.pidsMax());
    assertEquals(whole.pidsCurrent().isPresent(), pids.pidsCurrent().isPresent());

    CgroupInfo io = platform.cgroup(self, EnumSet.of(CgroupPart.IO));
    assertEquals(devices(whole.io()), devices(io.io()));

    CgroupInfo pressure = platform.cgroup(self, EnumSet.of(CgroupPart.PRESSURE));
    assertEquals(whole.pressure().isPresent(), pressure.pressure().isPresent());
    assertTrue(pressure.io().isEmpty() && !pressure.memory().isPresent());
  }

  private static List<Object> cpuLimits(CgroupCpu c) {
    return List.of(
        c.limit(), c.quotaUsec(), c.periodUsec(), c.weight(), c.shares(), c.cpusetCpus());
  }

  private static List<Object> memoryLimits(CgroupMemory m) {
    return List.of(m.max(), m.high(), m.swapMax());
  }

  private static List<Optional<String>> devices(List<CgroupIo> io) {
    return io.stream().map(CgroupIo::device).collect(Collectors.toList());
  }

  /** The part as asDict() shows it, so the values compare field by field. */
  private static Object partOf(CgroupInfo info, CgroupPart part) {
    switch (part) {
      case CPU:
        return info.cpu().map(CgroupCpu::asDict);
      case MEMORY:
        return info.memory().map(CgroupMemory::asDict);
      case PIDS:
        return List.of(info.pidsCurrent(), info.pidsMax());
      case IO:
        return info.io().stream().map(CgroupIo::asDict).collect(Collectors.toList());
      case PRESSURE:
        return info.pressure().map(p -> p.asDict());
      default:
        throw new AssertionError(part);
    }
  }

  private static boolean isEmpty(CgroupInfo info, CgroupPart part) {
    switch (part) {
      case CPU:
        return !info.cpu().isPresent();
      case MEMORY:
        return !info.memory().isPresent();
      case PIDS:
        return !info.pidsCurrent().isPresent() && !info.pidsMax().isPresent();
      case IO:
        return info.io().isEmpty();
      case PRESSURE:
        return !info.pressure().isPresent();
      default:
        throw new AssertionError(part);
    }
  }

  /**
   * Turns every cgroup file of a part other than {@code part} into a directory of the same name, so
   * that reading it fails; returns how many there were.
   */
  private static int blockOtherParts(Path sys, CgroupPart part) throws IOException {
    List<Path> files;
    try (Stream<Path> all = Files.walk(sys)) {
      files = all.filter(Files::isRegularFile).collect(Collectors.toList());
    }
    int blocked = 0;
    for (Path f : files) {
      CgroupPart owner = owner(f.getFileName().toString());
      if (owner != null && owner != part) {
        Files.delete(f);
        Files.createDirectory(f);
        blocked++;
      }
    }
    return blocked;
  }

  /** The part a cgroup file belongs to, or null for the group's own files (cgroup.*). */
  private static CgroupPart owner(String file) {
    if (file.endsWith(".pressure")) {
      return CgroupPart.PRESSURE;
    }
    if (file.startsWith("cpu.") || file.startsWith("cpuacct.") || file.startsWith("cpuset.")) {
      return CgroupPart.CPU;
    }
    if (file.startsWith("memory.")) {
      return CgroupPart.MEMORY;
    }
    if (file.startsWith("pids.")) {
      return CgroupPart.PIDS;
    }
    if (file.startsWith("io.") || file.startsWith("blkio.")) {
      return CgroupPart.IO;
    }
    return null;
  }
}
