package io.psutil4j.linux.nativeaccess;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** The JNA side of getifaddrs(3), for what the JDK's NetworkInterface leaves out: ifa_dstaddr. */
final class Ifaddrs {
  private static final int AF_INET = 2;
  private static final int IFF_POINTOPOINT = 0x10;

  private Ifaddrs() {}

  static Map<String, String> ipv4Peers() {
    LibC c = LibcCalls.libc();
    PointerByReference head = new PointerByReference();
    try {
      c.getifaddrs(head);
    } catch (LastErrorException e) {
      throw new NativeError("getifaddrs", e.getErrorCode());
    }
    Map<String, String> peers = new HashMap<>();
    // struct ifaddrs: next, name, flags (unsigned int, padded to a pointer), addr, netmask,
    // ifu_dstaddr/ifu_broadaddr, data
    int word = Native.POINTER_SIZE;
    try {
      for (Pointer p = head.getValue(); p != null; p = p.getPointer(0)) {
        int flags = p.getInt(2L * word);
        Pointer addr = p.getPointer(3L * word);
        Pointer dst = p.getPointer(5L * word);
        if ((flags & IFF_POINTOPOINT) != 0 && isInet(addr) && isInet(dst)) {
          String nic = p.getPointer(word).getString(0);
          peers.put(nic + " " + ipv4(addr), ipv4(dst));
        }
      }
    } finally {
      c.freeifaddrs(head.getValue());
    }
    return Collections.unmodifiableMap(peers);
  }

  private static boolean isInet(Pointer sockaddr) {
    return sockaddr != null && sockaddr.getShort(0) == AF_INET;
  }

  /** sockaddr_in: family (2 bytes), port (2), then the address in network order. */
  private static String ipv4(Pointer sockaddr) {
    byte[] a = sockaddr.getByteArray(4, 4);
    return (a[0] & 0xFF) + "." + (a[1] & 0xFF) + "." + (a[2] & 0xFF) + "." + (a[3] & 0xFF);
  }
}
