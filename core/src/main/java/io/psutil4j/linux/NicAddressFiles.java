package io.psutil4j.linux;

import io.psutil4j.AddressFamily;
import io.psutil4j.NicAddress;
import io.psutil4j.linux.nativeaccess.NativeError;
import io.psutil4j.linux.nativeaccess.NativeLinux;
import io.psutil4j.linux.parse.InetText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * psutil's {@code net_if_addrs()} without getifaddrs(3), for fixture roots and for JVMs where
 * native access would warn: NICs and their hardware (AF_LINK) addresses from
 * /sys/class/net/NIC/{ifindex,address,broadcast,flags}, in ifindex order, IPv4 and IPv6 addresses
 * from the JDK's {@link NetworkInterface} (which asks the kernel with the same SIOCGIF* ioctls and
 * /proc/net/if_inet6).
 *
 * <p>The JDK does not expose a point-to-point peer: for an IPv4 address on an IFF_POINTOPOINT link
 * (tun, ppp) {@code ptp} comes from getifaddrs(3), asked only when such a link has an IPv4 address
 * and native access is quiet ({@link NativeLinux#fastPathsQuiet()}: an agent's host on JDK 24+
 * without native access gets no warning, and no ptp). The AF_LINK entry's broadcast ({@code
 * ff:ff:ff:ff:ff:ff} on Ethernet) is psutil's.
 */
final class NicAddressFiles {
  private static final int IFF_BROADCAST = 0x2;
  private static final int IFF_POINTOPOINT = 0x10;

  private final Path sysRoot;

  NicAddressFiles(Path sysRoot) {
    this.sysRoot = sysRoot;
  }

