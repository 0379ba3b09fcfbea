package io.psutil4j.linux.nativeaccess;

import static io.psutil4j.linux.nativeaccess.SockDiagMessages.AF_NETLINK;
import static io.psutil4j.linux.nativeaccess.SockDiagMessages.BUFFER;
import static io.psutil4j.linux.nativeaccess.SockDiagMessages.NETLINK_SOCK_DIAG;
import static io.psutil4j.linux.nativeaccess.SockDiagMessages.REQUEST;
import static io.psutil4j.linux.nativeaccess.SockDiagMessages.SOCK_CLOEXEC;
import static io.psutil4j.linux.nativeaccess.SockDiagMessages.SOCK_RAW;
import static io.psutil4j.linux.nativeaccess.SockDiagMessages.fill;
import static io.psutil4j.linux.nativeaccess.SockDiagMessages.messages;

import com.sun.jna.LastErrorException;
import com.sun.jna.NativeLong;
import io.psutil4j.linux.parse.NetInet;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The kernel's socket dump through NETLINK_SOCK_DIAG and JNA: {@link SockDiagMessages} writes the
 * request and reads the replies.
 */
final class SockDiag {
  /** Per-thread direct buffers: JNA hands their address to the kernel, nothing is copied. */
  private static final ThreadLocal<ByteBuffer[]> BUFFERS =
      ThreadLocal.withInitial(
          () ->
              new ByteBuffer[] {
                ByteBuffer.allocateDirect(REQUEST).order(ByteOrder.nativeOrder()),
                ByteBuffer.allocateDirect(BUFFER).order(ByteOrder.nativeOrder())
              });

  private SockDiag() {}

  /**
   * Every socket of {@code family} (AF_INET, AF_INET6) and {@code protocol} (IPPROTO_TCP,
   * IPPROTO_UDP) in the caller's network namespace.
   *
   * @throws NativeError with the kernel's errno, e.g. ENOENT when the protocol's diag module is
   *     missing (udp_diag is a module of its own)
   */
  static List<NetInet.Socket> inet(int family, int protocol) {
    LibC net = LibcCalls.libc();
    ByteBuffer request = BUFFERS.get()[0];
    ByteBuffer reply = BUFFERS.get()[1];
    int fd =
        LibcCalls.checked(
            "socket(NETLINK_SOCK_DIAG)",
            () -> net.socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_SOCK_DIAG));
    try {
      fill(request, family, protocol);
      net.send(fd, request, new NativeLong(REQUEST), 0);
      List<NetInet.Socket> out = new ArrayList<>();
      while (true) {
        reply.clear();
        int got = net.recv(fd, reply, new NativeLong(BUFFER), 0).intValue();
        if (got <= 0 || !messages(reply, got, family, out)) {
          return Collections.unmodifiableList(out);
        }
      }
    } catch (LastErrorException e) {
      throw new NativeError("sock_diag", e.getErrorCode());
    } finally {
      net.close(fd);
    }
  }
}
