package io.psutil4j.linux;

import io.psutil4j.AddressFamily;
import io.psutil4j.Connection;
import io.psutil4j.ConnectionStatus;
import io.psutil4j.SocketType;
import io.psutil4j.linux.nativeaccess.NativeError;
import io.psutil4j.linux.nativeaccess.NativeLinux;
import io.psutil4j.linux.parse.NetInet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * psutil's {@code net_connections(kind)}: the sockets of /proc/net/{tcp,tcp6,udp,udp6,unix} (each
 * read whole in one go, as psutil's big-buffer read, #708), each matched to its owning (pid, fd) by
 * the {@code socket:[inode]} links of every /proc/PID/fd. Processes the caller may not inspect are
 * skipped silently, so their sockets come out with fd -1 and no pid, as in psutil. Sockets of other
 * network namespaces are not visible (/proc/net is the reader's namespace, psutil #1611).
 *
 * <p>Where native access is quiet, the inet sockets come from the kernel's NETLINK_SOCK_DIAG dump
 * instead of their files (the same rows, without the text); the inode to (pid, fd) map is the same
 * single pass over the fd links per call either way.
 */
final class ConnectionsReader {
  private static final int IPPROTO_TCP = 6;
  private static final int IPPROTO_UDP = 17;

  /** One /proc/net file, what its sockets are, and the sock_diag protocol that dumps them. */
  private static final class Source {
    final String file;
    final AddressFamily family;
    // null for unix, whose sockets each tell their own type
    final @Nullable SocketType type;
    final int protocol;

    Source(String file, AddressFamily family, @Nullable SocketType type, int protocol) {
      this.file = file;
      this.family = family;
      this.type = type;
      this.protocol = protocol;
    }
  }

  private static final Source TCP =
      new Source("tcp", AddressFamily.AF_INET, SocketType.SOCK_STREAM, IPPROTO_TCP);
  private static final Source TCP6 =
      new Source("tcp6", AddressFamily.AF_INET6, SocketType.SOCK_STREAM, IPPROTO_TCP);
  private static final Source UDP =
      new Source("udp", AddressFamily.AF_INET, SocketType.SOCK_DGRAM, IPPROTO_UDP);
  private static final Source UDP6 =
      new Source("udp6", AddressFamily.AF_INET6, SocketType.SOCK_DGRAM, IPPROTO_UDP);
  private static final Source UNIX = new Source("unix", AddressFamily.AF_UNIX, null, 0);

  private static final Map<String, List<Source>> KINDS = new HashMap<>();

  static {
    KINDS.put("all", List.of(TCP, TCP6, UDP, UDP6, UNIX));
    KINDS.put("tcp", List.of(TCP, TCP6));
    KINDS.put("tcp4", List.of(TCP));
    KINDS.put("tcp6", List.of(TCP6));
    KINDS.put("udp", List.of(UDP, UDP6));
    KINDS.put("udp4", List.of(UDP));
    KINDS.put("udp6", List.of(UDP6));
    KINDS.put("unix", List.of(UNIX));
    KINDS.put("inet", List.of(TCP, TCP6, UDP, UDP6));
    KINDS.put("inet4", List.of(TCP, UDP));
    KINDS.put("inet6", List.of(TCP6, UDP6));
  }

  private final Path procRoot;
  private final PidTable pidTable;
  private final boolean sockDiag;

  /**
   * @param sockDiag whether to ask the kernel's NETLINK_SOCK_DIAG for the inet sockets: only for
   *     this machine's own /proc, and only where native access is quiet
   */
  ConnectionsReader(Path procRoot, PidTable pidTable, boolean sockDiag) {
    this.procRoot = procRoot;
    this.pidTable = pidTable;
    this.sockDiag = sockDiag;
  }

  List<Connection> connections(String kind) {
    return collect(sources(kind), inodeOwners(), false);
  }

  /** Every socket of {@code kind} as the kernel lists it, no owner looked up (pid null). */
  List<Connection> socketsOnly(String kind) {
    return collect(sources(kind), Collections.emptyMap(), false);
  }

  /**
   * psutil's {@code Process.net_connections(kind)}: the sockets among the process's fds, without a
   * pid field.
   */
  List<Connection> connectionsOf(int pid, FdLinks links, String kind) {
    List<Source> sources = sources(kind);
    Map<Long, List<int[]>> owners = new HashMap<>();
    addSocketOwners(pid, links, owners);
    if (owners.isEmpty()) {
      return Collections.emptyList(); // no socket fds: psutil returns early
    }
    return collect(sources, owners, true);
  }

  private static List<Source> sources(String kind) {
    List<Source> sources = KINDS.get(kind);
    if (sources == null) {
      throw new IllegalArgumentException("invalid kind argument '" + kind + "'");
    }
    return sources;
  }

  private List<Connection> collect(
      List<Source> sources, Map<Long, List<int[]>> owners, boolean ownedOnly) {
    Set<Connection> out = new LinkedHashSet<>();
    for (Source s : sources) {
      Path file = procRoot.resolve("net").resolve(s.file);
      try {
        if (s == UNIX) {
          for (NetUnix.Socket u : KernelFiles.read(file, NetUnix::parse)) {
            SocketType type = SocketType.of(u.type);
            List<int[]> o = owners.get(u.inode);
            if (o == null && ownedOnly) {
              continue;
            }
            if (o == null) {
              out.add(Connection.unix(-1, type, u.path, null));
            } else {
              for (int[] pidFd : o) {
                out.add(Connection.unix(pidFd[1], type, u.path, pidFd[0]));
              }
            }
          }
        } else {
          SocketType type = Objects.requireNonNull(s.type, "an inet source's socket type");
          for (NetInet.Socket i : inetSockets(s, file)) {
            List<int[]> o = owners.get(i.inode);
            if (o == null && ownedOnly) {
              continue;
            }
            int[] pidFd =
                o == null ? null : o.get(0); // psutil keeps the first owner of inet sockets
            out.add(
                Connection.inet(
                    pidFd == null ? -1 : pidFd[1],
                    s.family,
                    type,
                    i.localPort == 0 ? null : Connection.Addr.of(i.localIp, i.localPort),
                    i.remotePort == 0 ? null : Connection.Addr.of(i.remoteIp, i.remotePort),
                    type == SocketType.SOCK_STREAM
                        ? ConnectionStatus.ofTcpState(i.state)
                        : ConnectionStatus.CONN_NONE,
                    pidFd == null ? null : pidFd[0]));
          }
        }
      } catch (NoSuchFileException e) {
        if (!s.file.endsWith("6")) {
          throw new UncheckedIOException(e);
        }
        // no IPv6 in this kernel
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    List<Connection> list = new ArrayList<>(out.size());
    for (Connection c : out) {
      list.add(ownedOnly ? c.withoutPid() : c);
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * The kernel's sock_diag dump of {@code s}, or its /proc/net file where that cannot be asked: per
   * source, as a kernel may lack one protocol's diag module (udp_diag) and not another's.
   */
  private List<NetInet.Socket> inetSockets(Source s, Path file) throws IOException {
    if (sockDiag) {
      try {
        return NativeLinux.inetSockets(s.family.value(), s.protocol);
      } catch (UnsupportedOperationException | NativeError e) {
        // the file below
      }
    }
    return KernelFiles.read(file, NetInet::parse);
  }

  /** inode to every (pid, fd) holding it; processes that vanish or deny access are skipped. */
  private Map<Long, List<int[]>> inodeOwners() {
    Map<Long, List<int[]>> owners = new HashMap<>();
    for (int pid : pidTable.pids()) {
      FdLinks links;
      try {
        links = FdLinks.read(procRoot.resolve(Integer.toString(pid)).resolve("fd"));
      } catch (IOException | SecurityException e) {
        continue; // gone, or not ours to read: psutil skips it silently
      }
      if (!links.denied()) {
        addSocketOwners(pid, links, owners);
      }
    }
    return owners;
  }

  /** Adds the socket inodes among {@code links} as owned by (pid, fd). */
  private static void addSocketOwners(int pid, FdLinks links, Map<Long, List<int[]>> owners) {
    for (int i = 0; i < links.count(); i++) {
      String target = links.target(i);
      if (target != null && target.startsWith("socket:[") && target.endsWith("]")) {
        try {
          long inode = Long.parseLong(target.substring(8, target.length() - 1));
          owners.computeIfAbsent(inode, k -> new ArrayList<>(1)).add(new int[] {pid, links.fd(i)});
        } catch (NumberFormatException e) {
          // not a socket link we understand
        }
      }
    }
  }
}
