package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kernel threads (kthreadd, pid 2, and its children): no command line and no executable, which
 * psutil reports as an empty list and an empty string, while name and status come from stat. Each
 * is checked against what the kernel shows for that pid; one that ends meanwhile may only raise
 * NoSuchProcess.
 */
class KernelThreadsTest {
  @Test
  void kthreaddAndItsChildrenHaveNoCmdlineAndAnEmptyExe() throws IOException {
    List<Process> kernel = new ArrayList<>();
    kernel.add(Process.of(2));
    for (Process p : Psutil.processIter()) {
      if (p.pid() != 2 && ppidOrMinusOne(p) == 2) {
        kernel.add(p);
      }
    }
    assertTrue(kernel.size() > 1, "kthreadd has children on every running kernel");
    int checked = 0;
    for (Process p : kernel) {
      Path dir = Paths.get("/proc", Integer.toString(p.pid()));
      try {
        String comm = Files.readString(dir.resolve("comm")).trim();
        assertEquals(0, Files.readAllBytes(dir.resolve("cmdline")).length, "kernel's cmdline");
        assertFalse(Files.exists(dir.resolve("exe")), "the kernel has no exe link to follow");
        assertEquals(List.of(), p.cmdline(), p.toString());
        assertEquals("", p.exe(), p.toString());
        assertEquals(comm, p.name());
        assertTrue(p.memoryInfo().rss() == 0, "a kernel thread maps no user memory: " + p);
        checked++;
      } catch (NoSuchProcess | java.nio.file.NoSuchFileException gone) {
        // ended between the listing and the read (kworkers come and go)
      }
    }
    assertTrue(checked > 1, "checked " + checked);
  }

  private static int ppidOrMinusOne(Process p) {
    try {
      return p.ppid();
    } catch (NoSuchProcess e) {
      return -1;
    }
  }
}
