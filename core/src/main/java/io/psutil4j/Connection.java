package io.psutil4j;

import java.util.Collections;
import java.util.List;
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
public final class Connection extends FieldTuple {
  /** psutil's fields of {@code sconn}, in psutil's order; {@code pconn} leaves off the pid. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<Integer> FD = FIELDS.ints("fd", Unit.ID).atLeast(-1);
  public static final TupleField<AddressFamily> FAMILY =
      FIELDS.field("family", AddressFamily.class);
  public static final TupleField<SocketType> TYPE = FIELDS.field("type", SocketType.class);

  /** An {@link Addr}, psutil's empty tuple (an empty list), or a UNIX socket's path. */
  public static final TupleField<Object> LADDR = FIELDS.field("laddr", Object.class);

  public static final TupleField<Object> RADDR = FIELDS.field("raddr", Object.class);
  public static final TupleField<ConnectionStatus> STATUS =
      FIELDS.field("status", ConnectionStatus.class);
  public static final TupleField<Integer> PID = FIELDS.ints("pid", Unit.ID).orNull();

  /** psutil's {@code pconn}: a socket of one process, which carries no pid field. */
  private static final List<TupleField<?>> PCONN =
      List.copyOf(FIELDS.subList(0, FIELDS.size() - 1));

  private final boolean ofProcess;

  private Connection(boolean ofProcess, @Nullable Object... values) {
    super(ofProcess ? "pconn" : "sconn", ofProcess ? PCONN : FIELDS, values);
    this.ofProcess = ofProcess;
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
    return new Connection(false, fd, family, type, orEmpty(laddr), orEmpty(raddr), status, pid);
  }

  /** An AF_UNIX socket bound to {@code path} ({@code ""} when unbound or unknown). */
  public static Connection unix(int fd, SocketType type, String path, @Nullable Integer pid) {
    return new Connection(
        false,
        fd,
        AddressFamily.AF_UNIX,
        type,
        Objects.requireNonNull(path, "path"),
        "",
        ConnectionStatus.CONN_NONE,
        pid);
  }

  private static Object orEmpty(@Nullable Addr addr) {
    return addr == null ? Collections.emptyList() : addr;
  }

  /**
   * The same socket as {@code Process.net_connections()} gives it: psutil's {@code pconn}, without
   * the pid field.
   */
  public Connection withoutPid() {
    return new Connection(true, fd(), family(), type(), value(LADDR), value(RADDR), status());
  }

  /** The file descriptor in the owning process, or -1 when unknown (psutil's value). */
  public int fd() {
    return value(FD);
  }

  public AddressFamily family() {
    return value(FAMILY);
  }

  public SocketType type() {
    return value(TYPE);
  }

  /** Local address of an inet socket; absent when unbound (port 0) or for UNIX sockets. */
  public Optional<Addr> laddr() {
    return addr(LADDR);
  }

  /** Remote address of an inet socket; absent when unconnected or for UNIX sockets. */
  public Optional<Addr> raddr() {
    return addr(RADDR);
  }

  private Optional<Addr> addr(TupleField<Object> field) {
    Object addr = value(field);
    return addr instanceof Addr ? Optional.of((Addr) addr) : Optional.empty();
  }

  /** The path of a UNIX socket ({@code @name} for abstract ones, {@code ""} when unbound). */
  public Optional<String> path() {
    return family() == AddressFamily.AF_UNIX
        ? Optional.of((String) value(LADDR))
        : Optional.empty();
  }

  public ConnectionStatus status() {
    return value(STATUS);
  }

  /** The owning process, when visible to the caller. */
  public Optional<Integer> pid() {
    return ofProcess ? Optional.empty() : optional(PID);
  }

  /**
   * psutil's repr: {@code sconn(fd=3, family=<AddressFamily.AF_INET: 2>, ..., pid=42)}, an address
   * as {@code addr(ip='127.0.0.1', port=80)} and the empty tuple as {@code ()}.
   */
  @Override
  Map<String, Object> reprFields() {
    Map<String, Object> fields = super.reprFields();
    for (TupleField<Object> field : List.of(LADDR, RADDR)) {
      Object addr = value(field);
      if (!(addr instanceof String)) {
        fields.put(field.key(), Repr.literal(addr instanceof Addr ? addr.toString() : "()"));
      }
    }
    return fields;
  }

  /** psutil's {@code addr(ip, port)}. */
  public static final class Addr extends FieldTuple {
    /** psutil's fields, in psutil's order. */
    public static final FieldTable FIELDS = new FieldTable();

    public static final TupleField<String> IP = FIELDS.text("ip");
    public static final TupleField<Integer> PORT = FIELDS.field("port", Integer.class);

    private Addr(Object... values) {
      super("addr", FIELDS, values);
    }

    public static Addr of(String ip, int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, got " + port);
      }
      return new Addr(ip, port);
    }

    public String ip() {
      return value(IP);
    }

    public int port() {
      return value(PORT);
    }
  }
}
