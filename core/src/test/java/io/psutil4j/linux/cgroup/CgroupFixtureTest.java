package io.psutil4j.linux.cgroup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.CgroupInfo;
import io.psutil4j.NamedTuple;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every cgroup-* fixture tree (v1, v2, hybrid; Docker, Kubernetes, systemd, LXC) read through the
 * same code as the live host, checked against the values its expected.properties derives by hand
 * from the tree's files. Keys are the flattened asDict() names ({@code cpu.limit}, {@code
 * io.0.rbytes}); {@code host.*} is the host-wide /proc/pressure.
 */
class CgroupFixtureTest {
  static List<Path> scenarios() throws IOException, URISyntaxException {
    Path fixtures = Paths.get(CgroupFixtureTest.class.getResource("/fixtures").toURI());
    try (Stream<Path> dirs = Files.list(fixtures)) {
      return dirs.filter(d -> d.getFileName().toString().startsWith("cgroup-"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  @TestFactory
  Stream<DynamicTest> eachScenarioReportsWhatItsFilesSay() throws Exception {
    List<Path> scenarios = scenarios();
    assertTrue(scenarios.size() >= 5, "cgroup fixtures missing: " + scenarios);
    return scenarios.stream()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  /**
   * A container tree with no CPU count anywhere (no /proc/stat, cpuinfo nor cpu/online): the
   * platform still reports its cgroup; only the bound that count would give is missing.
   */
  @org.junit.jupiter.api.Test
  void aTreeWithoutAnyCpuCountStillReportsItsCgroup(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws Exception {
    Path fixture =
        Paths.get(CgroupFixtureTest.class.getResource("/fixtures/cgroup-v2-docker").toURI());
    copyTree(fixture, tmp);
    // the platform asks by pid: pid 77 is in the group the tree's /proc/self is in
    Files.createDirectories(tmp.resolve("proc/77"));
    Files.copy(tmp.resolve("proc/self/cgroup"), tmp.resolve("proc/77/cgroup"));
    io.psutil4j.linux.LinuxPlatform platform =
        io.psutil4j.linux.LinuxPlatform.builder()
            .procRoot(tmp.resolve("proc"))
            .sysRoot(tmp.resolve("sys"))
            .constants(io.psutil4j.linux.KernelConstants.of(100, 4096))
            .build();
    CgroupInfo info = platform.cgroup(77);
    assertEquals(536870912L, info.memory().get().max().getAsLong()); // memory.max
    assertEquals(0.5, info.cpu().get().limit().getAsDouble()); // cpu.max 50000 100000
  }

  private static void check(Path dir) throws IOException {
    Properties expected = new Properties();
    try (InputStream in = Files.newInputStream(dir.resolve("expected.properties"))) {
      expected.load(in);
    }
    assertTrue(Files.exists(dir.resolve("NOTE.md")), dir + " has no NOTE.md");
    Cgroups cgroups = new Cgroups(dir.resolve("proc"), dir.resolve("sys"));
    int hostCpus = Integer.parseInt(expected.getProperty("host_cpus"));
    CgroupInfo info = cgroups.read("self", hostCpus);
    Map<String, String> actual = new TreeMap<>();
    flatten("", info.asDict(), actual);
    flatten("host.", cgroups.hostPressure().asDict(), actual);
    int checked = 0;
    for (String key : expected.stringPropertyNames()) {
      if (key.equals("host_cpus")) {
        continue;
      }
      assertTrue(actual.containsKey(key), dir.getFileName() + ": no " + key + " in " + actual);
      assertEquals(expected.getProperty(key), actual.get(key), dir.getFileName() + ": " + key);
      checked++;
    }
    assertTrue(checked >= 15, dir + ": too few expectations");
  }

  /** Copies the tree {@code from} into {@code to}, files and directories. */
  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  static void flatten(String prefix, Object value, Map<String, String> out) {
    if (value instanceof NamedTuple) {
      value = ((NamedTuple) value).asDict();
    }
    if (value instanceof Map) {
      for (Map.Entry<String, Object> e : ((Map<String, Object>) value).entrySet()) {
        flatten(prefix + e.getKey() + ".", e.getValue(), out);
      }
    } else if (value instanceof List) {
      List<Object> list = (List<Object>) value;
      for (int i = 0; i < list.size(); i++) {
        flatten(prefix + i + ".", list.get(i), out);
      }
    } else {
      out.put(prefix.substring(0, prefix.length() - 1), String.valueOf(value));
    }
  }
}
