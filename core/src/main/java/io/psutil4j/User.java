package io.psutil4j;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * psutil's {@code suser}: one logged-in session, a USER_PROCESS record of /var/run/utmp. {@code
 * host} is never null on Linux: an empty host, {@code :0} or {@code :0.0} becomes {@code
 * localhost}, as psutil does.
 */
public final class User extends FieldTuple<User.Field> {
  /** psutil's fields, in psutil's order. */
  enum Field implements TupleField {
    NAME(String.class),
    TERMINAL(String.class),
    HOST(String.class),
    STARTED(Double.class),
    PID(Integer.class);

    private final Class<?> type;

    Field(Class<?> type) {
      this.type = type;
    }

    @Override
    public Class<?> type() {
      return type;
    }

    @Override
    public boolean nullable() {
      return this == TERMINAL;
    }
  }

  private User(@Nullable Object... values) {
    super("suser", Field.class, values);
  }

  /** {@code terminal} may be null (an empty ut_line). */
  public static User of(
      String name, @Nullable String terminal, String host, double started, int pid) {
    return new User(name, terminal, host, started, pid);
  }

  /** The login name (ut_user). */
  public String name() {
    return string(Field.NAME);
  }

  /** The tty or pseudo-tty (ut_line), absent when the record has none. */
  public Optional<String> terminal() {
    return optional(Field.TERMINAL, String.class);
  }

  /** The remote host name or address (ut_host), {@code localhost} for a local session. */
  public String host() {
    return string(Field.HOST);
  }

  /** Login time, whole seconds since the epoch (ut_tv.tv_sec). */
  public double started() {
    return doubleValue(Field.STARTED);
  }

  /** The session leader's pid (ut_pid). */
  public int pid() {
    return intValue(Field.PID);
  }
}
