package io.psutil4j.linux.parse;

import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * /proc/net/{tcp,tcp6,udp,udp6}: after the header, one socket per line, {@code sl local remote st
 * ... uid timeout inode ...}. Addresses are {@code HEXIP:HEXPORT}; the IP is the kernel's 32-bit
 * words printed in host byte order (so {@code 0100007F} is 127.0.0.1 on little-endian hosts). A
 * port of 0 is no address (psutil's empty tuple). Lines with fewer than 10 columns are an error.
 */
public final class NetInet {
  /** One socket: the addresses are null when the port is 0. */
  public static final class Socket {
    public final String localIp;
    public final int localPort;
    public final String remoteIp;
    public final int remotePort;
    public final int state;
    public final long inode;

    public Socket(
        String localIp, int localPort, String remoteIp, int remotePort, int state, long inode) {
      this.localIp = localIp;
      this.localPort = localPort;
      this.remoteIp = remoteIp;
      this.remotePort = remotePort;
      this.state = state;
      this.inode = inode;
    }
  }

  private NetInet() {}

  public static List<Socket> parse(Object file, byte[] buf, int len) {
    return parse(file, buf, len, ByteOrder.nativeOrder());
  }

  /** With the byte order of the host that wrote the file (fixtures of other hosts). */
  public static List<Socket> parse(Object file, byte[] buf, int len, ByteOrder order) {
    ByteCursor c = new ByteCursor(file, buf, len);
    c.skipLine();
    List<Socket> out = new ArrayList<>();
    byte[] ip = new byte[16];
    while (!c.atEnd()) {
      c.skipSpaces();
      if (c.atEndOfLine()) {
        c.skipLine();
        continue;
      }
      c.skipToken(); // "sl:"
      c.skipSpaces();
      String localIp = ip(c, ip, order);
      int localPort = port(c);
      c.skipSpaces();
      String remoteIp = ip(c, ip, order);
      int remotePort = port(c);
      c.skipSpaces();
      int state = (int) c.nextHexRun();
      for (int i = 0; i < 5; i++) { // tx:rx, tr:when, retrnsmt, uid, timeout
        column(c);
      }
      long inode = c.nextLong();
      c.skipLine();
      out.add(new Socket(localIp, localPort, remoteIp, remotePort, state, inode));
    }
    return Collections.unmodifiableList(out);
  }

  private static void column(ByteCursor c) {
    c.skipSpaces();
    if (c.atEndOfLine()) {
      throw c.error("expected at least 10 columns");
    }
    c.skipToken();
  }

  private static String ip(ByteCursor c, byte[] ip, ByteOrder order) {
    int words = 0;
    while (words < 4) {
      long word = c.nextHex(8);
      for (int b = 0; b < 4; b++) {
        int shift = order == ByteOrder.LITTLE_ENDIAN ? 8 * b : 8 * (3 - b);
        ip[4 * words + b] = (byte) (word >>> shift);
      }
      words++;
      if (c.peekIs((byte) ':')) {
        break;
      }
    }
    if (words == 1) {
      return InetText.ipv4(ip, 0);
    }
    if (words != 4) {
      throw c.error("expected an 8 or 32 hex digit address");
    }
    return InetText.ipv6(ip);
  }

  private static int port(ByteCursor c) {
    if (!c.peekIs((byte) ':')) {
      throw c.error("expected ':' before the port");
    }
    c.skipByte();
    long port = c.nextHex(4);
    return (int) port;
  }
}
