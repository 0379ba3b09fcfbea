package io.psutil4j.linux.cgroup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.psutil4j.CgroupInfo;
import io.psutil4j.CgroupPart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.EnumSet;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The location a {@link Cgroups} keeps follows the host: it is reused only while /proc/self/cgroup
 * and mountinfo read the same bytes, and a group the process moves to, or a hierarchy mounted
 * elsewhere, is read from on the very next read. The tree is a copy of the v2 Docker fixture whose
 * group "/moved" has memory.max 1 GiB where the root group has 512 MiB.
 */
class CgroupLocationCacheTest {
  private static final long ROOT_MAX = 536870912L;
  private static final long MOVED_MAX = 1073741824L;
  private static final IntSupplier CPUS = () -> 4;

  @TempDir Path tmp;
  private Path cgroupFile;
  private Path mountinfo;
  private Cgroups cgroups;

  @BeforeEach
  void copyFixture() throws Exception {
    Path fixture =
        Paths.get(CgroupLocationCacheTest.class.getResource("/fixtures/cgroup-v2-docker").toURI());
    CgroupFixtureTest.copyTree(fixture, tmp);
    Path moved = Files.createDirectories(tmp.resolve("sys/fs/cgroup/moved"));
    Files.write(
        moved.resolve("memory.max"), (MOVED_MAX + "\n").getBytes(StandardCharsets.US_ASCII));
    cgroupFile = tmp.resolve("proc/self/cgroup");
    mountinfo = tmp.resolve("proc/self/mountinfo");
    cgroups = new Cgroups(tmp.resolve("proc"), tmp.resolve("sys"));
  }

  @Test
  void theSameFilesGiveTheSameLocationWithoutParsingAgain() {
    CgroupLocation first = cgroups.locate("self");
    assertSame(first, cgroups.locate("self"));
    assertEquals(ROOT_MAX, memoryMax());
  }

  @Test
  void aProcessMovedToAnotherGroupIsReadThereAtTheNextRead() throws Exception {
    CgroupLocation before = cgroups.locate("self");
    assertEquals(ROOT_MAX, memoryMax());
    write(cgroupFile, "0::/moved\n");
    CgroupLocation after = cgroups.locate("self");
    assertNotSame(before, after);
    assertEquals("/moved", after.paths().get(CgroupLocation.UNIFIED));
    assertEquals(MOVED_MAX, memoryMax());
    write(cgroupFile, "0::/\n");
    assertEquals(ROOT_MAX, memoryMax());
  }

  @Test
  void aHierarchyMountedElsewhereIsReadThereAtTheNextRead() throws Exception {
    assertEquals(ROOT_MAX, memoryMax());
    // the same group, now seen through a mount of group /moved at /sys/fs/cgroup (a namespace)
    String lines = new String(Files.readAllBytes(mountinfo), StandardCharsets.US_ASCII);
    write(mountinfo, lines.replace("0:30 / /sys/fs/cgroup ", "0:30 /moved /sys/fs/cgroup/moved "));
    write(cgroupFile, "0::/moved\n");
    CgroupLocation located = cgroups.locate("self");
    assertEquals(tmp.resolve("sys/fs/cgroup/moved"), located.unified().path());
    assertEquals(MOVED_MAX, memoryMax());
    write(mountinfo, lines);
    assertEquals(tmp.resolve("sys/fs/cgroup/moved"), cgroups.locate("self").unified().path());
    write(mountinfo, lines.replace("0:30 / /sys/fs/cgroup ", "0:30 / /sys/fs/cgroup/moved "));
    assertEquals(tmp.resolve("sys/fs/cgroup/moved/moved"), cgroups.locate("self").unified().path());
  }

  @Test
  void anotherPidIsLocatedFromItsOwnFile() throws Exception {
    Files.createDirectories(tmp.resolve("proc/77"));
    write(tmp.resolve("proc/77/cgroup"), "0::/moved\n");
    assertEquals(ROOT_MAX, memoryMax());
    CgroupInfo other = cgroups.read("77", EnumSet.of(CgroupPart.MEMORY), CPUS);
    assertEquals(MOVED_MAX, other.memory().get().max().getAsLong());
    assertEquals(ROOT_MAX, memoryMax());
  }

  private long memoryMax() {
    return cgroups
        .read("self", EnumSet.of(CgroupPart.MEMORY), CPUS)
        .memory()
        .get()
        .max()
        .getAsLong();
  }

  private static void write(Path file, String text) throws Exception {
    Files.write(file, text.getBytes(StandardCharsets.US_ASCII));
  }
}
