package io.psutil4j.linux.cgroup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.psutil4j.CgroupInfo;
import io.psutil4j.CgroupPart;
import io.psutil4j.spi.LocatedCgroup;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.function.IntSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cgroup located once: every part read later comes from the directories found then, without
 * /proc/PID/cgroup or mountinfo being read again (in a copy where both are made directories after
 * the location, so reading either fails), and equals the whole read of the same group.
 */
class LocatedCgroupTest {
  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> partsReadFromALocatedGroupNeverReadItsLocationAgain() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path dir : CgroupFixtureTest.scenarios()) {
      tests.add(DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }
    return tests.stream();
  }

  private void check(Path fixture) throws IOException {
    Properties expected = new Properties();
    try (InputStream in = Files.newInputStream(fixture.resolve("expected.properties"))) {
      expected.load(in);
    }
    int hostCpus = Integer.parseInt(expected.getProperty("host_cpus"));
    IntSupplier cpus = () -> hostCpus;
    CgroupInfo whole =
        new Cgroups(fixture.resolve("proc"), fixture.resolve("sys")).read("self", hostCpus);

    Path copy = tmp.resolve(fixture.getFileName().toString());
    CgroupFixtureTest.copyTree(fixture, copy);
    Cgroups cgroups = new Cgroups(copy.resolve("proc"), copy.resolve("sys"));
    LocatedCgroup located = cgroups.located("self", cpus);
    for (String location : new String[] {"cgroup", "mountinfo"}) {
      Path file = copy.resolve("proc/self").resolve(location);
      Files.delete(file);
      Files.createDirectory(file); // reading it now fails
    }
    assertThrows(
        UncheckedIOException.class,
        () -> cgroups.read("self", EnumSet.allOf(CgroupPart.class), cpus),
        "locating the group again reads the blocked files");

    for (CgroupPart part : CgroupPart.values()) {
      CgroupInfo one = located.read(EnumSet.of(part));
      assertEquals(whole.version(), one.version());
      assertEquals(whole.paths(), one.paths());
    }
    assertEquals(
        whole.toString(),
        located.read(EnumSet.allOf(CgroupPart.class)).toString(),
        fixture.toString());
  }
}