  Map<String, List<NicAddress>> read() {
    Path classNet = sysRoot.resolve("class/net");
    List<Nic> nics = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(classNet)) {
      for (Path p : entries) {
        nics.add(new Nic(p, ifindex(p)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // each ifindex read once, not once per comparison
    nics.sort(Comparator.comparingLong(n -> n.ifindex));
    // one kernel enumeration for all NICs: getByName enumerates every interface on each call
    Map<String, NetworkInterface> jdk = jdkInterfaces();
    Map<String, String> peers = null; // asked once, for the first point-to-point NIC
    Map<String, List<NicAddress>> out = new LinkedHashMap<>();
    for (Nic n : nics) {
      String nic = n.dir.getFileName().toString();
      List<NicAddress> addrs = ipAddresses(nic, jdk.get(nic));
      if ((flags(n.dir) & IFF_POINTOPOINT) != 0 && hasIpv4(addrs)) {
        peers = peers != null ? peers : ipv4Peers();
        addrs = withPeers(nic, addrs, peers);
      }
      NicAddress link = link(n.dir);
      if (link != null) {
        addrs.add(link);
      }
      out.put(nic, NicAddressReader.sortedByFamily(addrs));
    }
    return Collections.unmodifiableMap(out);
  }

  /** A /sys/class/net entry with its sort key. */
  private static final class Nic {
    final Path dir;
    final long ifindex;

    Nic(Path dir, long ifindex) {
      this.dir = dir;
      this.ifindex = ifindex;
    }
  }

  /** Top-level JDK interfaces by name, as {@link NetworkInterface#getByName} would find them. */
  private static Map<String, NetworkInterface> jdkInterfaces() {
    Map<String, NetworkInterface> byName = new HashMap<>();
    Enumeration<NetworkInterface> all;
    try {
      all = NetworkInterface.getNetworkInterfaces();
    } catch (SocketException e) {
      return byName;
    }
    while (all != null && all.hasMoreElements()) {
      NetworkInterface ni = all.nextElement();
      byName.put(ni.getName(), ni);
    }
    return byName;
  }

  private static long ifindex(Path dir) {
    String t = CpuFreqReader.text(dir.resolve("ifindex"));
    try {
      return t == null ? Long.MAX_VALUE : Long.parseLong(t);
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  /** The AF_LINK entry: MAC padded to 6 octets (psutil pads short ones with 00). */
  private static @Nullable NicAddress link(Path dir) {
    String mac = CpuFreqReader.text(dir.resolve("address"));
    if (mac == null || mac.isEmpty()) {
      return null;
    }
    mac = NicAddressReader.padMac(mac);
    int flags = flags(dir);
    String hwBroadcast = CpuFreqReader.text(dir.resolve("broadcast"));
    hwBroadcast =
        hwBroadcast == null || hwBroadcast.isEmpty() ? null : NicAddressReader.padMac(hwBroadcast);
    String broadcast = (flags & IFF_BROADCAST) != 0 ? hwBroadcast : null;
    String ptp = broadcast == null && (flags & IFF_POINTOPOINT) != 0 ? hwBroadcast : null;
    return NicAddress.of(AddressFamily.AF_LINK, mac, null, broadcast, ptp);
  }

  /** The NIC's IFF_* flags (/sys/class/net/NIC/flags, hex), 0 when unreadable. */
  private static int flags(Path dir) {
    String text = CpuFreqReader.text(dir.resolve("flags"));
    if (text != null && text.startsWith("0x")) {
      try {
        return Integer.parseInt(text.substring(2), 16);
      } catch (NumberFormatException e) {
        return 0;
      }
    }
    return 0;
  }

  private static boolean hasIpv4(List<NicAddress> addrs) {
    return addrs.stream().anyMatch(a -> a.family() == AddressFamily.AF_INET);
  }

  /**
   * getifaddrs' peer of each IPv4 address, keyed {@code "nic address"}; none where native access
   * would warn or cannot be had.
   */
  private static Map<String, String> ipv4Peers() {
    if (!NativeLinux.fastPathsQuiet()) {
      return Collections.emptyMap();
    }
    Map<String, List<NicAddress>> all;
    try {
      all = NativeLinux.nicAddresses();
    } catch (UnsupportedOperationException | NativeError e) {
      return Collections.emptyMap();
    }
    Map<String, String> peers = new HashMap<>();
    all.forEach(
        (nic, addrs) -> {
          for (NicAddress a : addrs) {
            if (a.family() == AddressFamily.AF_INET && a.ptp().isPresent()) {
              peers.put(nic + " " + a.address().orElse(""), a.ptp().get());
            }
          }
        });
    return Collections.unmodifiableMap(peers);
  }

  /** psutil's ptp for each IPv4 address: broadcast and ptp are never both set. */
  private static List<NicAddress> withPeers(
      String nic, List<NicAddress> addrs, Map<String, String> peers) {
    List<NicAddress> out = new ArrayList<>(addrs.size());
    for (NicAddress a : addrs) {
      String peer =
          a.family() == AddressFamily.AF_INET
              ? peers.get(nic + " " + a.address().orElse(""))
              : null;
      out.add(
          peer == null
              ? a
              : NicAddress.of(
                  AddressFamily.AF_INET,
                  a.address().orElse(null),
                  a.netmask().orElse(null),
                  null,
                  peer));
    }
    return out;
  }

  private static List<NicAddress> ipAddresses(String nic, @Nullable NetworkInterface ni) {
    List<NicAddress> out = new ArrayList<>();
    if (ni == null) {
      return out;
    }
    for (InterfaceAddress ia : ni.getInterfaceAddresses()) {
      InetAddress a = ia.getAddress();
      int prefix = ia.getNetworkPrefixLength();
      if (a instanceof Inet4Address) {
        InetAddress b = ia.getBroadcast();
        // psutil HEAD #2964: a /32 has no broadcast
        String broadcast = b == null || prefix == 32 ? null : InetText.ipv4(b.getAddress(), 0);
        out.add(
            NicAddress.of(
                AddressFamily.AF_INET,
                InetText.ipv4(a.getAddress(), 0),
                prefix >= 0 && prefix <= 32 ? InetText.ipv4(mask(prefix, 4), 0) : null,
                broadcast,
                null));
      } else if (a instanceof Inet6Address) {
        String text = InetText.ipv6(a.getAddress());
        if (a.isLinkLocalAddress()) {
          text += "%" + nic;
        }
        out.add(
            NicAddress.of(
                AddressFamily.AF_INET6,
                text,
                prefix >= 0 && prefix <= 128 ? InetText.ipv6(mask(prefix, 16)) : null,
                null,
                null));
      }
    }
    return out;
  }

  static byte[] mask(int prefix, int bytes) {
    byte[] m = new byte[bytes];
    for (int i = 0; i < prefix; i++) {
      m[i / 8] |= (byte) (0x80 >>> (i % 8));
    }
    return m;
  }
}
