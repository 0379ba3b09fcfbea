package io.psutil4j.linux.nativeaccess;

import io.psutil4j.linux.parse.InetText;
import io.psutil4j.linux.parse.NetInet;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The messages of the kernel's socket dump through NETLINK_SOCK_DIAG (linux/inet_diag.h): one
 * request per family and protocol, answered with one inet_diag_msg per socket, what
 * /proc/net/{tcp,udp}[6] prints as text, in every state (TIME_WAIT and the SYN_RECV request sockets
 * included, as there). No JNA here: both bindings write and read them alike.
 */
final class SockDiagMessages {
  static final int AF_NETLINK = 16;
  static final int SOCK_RAW = 3;
  static final int SOCK_CLOEXEC = 02000000;
  static final int NETLINK_SOCK_DIAG = 4;

  private static final short SOCK_DIAG_BY_FAMILY = 20;
  private static final short NLM_F_REQUEST_DUMP = 0x1 | 0x300;
  private static final int NLMSG_ERROR = 2;
  private static final int NLMSG_DONE = 3;

  /** struct nlmsghdr: u32 len, u16 type, u16 flags, u32 seq, u32 pid. */
  private static final int NLMSG_HDR = 16;

  /** struct inet_diag_req_v2: family, protocol, ext, pad, u32 states, inet_diag_sockid (48). */
  static final int REQUEST = NLMSG_HDR + 56;

  private static final int ALL_STATES = 0xFFFFFFFF;

  /** struct inet_diag_msg offsets: ports and addresses in network order, the inode host order. */
  private static final int STATE = 1;

  private static final int SPORT = 4;
  private static final int DPORT = 6;
  private static final int SRC = 8;
  private static final int DST = 24;
  private static final int INODE = 68;
  private static final int MSG_SIZE = 72;

  private static final int AF_INET = 2;

  /** The kernel fills up to this much per recv; large enough for hundreds of sockets a read. */
  static final int BUFFER = 64 * 1024;

  private SockDiagMessages() {}

  /** Writes the dump request for {@code family} and {@code protocol} into {@code request}. */
  static void fill(ByteBuffer request, int family, int protocol) {
    for (int i = 0; i < REQUEST; i++) {
      request.put(i, (byte) 0);
    }
    request.putInt(0, REQUEST);
    request.putShort(4, SOCK_DIAG_BY_FAMILY);
    request.putShort(6, NLM_F_REQUEST_DUMP);
    request.put(NLMSG_HDR, (byte) family);
    request.put(NLMSG_HDR + 1, (byte) protocol);
    request.putInt(NLMSG_HDR + 4, ALL_STATES);
  }

  /** Adds the sockets of one datagram of replies; false once the dump is done. */
  static boolean messages(ByteBuffer b, int got, int family, List<NetInet.Socket> out) {
    for (int at = 0; at + NLMSG_HDR <= got; ) {
      int len = b.getInt(at);
      int type = b.getShort(at + 4);
      if (type == NLMSG_DONE) {
        // a dump that could not start (no handler for the protocol: ENOENT) ends in a DONE that
        // carries the negative errno, not in an NLMSG_ERROR
        int error = len >= NLMSG_HDR + 4 ? b.getInt(at + NLMSG_HDR) : 0;
        if (error < 0) {
          throw new NativeError("sock_diag", -error);
        }
        return false;
      }
      if (type == NLMSG_ERROR) {
        throw new NativeError("sock_diag", -b.getInt(at + NLMSG_HDR));
      }
      if (len < NLMSG_HDR + MSG_SIZE) {
        throw new NativeError("sock_diag (a reply of " + len + " bytes)", NativeError.EINVAL);
      }
      out.add(socket(b, at + NLMSG_HDR, family));
      at += (len + 3) & ~3;
    }
    return true;
  }

  private static NetInet.Socket socket(ByteBuffer b, int msg, int family) {
    return new NetInet.Socket(
        ip(b, msg + SRC, family),
        port(b, msg + SPORT),
        ip(b, msg + DST, family),
        port(b, msg + DPORT),
        b.get(msg + STATE) & 0xFF,
        b.getInt(msg + INODE) & 0xFFFFFFFFL);
  }

  private static int port(ByteBuffer b, int at) {
    return (b.get(at) & 0xFF) << 8 | (b.get(at + 1) & 0xFF);
  }

  private static String ip(ByteBuffer b, int at, int family) {
    byte[] ip = new byte[family == AF_INET ? 4 : 16];
    for (int i = 0; i < ip.length; i++) {
      ip[i] = b.get(at + i);
    }
    return family == AF_INET ? InetText.ipv4(ip, 0) : InetText.ipv6(ip);
  }
}
