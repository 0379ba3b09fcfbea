package io.psutil4j.linux;

import io.psutil4j.AddressFamily;
import io.psutil4j.NicAddress;
import io.psutil4j.linux.nativeaccess.NativeError;
import io.psutil4j.linux.nativeaccess.NativeLinux;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * psutil's {@code net_if_addrs()}. Where native calls are allowed quietly and the roots are this
 * machine's, getifaddrs(3) walked as psutil's C code walks it, then psutil's Python half: MACs
 * padded to 6 octets, a /32 without broadcast, each NIC's addresses sorted by family (AF_INET,
 * AF_INET6, AF_LINK), NICs in the order getifaddrs first names them. Otherwise, or when getifaddrs
 * fails, {@link NicAddressFiles} reads sysfs and asks the JDK.
 */
final class NicAddressReader {
  private static final String ALL_ONES = "255.255.255.255";

  private final Path sysRoot;
  private final boolean getifaddrs;

  /**
   * @param getifaddrs whether to ask getifaddrs(3): only for this machine's own /sys, and only
   *     where native access is quiet
   */
  NicAddressReader(Path sysRoot, boolean getifaddrs) {
    this.sysRoot = sysRoot;
    this.getifaddrs = getifaddrs;
  }

  Map<String, List<NicAddress>> read() {
    if (getifaddrs) {
      try {
        return asPsutilGivesThem(NativeLinux.nicAddresses());
      } catch (UnsupportedOperationException | NativeError e) {
        // sysfs and the JDK below
      }
    }
    return new NicAddressFiles(sysRoot).read();
  }

  /** psutil's Python half over the C walk's entries. */
  private static Map<String, List<NicAddress>> asPsutilGivesThem(
      Map<String, List<NicAddress>> raw) {
    Map<String, List<NicAddress>> out = new LinkedHashMap<>();
    raw.forEach(
        (nic, entries) -> {
          List<NicAddress> addrs = new ArrayList<>(entries.size() + 1);
          for (NicAddress a : entries) {
            addrs.add(asPsutilGivesIt(a));
          }
          out.put(nic, sortedByFamily(addrs));
        });
    return Collections.unmodifiableMap(out);
  }

  private static NicAddress asPsutilGivesIt(NicAddress a) {
    if (a.family() == AddressFamily.AF_LINK) {
      // psutil pads the address only; the hardware broadcast stays as the kernel gives it
      return NicAddress.of(
          AddressFamily.AF_LINK,
          padMac(a.address().orElse("")),
          a.netmask().orElse(null),
          a.broadcast().orElse(null),
          a.ptp().orElse(null));
    }
    if (a.family() == AddressFamily.AF_INET
        && a.broadcast().isPresent()
        && ALL_ONES.equals(a.netmask().orElse(null))) {
      // psutil HEAD #2964: a /32 has no broadcast
      return NicAddress.of(
          AddressFamily.AF_INET, a.address().orElse(null), ALL_ONES, null, a.ptp().orElse(null));
    }
    return a;
  }

  /** A NIC's addresses sorted by family (a stable sort, as psutil's); AF_UNSPEC when none. */
  static List<NicAddress> sortedByFamily(List<NicAddress> addrs) {
    if (addrs.isEmpty()) {
      addrs.add(NicAddress.of(AddressFamily.AF_UNSPEC, null, null, null, null));
    }
    addrs.sort(Comparator.comparingInt(a -> a.family().value()));
    return Collections.unmodifiableList(addrs);
  }

  static String padMac(String mac) {
    String lower = mac.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower);
    int octets = lower.isEmpty() ? 0 : lower.split(":", -1).length;
    for (int i = octets; i < 6; i++) {
      out.append(out.length() == 0 ? "00" : ":00");
    }
    return out.toString();
  }
}
