package io.psutil4j.benchmarks.nativeaccess;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The kernel's socket dump through NETLINK_SOCK_DIAG with nothing decoded: one request, the replies
 * received into one buffer until NLMSG_DONE. The floor of a socket count: the kernel walks its
 * socket hash tables either way, and no cheaper read of them exists (/proc/net/tcp walks the same
 * tables and formats text).
 */
public final class RawSockDiag {
  private static final int AF_NETLINK = 16;
  private static final int SOCK_RAW = 3;
  private static final int SOCK_CLOEXEC = 0x80000;
  private static final int NETLINK_SOCK_DIAG = 4;
  private static final short SOCK_DIAG_BY_FAMILY = 20;
  private static final short NLM_F_REQUEST_DUMP = 0x1 | 0x300;
  private static final short NLMSG_DONE = 3;
  private static final short NLMSG_ERROR = 2;

  /** nlmsghdr (16 bytes) and inet_diag_req_v2 (8 bytes and a 48-byte socket id). */
  private static final int REQUEST_BYTES = 72;

  private static final int REPLY_BYTES = 32 * 1024;

  private final ByteBuffer request =
      ByteBuffer.allocateDirect(REQUEST_BYTES).order(ByteOrder.nativeOrder());
  private final ByteBuffer reply =
      ByteBuffer.allocateDirect(REPLY_BYTES).order(ByteOrder.nativeOrder());

  static {
    Native.register(RawSockDiag.class, NativeLibrary.getInstance("c"));
  }

  private static native int socket(int domain, int type, int protocol);

  private static native long send(int fd, ByteBuffer buffer, long length, int flags);

  private static native long recv(int fd, ByteBuffer buffer, long length, int flags);

  private static native int close(int fd);

  /**
   * Dumps every socket of {@code family} (2 AF_INET, 10 AF_INET6) and {@code protocol} (6 TCP, 17
   * UDP); returns the bytes the kernel sent.
   *
   * @throws IllegalStateException with the errno when a call fails
   */
  public long dump(int family, int protocol) {
    int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
    if (fd < 0) {
      throw new IllegalStateException("socket(NETLINK_SOCK_DIAG): errno " + Native.getLastError());
    }
    try {
      request.clear();
      request.putInt(REQUEST_BYTES).putShort(SOCK_DIAG_BY_FAMILY).putShort(NLM_F_REQUEST_DUMP);
      request.putInt(0).putInt(0); // sequence, port id
      request.put((byte) family).put((byte) protocol).put((byte) 0).put((byte) 0);
      request.putInt(-1); // every TCP state
      while (request.hasRemaining()) {
        request.put((byte) 0); // the socket id: no filter
      }
      request.flip(); // JNA passes the address at the buffer's position
      if (send(fd, request, REQUEST_BYTES, 0) != REQUEST_BYTES) {
        throw new IllegalStateException("send: errno " + Native.getLastError());
      }
      long total = 0;
      while (true) {
        long got = recv(fd, reply, REPLY_BYTES, 0);
        if (got <= 0) {
          throw new IllegalStateException("recv: errno " + Native.getLastError());
        }
        total += got;
        if (endsDump(got)) {
          return total;
        }
      }
    } finally {
      close(fd);
    }
  }

  /** True when one of the messages in the first {@code length} bytes ends the dump. */
  private boolean endsDump(long length) {
    int at = 0;
    while (at + 16 <= length) {
      int messageLength = reply.getInt(at);
      short type = reply.getShort(at + 4);
      if (type == NLMSG_DONE || type == NLMSG_ERROR) {
        return true;
      }
      if (messageLength < 16) {
        return true; // malformed: stop rather than loop
      }
      at += (messageLength + 3) & ~3;
    }
    return false;
  }
}
