package io.psutil4j.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.psutil4j.AddressFamily;
import io.psutil4j.NicAddress;
import io.psutil4j.linux.nativeaccess.NativeLinux;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** net_if_addrs through getifaddrs gives what sysfs and the JDK give, on this machine's NICs. */
class NicAddrsGetifaddrsTest {
  private static final Path SYS = Paths.get("/sys");

  @Test
  void getifaddrsWalkedAsPsutilsCodeForLoopback() {
    assumeTrue(NativeLinux.available(), "libc not bound through JNA here");
    List<NicAddress> lo = NativeLinux.nicAddresses().get("lo");
    assertTrue(
        lo.contains(NicAddress.of(AddressFamily.AF_INET, "127.0.0.1", "255.0.0.0", null, null)),
        lo.toString());
    assertTrue(
        lo.contains(NicAddress.of(AddressFamily.AF_LINK, "00:00:00:00:00:00", null, null, null)),
        "loopback's all-zero hardware address, neither broadcast nor point-to-point: " + lo);
  }

  @Test
  void getifaddrsAndTheFallbackAgreeOnEveryNic() {
    assumeTrue(NativeLinux.available(), "libc not bound through JNA here");
    Map<String, List<NicAddress>> fallback = new NicAddressReader(SYS, false).read();
    Map<String, List<NicAddress>> native_ = new NicAddressReader(SYS, true).read();
    assertFalse(native_.isEmpty());
    // NICs come in ifindex order against getifaddrs' first mention, and two addresses of one
    // family in the JDK's order against getifaddrs': the same addresses, family order kept
    assertEquals(unordered(fallback), unordered(native_));
  }

  private static Map<String, Set<NicAddress>> unordered(Map<String, List<NicAddress>> byNic) {
    Map<String, Set<NicAddress>> out = new HashMap<>();
    byNic.forEach(
        (nic, addrs) -> {
          Set<NicAddress> set = new HashSet<>(addrs);
          assertEquals(addrs.size(), set.size(), nic + " lists an address twice: " + addrs);
          out.put(nic, set);
        });
    return out;
  }

  @Test
  void everyNicHasItsAddressesSortedByFamily() {
    assumeTrue(NativeLinux.available(), "libc not bound through JNA here");
    new NicAddressReader(SYS, true)
        .read()
        .forEach(
            (nic, addrs) -> {
              for (int i = 1; i < addrs.size(); i++) {
                assertTrue(
                    addrs.get(i - 1).family().value() <= addrs.get(i).family().value(),
                    nic + ": " + addrs);
              }
            });
  }
}
