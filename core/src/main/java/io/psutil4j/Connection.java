package io.psutil4j;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * psutil's {@code sconn}: one socket from /proc/net/{tcp,tcp6,udp,udp6,unix}. An inet socket has
 * {@link #laddr()}/{@link #raddr()} (absent for an unbound or unconnected end, psutil's empty
 * tuple); a UNIX socket has {@link #path()} instead. {@code fd} is -1 and {@code pid} absent when
 * the owning process could not be seen (another user's, without root), as psutil reports them.
 */
public final class Connection extends Tuple {
  private final int fd;
  private final AddressFamily family;
  private final SocketType type;
  private final @Nullable Addr laddr;
  private final @Nullable Addr raddr;
  private final @Nullable String path;
  private final ConnectionStatus status;
  private final @Nullable Integer pid;

  /** psutil's {@code pconn}: a socket of one process, which carries no pid field. */
  private final boolean ofProcess;

  private Connection(
      int fd,
      AddressFamily family,
      SocketType type,
      @Nullable Addr laddr,
      @Nullable Addr raddr,
      @Nullable String path,
      ConnectionStatus status,
      @Nullable Integer pid,
      boolean ofProcess) {
    super(ofProcess ? "pconn" : "sconn");
    this.fd = fd;
    this.family = Objects.requireNonNull(family, "family");
    this.type = Objects.requireNonNull(type, "type");
    this.laddr = laddr;
    this.raddr = raddr;
    this.path = path;
    this.status = Objects.requireNonNull(status, "status");
    this.pid = ofProcess ? null : pid;
    this.ofProcess = ofProcess;
    if (fd < -1) {
      throw new IllegalArgumentException("fd must be >= -1, got " + fd);
    }
  }

  /** An AF_INET/AF_INET6 socket; a null address is psutil's empty tuple. */
  public static Connection inet(
      int fd,
      AddressFamily family,
      SocketType type,
      @Nullable Addr laddr,
      @Nullable Addr raddr,
      ConnectionStatus status,
      @Nullable Integer pid) {
    if (family != AddressFamily.AF_INET && family != AddressFamily.AF_INET6) {
      throw new IllegalArgumentException("not an inet family: " + family);
    }
    return new Connection(fd, family, type, laddr, raddr, null, status, pid, false);
  }

  /** An AF_UNIX socket bound to {@code path} ({@code ""} when unbound or unknown). */
  public static Connection unix(int fd, SocketType type, String path, @Nullable Integer pid) {
    return new Connection(
        fd,
        AddressFamily.AF_UNIX,
        type,
        null,
        null,
        Objects.requireNonNull(path, "path"),
        ConnectionStatus.CONN_NONE,
        pid,
        false);
  }

  /**
   * The same socket as {@code Process.net_connections()} gives it: psutil's {@code pconn}, without
   * the pid field.
   */
  public Connection withoutPid() {
    return new Connection(fd, family, type, laddr, raddr, path, status, null, true);
  }

  /** The file descriptor in the owning process, or -1 when unknown (psutil's value). */
  public int fd() {
    return fd;
  }

  public AddressFamily family() {
    return family;
  }

  public SocketType type() {
    return type;
  }

  /** Local address of an inet socket; absent when unbound (port 0) or for UNIX sockets. */
  public Optional<Addr> laddr() {
    return Optional.ofNullable(laddr);
  }

  /** Remote address of an inet socket; absent when unconnected or for UNIX sockets. */
  public Optional<Addr> raddr() {
    return Optional.ofNullable(raddr);
  }

  /** The path of a UNIX socket ({@code @name} for abstract ones, {@code ""} when unbound). */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }

  public ConnectionStatus status() {
    return status;
  }

  /** The owning process, when visible to the caller. */
  public Optional<Integer> pid() {
    return Optional.ofNullable(pid);
  }

  /**
   * psutil's shape: laddr/raddr are an {@code addr} object, the empty tuple (an empty list) or, for
   * UNIX sockets, a path string; family and type are ints, status a string, as psutil's JSON.
   */
  @Override
  public Map<String, Object> asDict() {
    Object l;
    Object r;
    if (family == AddressFamily.AF_UNIX) {
      l = path;
      r = "";
    } else {
      l = laddr == null ? Collections.emptyList() : laddr.asDict();
      r = raddr == null ? Collections.emptyList() : raddr.asDict();
    }
    if (ofProcess) {
      return Fields.ordered(
          "fd",
          fd,
          "family",
          family.value(),
          "type",
          type.value(),
          "laddr",
          l,
          "raddr",
          r,
          "status",
          status.value());
    }
    return Fields.ordered(
        "fd",
        fd,
        "family",
        family.value(),
        "type",
        type.value(),
        "laddr",
        l,
        "raddr",
        r,
        "status",
        status.value(),
        "pid",
        pid);
  }

  /** psutil's repr: {@code sconn(fd=3, family=<AddressFamily.AF_INET: 2>, ..., pid=42)}. */
  @Override
  public String toString() {
    return (ofProcess ? "pconn(fd=" : "sconn(fd=")
        + fd
        + ", family=<AddressFamily."
        + family.name()
        + ": "
        + family.value()
        + ">, type=<SocketKind."
        + type.name()
        + ": "
        + type.value()
        + ">, laddr="
        + addrRepr(laddr, path)
        + ", raddr="
        + addrRepr(raddr, path == null ? null : "")
        + ", status='"
        + status.value()
        + (ofProcess ? "'" : "', pid=" + (pid == null ? "None" : pid.toString()))
        + ")";
  }

  private static String addrRepr(@Nullable Addr a, @Nullable String unixPath) {
    if (unixPath != null) {
      return "'" + unixPath + "'";
    }
    return a == null ? "()" : a.toString();
  }

  /** psutil's {@code addr(ip, port)}. */
  public static final class Addr implements NamedTuple {
    private final String ip;
    private final int port;

    private Addr(String ip, int port) {
      this.ip = Objects.requireNonNull(ip, "ip");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, got " + port);
      }
      this.port = port;
    }

    public static Addr of(String ip, int port) {
      return new Addr(ip, port);
    }

    public String ip() {
      return ip;
    }

    public int port() {
      return port;
    }

    @Override
    public Map<String, Object> asDict() {
      return Fields.ordered("ip", ip, "port", port);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Addr && ip.equals(((Addr) o).ip) && port == ((Addr) o).port;
    }

    @Override
    public int hashCode() {
      return ip.hashCode() * 31 + port;
    }

    @Override
    public String toString() {
      return "addr(ip='" + ip + "', port=" + port + ")";
    }
  }
}
