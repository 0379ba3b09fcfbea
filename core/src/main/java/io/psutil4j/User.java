package io.psutil4j;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * psutil's {@code suser}: one logged-in session, a USER_PROCESS record of /var/run/utmp. {@code
 * host} is never null on Linux: an empty host, {@code :0} or {@code :0.0} becomes {@code
 * localhost}, as psutil does.
 */
public final class User extends Tuple {
  private final String name;
  private final @Nullable String terminal;
  private final String host;
  private final double started;
  private final int pid;

  private User(String name, @Nullable String terminal, String host, double started, int pid) {
    super("suser");
    this.name = Objects.requireNonNull(name, "name");
    this.terminal = terminal;
    this.host = Objects.requireNonNull(host, "host");
    this.started = Fields.requireNonNegative("started", started);
    this.pid = (int) Fields.requireNonNegative("pid", pid);
  }

  /** {@code terminal} may be null (an empty ut_line). */
  public static User of(
      String name, @Nullable String terminal, String host, double started, int pid) {
    return new User(name, terminal, host, started, pid);
  }

  /** The login name (ut_user). */
  public String name() {
    return name;
  }

  /** The tty or pseudo-tty (ut_line), absent when the record has none. */
  public Optional<String> terminal() {
    return Optional.ofNullable(terminal);
  }

  /** The remote host name or address (ut_host), {@code localhost} for a local session. */
  public String host() {
    return host;
  }

  /** Login time, whole seconds since the epoch (ut_tv.tv_sec). */
  public double started() {
    return started;
  }

  /** The session leader's pid (ut_pid). */
  public int pid() {
    return pid;
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered(
        "name", name, "terminal", terminal, "host", host, "started", started, "pid", pid);
  }
}
