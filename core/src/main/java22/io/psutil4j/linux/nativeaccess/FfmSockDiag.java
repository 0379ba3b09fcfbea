package io.psutil4j.linux.nativeaccess;

import static io.psutil4j.linux.nativeaccess.FfmLibc.call;
import static io.psutil4j.linux.nativeaccess.FfmLibc.failure;
import static io.psutil4j.linux.nativeaccess.FfmLibc.unexpected;
import static io.psutil4j.linux.nativeaccess.FfmLibc.withErrno;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import io.psutil4j.linux.parse.NetInet;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The NETLINK_SOCK_DIAG dump through FFM, as {@link SockDiag} makes it through JNA: {@link
 * SockDiagMessages} writes the request and reads the replies, through ByteBuffer views of native
 * segments the kernel fills.
 */
final class FfmSockDiag {
  private static final MethodHandle SEND =
      withErrno("send", JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT);
  private static final MethodHandle RECV =
      withErrno("recv", JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT);

  /** A native request and reply segment per thread, freed when their thread is gone. */
  private static final ThreadLocal<MemorySegment[]> SEGMENTS =
      ThreadLocal.withInitial(
          () -> {
            Arena arena = Arena.ofAuto();
            return new MemorySegment[] {
              arena.allocate(SockDiagMessages.REQUEST), arena.allocate(SockDiagMessages.BUFFER)
            };
          });

  private FfmSockDiag() {}

  /** As {@link SockDiag#inet(int, int)}. */
  static List<NetInet.Socket> inet(int family, int protocol) {
    MemorySegment request = SEGMENTS.get()[0];
    MemorySegment reply = SEGMENTS.get()[1];
    ByteBuffer requestView = request.asByteBuffer().order(ByteOrder.nativeOrder());
    ByteBuffer replyView = reply.asByteBuffer().order(ByteOrder.nativeOrder());
    return call(
        "sock_diag",
        (arena, state) -> {
          int fd =
              FfmLibc.socket(
                  state,
                  SockDiagMessages.AF_NETLINK,
                  SockDiagMessages.SOCK_RAW | SockDiagMessages.SOCK_CLOEXEC,
                  SockDiagMessages.NETLINK_SOCK_DIAG,
                  "socket(NETLINK_SOCK_DIAG)");
      try {
        SockDiagMessages.fill(requestView, family, protocol);
        if ((long) SEND.invokeExact(state, fd, request, (long) SockDiagMessages.REQUEST, 0) < 0) {
          throw failure("sock_diag", state);
        }
        List<NetInet.Socket> out = new ArrayList<>();
        while (true) {
          long got = (long) RECV.invokeExact(state, fd, reply, (long) SockDiagMessages.BUFFER, 0);
          if (got < 0) {
            throw failure("sock_diag", state);
          }
          if (got == 0 || !SockDiagMessages.messages(replyView, (int) got, family, out)) {
            return Collections.unmodifiableList(out);
          }
        }
      } finally {
        int ignored = (int) FfmLibc.CLOSE.invokeExact(fd);
      }
        });
  }
}
