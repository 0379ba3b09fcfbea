package io.psutil4j.linux.nativeaccess;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import io.psutil4j.AddressFamily;
import io.psutil4j.NicAddress;
import io.psutil4j.linux.parse.InetText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JNA side of getifaddrs(3), walked as psutil's C net_if_addrs does (psutil/arch/posix/net.c):
 * one entry per address whose own address can be written, broadcast from ifa_broadaddr on an
 * IFF_BROADCAST link, else ptp from ifa_dstaddr on an IFF_POINTOPOINT one.
 */
final class Ifaddrs {
  private static final int AF_INET = 2;
  private static final int AF_INET6 = 10;
  private static final int AF_PACKET = 17;
  private static final int IFF_BROADCAST = 0x2;
  private static final int IFF_POINTOPOINT = 0x10;

  /** struct ifaddrs: next, name, flags (padded to a word), addr, netmask, broad/dstaddr, data. */
  private static final int WORDS = 7;

  private static final long FLAGS = 2L * Long.BYTES;

  /** sockaddr_in6: family, port, flowinfo, 16-byte address at 8, scope id at 24. */
  private static final int IN6_SIZE = 28;

  /** sockaddr_ll: the hardware address length at 11, the address at 12. */
  private static final int LL_HALEN = 11;

  private static final int LL_ADDR = 12;

  private Ifaddrs() {}

  /**
   * Every NIC in the order getifaddrs first names it, with psutil's raw entries in getifaddrs'
   * order: family, address, netmask, broadcast, ptp as text (MACs unpadded, link-local IPv6 with
   * its {@code %nic} scope). A NIC none of whose addresses can be written has an empty list.
   */
  static Map<String, List<NicAddress>> addresses() {
    if (Native.POINTER_SIZE != Long.BYTES) {
      throw new UnsupportedOperationException("getifaddrs is walked for 64-bit pointers only");
    }
    LibC c = LibcCalls.libc();
    PointerByReference head = new PointerByReference();
    try {
      c.getifaddrs(head);
    } catch (LastErrorException e) {
      throw new NativeError("getifaddrs", e.getErrorCode());
    }
    Map<String, List<NicAddress>> out = new LinkedHashMap<>();
    long[] words = new long[WORDS];
    try {
      for (Pointer p = head.getValue(); p != null; p = nextOrNull(words[0])) {
        p.read(0, words, 0, WORDS);
        String nic = pointer(words[1]).getString(0);
        List<NicAddress> addrs = out.computeIfAbsent(nic, k -> new ArrayList<>());
        int flags = p.getInt(FLAGS); // an unsigned int, whichever half of its word it fills
        NicAddress a = entry(nic, flags, words[3], words[4], words[5]);
        if (a != null) {
          addrs.add(a);
        }
      }
    } finally {
      c.freeifaddrs(head.getValue());
    }
    return Collections.unmodifiableMap(out);
  }

  /** One ifaddrs entry; null where its own address cannot be written (psutil skips it). */
  private static @Nullable NicAddress entry(
      String nic, int flags, long addr, long netmask, long broadOrDst) {
    if (addr == 0) {
      return null;
    }
    int family = pointer(addr).getShort(0);
    String address = text(nic, family, addr);
    if (address == null) {
      return null;
    }
    String broadcast = null;
    String ptp = null;
    if ((flags & IFF_BROADCAST) != 0) {
      broadcast = text(nic, family, broadOrDst);
    } else if ((flags & IFF_POINTOPOINT) != 0) {
      ptp = text(nic, family, broadOrDst);
    }
    return NicAddress.of(familyOf(family), address, text(nic, family, netmask), broadcast, ptp);
  }

  private static AddressFamily familyOf(int family) {
    switch (family) {
      case AF_INET:
        return AddressFamily.AF_INET;
      case AF_INET6:
        return AddressFamily.AF_INET6;
      default:
        return AddressFamily.AF_LINK;
    }
  }

  /**
   * psutil_convert_ipaddr: the sockaddr at {@code address} read as {@code family} (the entry's own,
   * as psutil does for the netmask and broadcast too); null for a null pointer, a family psutil
   * does not know or an empty hardware address.
   */
  private static @Nullable String text(String nic, int family, long address) {
    if (address == 0) {
      return null;
    }
    Pointer sa = pointer(address);
    switch (family) {
      case AF_INET:
        return InetText.ipv4(sa.getByteArray(4, 4), 0);
      case AF_INET6:
        byte[] in6 = sa.getByteArray(0, IN6_SIZE);
        byte[] ip = new byte[16];
        System.arraycopy(in6, 8, ip, 0, 16);
        int scope = in6[24] | in6[25] | in6[26] | in6[27];
        // getnameinfo(NI_NUMERICHOST) names a link-local address's scope by its interface
        return scope != 0 && linkLocal(ip) ? InetText.ipv6(ip) + "%" + nic : InetText.ipv6(ip);
      case AF_PACKET:
        int halen = sa.getByte(LL_HALEN) & 0xFF;
        return halen == 0 ? null : mac(sa.getByteArray(LL_ADDR, halen));
      default:
        return null;
    }
  }

  /** fe80::/10, and the link-local multicast ff02::/16 that getnameinfo scopes too. */
  private static boolean linkLocal(byte[] ip) {
    return (ip[0] == (byte) 0xfe && (ip[1] & 0xC0) == 0x80)
        || (ip[0] == (byte) 0xff && (ip[1] & 0x0F) == 0x02);
  }

  /** Lower-case hex octets joined by ':', as psutil's "%02x:" loop. */
  private static String mac(byte[] octets) {
    StringBuilder out = new StringBuilder(octets.length * 3);
    for (byte b : octets) {
      if (out.length() > 0) {
        out.append(':');
      }
      out.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    return out.toString();
  }

  /**
   * The pointer at a non-zero {@code address}: a NULL where the struct promises one is libc's bug.
   */
  private static Pointer pointer(long address) {
    if (address == 0) {
      throw new IllegalStateException("getifaddrs gave NULL where a pointer is due");
    }
    return new Pointer(address);
  }

  /** The next entry of the list, null at its end. */
  private static @Nullable Pointer nextOrNull(long address) {
    return address == 0 ? null : new Pointer(address);
  }
}
