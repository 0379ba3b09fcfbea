package io.psutil4j.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.psutil4j.Connection;
import io.psutil4j.ConnectionStatus;
import io.psutil4j.linux.nativeaccess.NativeError;
import io.psutil4j.linux.nativeaccess.NativeLinux;
import io.psutil4j.linux.parse.NetInet;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * net_connections through NETLINK_SOCK_DIAG gives the sockets /proc/net gives, with the same
 * owners: checked on sockets this test opens (TCP listening on IPv4 and IPv6, a connected pair, UDP
 * on both families, a UNIX listener), so other processes' churn cannot make the two differ.
 */
class ConnectionsSockDiagTest {
  private static final Path PROC = Paths.get("/proc");
  private static final int AF_INET = 2;
  private static final int AF_INET6 = 10;
  private static final int IPPROTO_TCP = 6;
  private static final int TCP_LISTEN = 10;

  @TempDir Path dir;

  private ServerSocket listen4;
  private ServerSocket listen6;
  private Socket client;
  private Socket accepted;
  private DatagramSocket udp4;
  private DatagramSocket udp6;
  private ServerSocketChannel unix;
  private final Set<Integer> ports = new HashSet<>();

  @BeforeEach
  void openSockets() throws IOException {
    InetAddress v4 = InetAddress.getByName("127.0.0.1");
    listen4 = new ServerSocket(0, 5, v4);
    client = new Socket(v4, listen4.getLocalPort());
    accepted = listen4.accept();
    udp4 = new DatagramSocket(new InetSocketAddress(v4, 0));
    ports.addAll(List.of(listen4.getLocalPort(), client.getLocalPort(), udp4.getLocalPort()));
    if (hasIpv6Loopback()) {
      InetAddress v6 = InetAddress.getByName("::1");
      listen6 = new ServerSocket(0, 5, v6);
      udp6 = new DatagramSocket(new InetSocketAddress(v6, 0));
      udp6.connect(v6, listen6.getLocalPort());
      ports.addAll(List.of(listen6.getLocalPort(), udp6.getLocalPort()));
    }
    unix = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    unix.bind(UnixDomainSocketAddress.of(dir.resolve("s")));
  }

  @AfterEach
  void closeSockets() throws IOException {
    for (AutoCloseable c : new AutoCloseable[] {accepted, client, listen4, listen6, udp4, udp6}) {
      try {
        if (c != null) {
          c.close();
        }
      } catch (Exception e) {
        throw new IOException(e);
      }
    }
    unix.close();
  }

  @Test
  void theDumpHasOurListenerWithTheInodeProcGives() throws IOException {
    assumeTrue(NativeLinux.available(), "libc not bound through JNA here");
    // the JDK opens an IPv6 socket where it can: 127.0.0.1 is then ::ffff:127.0.0.1 in tcp6
    boolean v6 = hasIpv6Loopback();
    NetInet.Socket fromDiag = find(NativeLinux.inetSockets(v6 ? AF_INET6 : AF_INET, IPPROTO_TCP));
    byte[] tcp = Files.readAllBytes(PROC.resolve(v6 ? "net/tcp6" : "net/tcp"));
    NetInet.Socket fromProc = find(NetInet.parse("tcp", tcp, tcp.length));
    assertEquals(TCP_LISTEN, fromDiag.state);
    assertEquals(v6 ? "::ffff:127.0.0.1" : "127.0.0.1", fromDiag.localIp);
    assertEquals(fromProc.inode, fromDiag.inode);
    assertTrue(fromDiag.inode > 0);
  }

  @Test
  void sockDiagAndProcNetAgreeOnOurSocketsAndTheirOwners() {
    assumeTrue(NativeLinux.available(), "libc not bound through JNA here");
    for (String kind : List.of("all", "inet", "tcp4", "tcp6", "udp", "inet6")) {
      Set<Connection> fromProc = ours(reader(false).connections(kind));
      Set<Connection> fromDiag = ours(reader(true).connections(kind));
      assertEquals(fromProc, fromDiag, kind);
    }
    Set<Connection> all = ours(reader(true).connections("inet"));
    assertEquals(hasIpv6Loopback() ? 6 : 4, all.size(), all::toString);
    long pid = ProcessHandle.current().pid();
    assertTrue(all.stream().allMatch(c -> c.pid().orElse(-1) == pid && c.fd() >= 0), all::toString);
    assertTrue(
        all.stream().anyMatch(c -> c.status() == ConnectionStatus.CONN_ESTABLISHED), all::toString);
  }

  @Test
  void oneProcessesSocketsAgreeBothWays() throws IOException {
    assumeTrue(NativeLinux.available(), "libc not bound through JNA here");
    int self = (int) ProcessHandle.current().pid();
    FdLinks links = FdLinks.read(PROC.resolve(Integer.toString(self)).resolve("fd"));
    Set<Connection> fromProc = ours(reader(false).connectionsOf(self, links, "inet"));
    Set<Connection> fromDiag = ours(reader(true).connectionsOf(self, links, "inet"));
    assertEquals(fromProc, fromDiag);
    assertFalse(fromDiag.isEmpty());
  }

  @Test
  void aProtocolWithoutDiagIsTheKernelsErrorSoTheCallerFallsBack() {
    assumeTrue(NativeLinux.available(), "libc not bound through JNA here");
    // IPPROTO_RAW (255): no inet_diag handler registers for it
    NativeError e = assertThrows(NativeError.class, () -> NativeLinux.inetSockets(AF_INET, 255));
    assertTrue(e.errno() > 0, e.getMessage());
  }

  private static ConnectionsReader reader(boolean sockDiag) {
    return new ConnectionsReader(PROC, new PidTable(PROC), sockDiag);
  }

  private NetInet.Socket find(List<NetInet.Socket> sockets) {
    return sockets.stream()
        .filter(s -> s.localPort == listen4.getLocalPort() && s.state == TCP_LISTEN)
        .findFirst()
        .orElseThrow(() -> new AssertionError("port " + listen4.getLocalPort() + " not dumped"));
  }

  /** The connections on our ports (a local or a remote one): what no other process changes. */
  private Set<Connection> ours(List<Connection> connections) {
    return connections.stream()
        .filter(
            c ->
                c.laddr().map(a -> ports.contains(a.port())).orElse(false)
                    || c.raddr().map(a -> ports.contains(a.port())).orElse(false))
        .collect(Collectors.toSet());
  }

  private static boolean hasIpv6Loopback() {
    try {
      return InetAddress.getByName("::1") instanceof Inet6Address
          && Files.exists(PROC.resolve("net/if_inet6"));
    } catch (IOException e) {
      return false;
    }
  }
}
