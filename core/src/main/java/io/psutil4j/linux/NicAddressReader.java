package io.psutil4j.linux;

import io.psutil4j.AddressFamily;
import io.psutil4j.NicAddress;
import io.psutil4j.linux.nativeaccess.NativeError;
import io.psutil4j.linux.nativeaccess.NativeLinux;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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
    AddressFamily family = a.family();
    if (family == AddressFamily.AF_LINK) {
      // psutil pads the address only; the hardware broadcast stays as the kernel gives it
      String mac = a.address().orElse("");
      String padded = padMac(mac);
      if (padded.equals(mac)) {
        return a; // six lower-case octets already, as every Ethernet NIC gives them
      }
      return NicAddress.of(
          AddressFamily.AF_LINK,
          padded,
          a.netmask().orElse(null),
          a.broadcast().orElse(null),
          a.ptp().orElse(null));
    }
    if (family == AddressFamily.AF_INET
        && a.broadcast().isPresent()
        && ALL_ONES.equals(a.netmask().orElse(null))) {
      // psutil HEAD #2964: a /32 has no broadcast
      return NicAddress.of(
          AddressFamily.AF_INET, a.address().orElse(null), ALL_ONES, null, a.ptp().orElse(null));
    }
    return a;
  }

  /**
   * A NIC's addresses sorted by family (a stable sort, as psutil's); AF_UNSPEC when none. By
   * insertion, each family asked once: a NIC has a handful of addresses, and a refresh runs
   * interpreted at first, where List.sort's comparator calls cost more than the sort.
   */
  static List<NicAddress> sortedByFamily(List<NicAddress> addrs) {
    if (addrs.isEmpty()) {
      addrs.add(NicAddress.of(AddressFamily.AF_UNSPEC, null, null, null, null));
    }
    int n = addrs.size();
    int[] families = new int[n];
    for (int i = 0; i < n; i++) {
      families[i] = addrs.get(i).family().value();
    }
    for (int i = 1; i < n; i++) {
      NicAddress moving = addrs.get(i);
      int family = families[i];
      int j = i - 1;
      for (; j >= 0 && families[j] > family; j--) {
        addrs.set(j + 1, addrs.get(j));
        families[j + 1] = families[j];
      }
      addrs.set(j + 1, moving);
      families[j + 1] = family;
    }
    return Collections.unmodifiableList(addrs);
  }

  /** psutil's MAC: lower case, padded with zero octets to six. */
  static String padMac(String mac) {
    int octets = mac.isEmpty() ? 0 : 1;
    boolean lowerAscii = true;
    for (int i = 0; i < mac.length(); i++) {
      char ch = mac.charAt(i);
      if (ch == ':') {
        octets++;
      } else if ((ch >= 'A' && ch <= 'Z') || ch > 0x7f) {
        lowerAscii = false;
      }
    }
    if (lowerAscii && octets >= 6) {
      return mac; // what the general case below gives, without its copies
    }
    String lower = mac.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower);
    octets = lower.isEmpty() ? 0 : lower.split(":", -1).length;
    for (int i = octets; i < 6; i++) {
      out.append(out.length() == 0 ? "00" : ":00");
    }
    return out.toString();
  }
}
