package io.psutil4j.linux.nativeaccess;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import org.jspecify.annotations.Nullable;

/**
 * The socket calls of the network readings: an AF_INET datagram socket for the SIOCGIF* and
 * SIOCETHTOOL ioctls, a NETLINK_SOCK_DIAG socket for the socket dump. Buffers are direct, so JNA
 * passes their address without copying.
 */
interface NetLibC extends Library {
  int socket(int domain, int type, int protocol) throws LastErrorException;

  /** {@code struct ifreq *}: native memory, as SIOCETHTOOL's ifreq holds a pointer. */
  int ioctl(int fd, NativeLong request, Pointer ifreq) throws LastErrorException;

  NativeLong send(int fd, ByteBuffer message, NativeLong length, int flags)
      throws LastErrorException;

  NativeLong recv(int fd, ByteBuffer buffer, NativeLong length, int flags)
      throws LastErrorException;

  int close(int fd) throws LastErrorException;

  /** Bound on first use, like libc in {@link LibcCalls}; null with the reason when it cannot be. */
  final class Holder {
    static final @Nullable NetLibC NET;
    static final @Nullable String WHY_NOT;

    static {
      NetLibC lib = null;
      String why = null;
      try {
        // libc's own binding first: JNA's search path is then settled, under that class's init
        // lock, so two first loads cannot race on the property loadWithoutLdconfig sets
        if (LibcCalls.available()) {
          lib = LibcCalls.loadWithoutLdconfig(NetLibC.class);
        } else {
          why = "JNA cannot load libc";
        }
      } catch (LinkageError | RuntimeException e) {
        why = "JNA cannot load libc: " + e;
      }
      NET = lib;
      WHY_NOT = why;
    }

    private Holder() {}

    static NetLibC net() {
      if (NET == null) {
        throw new UnsupportedOperationException(WHY_NOT);
      }
      return NET;
    }
  }
}
