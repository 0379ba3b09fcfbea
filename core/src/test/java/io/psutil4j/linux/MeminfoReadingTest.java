package io.psutil4j.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.SwapMemory;
import io.psutil4j.spi.MeminfoReading;
import io.psutil4j.spi.SwapTraffic;
import io.psutil4j.testutil.Tool;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * meminfo() is virtual_memory() and swap_memory()'s space from one reading of /proc/meminfo, and
 * swapTraffic() is swap_memory()'s sin and sout from /proc/vmstat alone, on captured machines.
 */
class MeminfoReadingTest {
  @TempDir Path emptySys;

  private LinuxPlatform platform(Path proc) {
    return LinuxPlatform.builder()
        .procRoot(proc)
        .sysRoot(emptySys)
        .utmpPath(proc.resolve("no-utmp"))
        .constants(KernelConstants.of(100, 4096))
        .warningStream(null)
        .build();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "arm64-ampere-5.15",
        "centos7-3.10-x86_64",
        "container-docker-cgroupv2",
        "container-lxc-available-gt-total",
        "host-x86_64-6x"
      })
  void oneReadingSaysWhatVirtualMemoryAndSwapMemorySay(String scenario) {
    LinuxPlatform p = platform(Tool.fixture(scenario).resolve("proc"));
    MeminfoReading reading = p.meminfo();
    SwapMemory swap = p.swapMemory();

    assertEquals(p.virtualMemory(), reading.virtualMemory());
    assertEquals(swap.total(), reading.swapTotal(), "total");
    assertEquals(swap.used(), reading.swapUsed(), "used");
    assertEquals(swap.free(), reading.swapFree(), "free");
    assertEquals(swap.percent(), reading.swapPercent(), "percent");
    SwapTraffic traffic = p.swapTraffic();
    assertEquals(swap.sin(), traffic.sin(), "sin");
    assertEquals(swap.sout(), traffic.sout(), "sout");
  }

  @ParameterizedTest
  @ValueSource(strings = {"arm64-ampere-5.15", "centos7-3.10-x86_64"})
  void swapTrafficReadsVmstatWithoutMeminfo(String scenario, @TempDir Path proc) throws Exception {
    Path captured = Tool.fixture(scenario).resolve("proc");
    Files.copy(captured.resolve("vmstat"), proc.resolve("vmstat"));
    SwapMemory whole = platform(captured).swapMemory();
    LinuxPlatform vmstatOnly = platform(proc);

    SwapTraffic traffic = vmstatOnly.swapTraffic();

    assertTrue(traffic.sin() > 0 && traffic.sout() > 0, "the capture swapped");
    assertEquals(whole.sin(), traffic.sin());
    assertEquals(whole.sout(), traffic.sout());
    assertThrows(UncheckedIOException.class, vmstatOnly::swapMemory, "swap_memory needs meminfo");
  }
}
