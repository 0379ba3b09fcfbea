package io.psutil4j.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.CpuTimes;
import io.psutil4j.Psutil;
import io.psutil4j.SwapMemory;
import io.psutil4j.VirtualMemory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** System-wide values against what this machine's kernel and tools say right now. */
class LiveSystemTest {
  @Test
  void virtualMemoryTotalIsMemTotalTimes1024() throws IOException {
    assertEquals(Kernel.meminfoKib("MemTotal") * 1024, Psutil.virtualMemory().total());
  }

  @Test
  void virtualMemoryAgreesWithFreeWithinTenMegabytes() throws Exception {
    // free -b: "Mem: total used free shared buff/cache available". Memory moves between the two
    // reads (other processes run), so a reading counts when free agrees with itself around ours.
    long tolerance = 10L * 1024 * 1024;
    for (int attempt = 0; attempt < 10; attempt++) {
      long[] before = freeMem();
      VirtualMemory vm = Psutil.virtualMemory();
      long[] after = freeMem();
      assertEquals(before[0], vm.total());
      if (Math.abs(before[1] - after[1]) > tolerance
          || Math.abs(before[3] - after[3]) > tolerance) {
        continue; // the machine moved too much during this attempt
      }
      assertEquals(before[1], vm.free(), tolerance);
      assertEquals(before[2], vm.shared(), tolerance);
      assertEquals(before[3], vm.available(), tolerance);
      assertEquals(vm.total() - vm.available(), vm.used());
      assertTrue(vm.percent() >= 0 && vm.percent() <= 100, () -> "percent " + vm.percent());
      return;
    }
    throw new AssertionError("memory never held still within 10 MiB around a reading");
  }

  /** total, free, shared and available from {@code free -b}. */
  private static long[] freeMem() throws Exception {
    String[] cols =
        Kernel.run("free", "-b").stream()
            .filter(l -> l.startsWith("Mem:"))
            .findFirst()
            .orElseThrow()
            .trim()
            .split("\\s+");
    return new long[] {
      Long.parseLong(cols[1]),
      Long.parseLong(cols[3]),
      Long.parseLong(cols[4]),
      Long.parseLong(cols[6])
    };
  }

  @Test
  void swapMemoryAgreesWithFreeAndVmstat() throws Exception {
    String[] cols =
        Kernel.run("free", "-b").stream()
            .filter(l -> l.startsWith("Swap:"))
            .findFirst()
            .orElseThrow()
            .trim()
            .split("\\s+");
    SwapMemory swap = Psutil.swapMemory();
    assertEquals(Long.parseLong(cols[1]), swap.total());
    assertEquals(Long.parseLong(cols[3]), swap.free(), 10L * 1024 * 1024);
    assertEquals(Kernel.vmstat("pswpin") * 4096, swap.sin(), 64L * 4096);
    assertEquals(Kernel.vmstat("pswpout") * 4096, swap.sout(), 64L * 4096);
  }

  @Test
  void cpuCountIsTheNumberOfCpuLinesInProcStat() throws IOException {
    long lines =
        Files.readAllLines(Paths.get("/proc/stat"), StandardCharsets.US_ASCII).stream()
            .filter(l -> l.matches("cpu[0-9]+ .*"))
            .count();
    assertEquals(lines, Psutil.cpuCount().getAsInt());
    assertEquals(lines, Psutil.cpuTimesPercpu().size());
    assertEquals(Runtime.getRuntime().availableProcessors() <= lines, true);
    int physical = Psutil.cpuCount(false).getAsInt();
    assertTrue(physical >= 1 && physical <= lines, () -> "physical " + physical);
  }

  @Test
  void cpuTimesAreProcStatTicksOverClockTicksInPsutilOrder() throws Exception {
    long hz = Long.parseLong(Kernel.run("getconf", "CLK_TCK").get(0).trim());
    String[] before = Kernel.procStatCpuLine();
    CpuTimes t = Psutil.cpuTimes();
    String[] after = Kernel.procStatCpuLine();
    // raw order: user nice system idle iowait irq softirq steal guest guest_nice
    double[] ours = {
      t.user(),
      t.nice(),
      t.system(),
      t.idle(),
      t.iowait(),
      t.irq(),
      t.softirq(),
      t.steal(),
      t.guest(),
      t.guestNice()
    };
    for (int i = 0; i < ours.length; i++) {
      double lo = Long.parseLong(before[i + 1]) / (double) hz;
      double hi = Long.parseLong(after[i + 1]) / (double) hz;
      int field = i;
      assertTrue(
          ours[i] >= lo - 1e-9 && ours[i] <= hi + 1e-9,
          () -> "field " + field + ": " + ours[field] + " not within [" + lo + ", " + hi + "]");
    }
  }

  @Test
  void bootTimeIsBtimeAndLoadAverageIsProcLoadavg() throws IOException {
    long btime =
        Files.readAllLines(Paths.get("/proc/stat")).stream()
            .filter(l -> l.startsWith("btime "))
            .mapToLong(l -> Long.parseLong(l.substring(6).trim()))
            .findFirst()
            .orElseThrow();
    assertEquals((double) btime, Psutil.bootTime());
    double load1 =
        Double.parseDouble(
            new String(Files.readAllBytes(Paths.get("/proc/loadavg")), StandardCharsets.US_ASCII)
                .split(" ")[0]);
    assertEquals(load1, Psutil.getloadavg().load1(), 0.5);
  }
}
