package io.psutil4j.linux.nativeaccess;

import io.psutil4j.AddressFamily;
import io.psutil4j.NicAddress;
import io.psutil4j.linux.parse.InetText;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One getifaddrs(3) entry as psutil's C net_if_addrs turns it into a row (psutil/arch/posix/net.c),
 * from the bytes of its sockaddrs, whichever binding copied them: broadcast from ifa_broadaddr on
 * an IFF_BROADCAST link, else ptp from ifa_dstaddr on an IFF_POINTOPOINT one.
 */
final class IfaddrsEntry {
  static final int AF_INET = 2;
  static final int AF_INET6 = 10;
  static final int AF_PACKET = 17;
  private static final int IFF_BROADCAST = 0x2;
  private static final int IFF_POINTOPOINT = 0x10;

  /** struct ifaddrs: next, name, flags (padded to a word), addr, netmask, broad/dstaddr, data. */
  static final int WORDS = 7;

  static final long FLAGS = 2L * Long.BYTES;
  static final int NEXT = 0;
  static final int NAME = 1;
  static final int ADDR = 3;
  static final int NETMASK = 4;
  static final int BROAD_OR_DST = 5;

  /** sockaddr_in6: family, port, flowinfo, 16-byte address at 8, scope id at 24. */
  private static final int IN6_SIZE = 28;

  private static final int IN_SIZE = 16;

  /**
   * sockaddr_ll: the hardware address length at 11, the address at 12; getifaddrs allocates room
   * for 24 address bytes (glibc's and musl's sockaddr_ll_max), as InfiniBand's 20 need.
   */
  private static final int LL_HALEN = 11;

  private static final int LL_ADDR = 12;
  private static final int LL_SIZE = LL_ADDR + 24;

  private IfaddrsEntry() {}

  /** How many bytes of a sockaddr of {@code family} psutil reads; 0 for a family it skips. */
  private static int sockaddrBytes(int family) {
    switch (family) {
      case AF_INET:
        return IN_SIZE;
      case AF_INET6:
        return IN6_SIZE;
      case AF_PACKET:
        return LL_SIZE;
      default:
        return 0;
    }
  }

  /** How a binding copies libc's memory: {@code size} bytes at {@code address}, not 0. */
  interface Memory {
    byte[] bytes(long address, int size);
  }

  /**
   * Adds to {@code addrs} the row of the entry whose words are {@code words}, unless psutil skips
   * it (no address, a family it does not know, an address it cannot write).
   */
  static void addRow(List<NicAddress> addrs, String nic, int flags, long[] words, Memory memory) {
    if (words[ADDR] == 0) {
      return;
    }
    int family =
        Short.toUnsignedInt(
            ByteBuffer.wrap(memory.bytes(words[ADDR], Short.BYTES))
                .order(ByteOrder.nativeOrder())
                .getShort());
    int size = sockaddrBytes(family);
    if (size == 0) {
      return;
    }
    NicAddress row =
        of(
            nic,
            family,
            flags,
            copy(memory, words[ADDR], size),
            copy(memory, words[NETMASK], size),
            copy(memory, words[BROAD_OR_DST], size));
    if (row != null) {
      addrs.add(row);
    }
  }

  private static byte @Nullable [] copy(Memory memory, long address, int size) {
    return address == 0 ? null : memory.bytes(address, size);
  }

  /**
   * The row of one entry whose own address is {@code addr} (of {@code family}); null where that
   * address cannot be written (psutil skips it). The netmask and broadcast are read as the entry's
   * family, as psutil does; null bytes stand for a null pointer.
   */
  private static @Nullable NicAddress of(
      String nic,
      int family,
      int flags,
      byte @Nullable [] addr,
      byte @Nullable [] netmask,
      byte @Nullable [] broadOrDst) {
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
   * psutil_convert_ipaddr: the sockaddr {@code sa} read as {@code family}; null for a null pointer,
   * a family psutil does not know or an empty hardware address.
   */
  private static @Nullable String text(String nic, int family, byte @Nullable [] sa) {
    if (sa == null) {
      return null;
    }
    switch (family) {
      case AF_INET:
        return InetText.ipv4(sa, 4);
      case AF_INET6:
        byte[] ip = new byte[16];
        System.arraycopy(sa, 8, ip, 0, 16);
        int scope = sa[24] | sa[25] | sa[26] | sa[27];
        // getnameinfo(NI_NUMERICHOST) names a link-local address's scope by its interface
        return scope != 0 && linkLocal(ip) ? InetText.ipv6(ip) + "%" + nic : InetText.ipv6(ip);
      case AF_PACKET:
        int halen = Math.min(sa[LL_HALEN] & 0xFF, LL_SIZE - LL_ADDR);
        return halen == 0 ? null : mac(sa, LL_ADDR, halen);
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
  private static String mac(byte[] octets, int from, int length) {
    StringBuilder out = new StringBuilder(length * 3);
    for (int i = from; i < from + length; i++) {
      if (out.length() > 0) {
        out.append(':');
      }
      out.append(Character.forDigit((octets[i] >> 4) & 0xF, 16))
          .append(Character.forDigit(octets[i] & 0xF, 16));
    }
    return out.toString();
  }
}
