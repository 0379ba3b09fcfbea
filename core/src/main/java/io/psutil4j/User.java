package io.psutil4j;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * psutil's {@code suser}: one logged-in session, a USER_PROCESS record of /var/run/utmp. {@code
 * host} is never null on Linux: an empty host, {@code :0} or {@code :0.0} becomes {@code
 * localhost}, as psutil does.
 */
public final class User extends FieldTuple {
  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<String> NAME = FIELDS.text("name");
  public static final TupleField<String> TERMINAL = FIELDS.text("terminal").orNull();
  public static final TupleField<String> HOST = FIELDS.text("host");
  public static final TupleField<Double> STARTED = FIELDS.seconds("started");
  public static final TupleField<Integer> PID = FIELDS.ints("pid", Unit.ID);

  private User(@Nullable Object... values) {
    super("suser", FIELDS, values);
  }

  /** {@code terminal} may be null (an empty ut_line). */
  public static User of(
      String name, @Nullable String terminal, String host, double started, int pid) {
    return new User(name, terminal, host, started, pid);
  }

  /** The login name (ut_user). */
  public String name() {
    return value(NAME);
  }

  /** The tty or pseudo-tty (ut_line), absent when the record has none. */
  public Optional<String> terminal() {
    return optional(TERMINAL);
  }

  /** The remote host name or address (ut_host), {@code localhost} for a local session. */
  public String host() {
    return value(HOST);
  }

  /** Login time, whole seconds since the epoch (ut_tv.tv_sec). */
  public double started() {
    return value(STARTED);
  }

  /** The session leader's pid (ut_pid). */
  public int pid() {
    return value(PID);
  }
}
