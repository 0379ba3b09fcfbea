package io.psutil4j.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.psutil4j.NicStats;
import io.psutil4j.linux.nativeaccess.NativeLinux;
import io.psutil4j.testutil.Tool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** net_if_stats through psutil's ioctls gives what sysfs gives, on this machine's NICs. */
class NicStatsIoctlTest {
  private static final Path PROC = Paths.get("/proc");
  private static final Path SYS = Paths.get("/sys");
  private static final int IFF_UP = 0x1;
  private static final int IFF_LOOPBACK = 0x8;

  @Test
  void theIoctlsAnswerForLoopback() throws IOException {
    assumeTrue(NativeLinux.available(), "libc not bound through JNA here");
    long[] lo = NativeLinux.nicStats(List.of("lo")).get(0);
    assertNotNull(lo);
    assertEquals(IFF_UP | IFF_LOOPBACK, lo[0] & (IFF_UP | IFF_LOOPBACK), "flags 0x" + lo[0]);
    String mtu = Files.readString(SYS.resolve("class/net/lo/mtu"), StandardCharsets.US_ASCII);
    assertEquals(Long.parseLong(mtu.trim()), lo[1]);
    assertEquals(-1, lo[2], "loopback has no ethtool speed (EOPNOTSUPP)");
  }

  @Test
  void ioctlsAndSysfsAgreeOnEveryNic() {
    assumeTrue(NativeLinux.available(), "libc not bound through JNA here");
    Map<String, NicStats> sysfs = new NetReader(PROC, SYS, false).ifStats();
    Map<String, NicStats> ioctls = new NetReader(PROC, SYS, true).ifStats();
    assertFalse(ioctls.isEmpty());
    assertEquals(dicts(sysfs), dicts(ioctls));
  }

  @Test
  void aNicThatIsGoneIsNullBothWays() {
    assumeTrue(NativeLinux.available(), "libc not bound through JNA here");
    assertNull(NativeLinux.nicStats(List.of("nosuchnic0")).get(0), "ENODEV");
    assertNull(new NetReader(PROC, SYS, true).ifStats("nosuchnic0"));
    assertNull(new NetReader(PROC, SYS, false).ifStats("nosuchnic0"));
  }

  @Test
  void onlyThisMachinesOwnTreesAskTheKernel() {
    LinuxPlatform fixture =
        LinuxPlatform.builder()
            .procRoot(Tool.fixture("vm-x86_64-6.18-sys").resolve("proc"))
            .sysRoot(Tool.fixture("vm-x86_64-6.18-sys").resolve("sys"))
            .constants(KernelConstants.of(100, 4096))
            .warningStream(null)
            .build();
    assertFalse(fixture.asksKernelNetwork());
    LinuxPlatform live = LinuxPlatform.builder().warningStream(null).build();
    assertEquals(NativeLinux.loadsQuietly(), live.asksKernelNetwork());
    assertFalse(
        LinuxPlatform.builder()
            .warningStream(null)
            .withoutNativeCalls()
            .build()
            .asksKernelNetwork());
    assertTrue(fixture.netIfStats().containsKey("ifb0"), "the fixture's NICs, from its sysfs");
  }

  /** NicStats compares by identity: its fields, as psutil's dict, are what must agree. */
  private static Map<String, Map<String, Object>> dicts(Map<String, NicStats> stats) {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    stats.forEach((nic, s) -> out.put(nic, s.asDict()));
    return out;
  }
}
