package io.psutil4j.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cpu_count(logical=False) over a sysfs tree made here: counted from every CPU's sibling list, and
 * counted again only when the CPUs present or online change.
 */
class CpuTopologyTest {
  @TempDir Path root;

  private Path cpuDir() {
    return root.resolve("sys/devices/system/cpu");
  }

  private void cpu(int n, String siblings) throws Exception {
    Path topology = Files.createDirectories(cpuDir().resolve("cpu" + n + "/topology"));
    write(topology.resolve("core_cpus_list"), siblings);
  }

  private static void write(Path file, String text) throws Exception {
    Files.write(file, (text + "\n").getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void theSiblingListsAreReadAgainOnlyWhenTheCpusOnlineChange() throws Exception {
    // two cores of two threads each
    cpu(0, "0,2");
    cpu(1, "1,3");
    cpu(2, "0,2");
    cpu(3, "1,3");
    write(cpuDir().resolve("present"), "0-3");
    write(cpuDir().resolve("online"), "0-3");
    CpuTopology topology = new CpuTopology(root.resolve("proc"), root.resolve("sys"));
    assertEquals(OptionalInt.of(2), topology.physicalCores());

    cpu(3, "3"); // a change the kernel never makes while the same CPUs are online
    assertEquals(OptionalInt.of(2), topology.physicalCores(), "not read again");

    write(cpuDir().resolve("online"), "0-2"); // cpu3 taken offline: its lists are gone too
    Files.delete(cpuDir().resolve("cpu3/topology/core_cpus_list"));
    cpu(2, "2");
    assertEquals(OptionalInt.of(3), topology.physicalCores(), "counted again");
  }

  @Test
  void withoutPresentOrOnlineFilesItCountsEveryTime() throws Exception {
    cpu(0, "0");
    CpuTopology topology = new CpuTopology(root.resolve("proc"), root.resolve("sys"));
    assertEquals(OptionalInt.of(1), topology.physicalCores());
    cpu(1, "1");
    assertEquals(OptionalInt.of(2), topology.physicalCores());
  }
}
