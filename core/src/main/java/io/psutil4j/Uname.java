package io.psutil4j;

/**
 * Python's {@code os.uname()}: the kernel's name for itself and for the host, as uname(2) and
 * {@code uname -a} give them. psutil has no equivalent; node_exporter exports the same fields as
 * {@code node_uname_info}, JFR as {@code jdk.OSInformation}.
 */
public final class Uname extends FieldTuple<Uname.Field> {
  /** Python's fields, in uname(1)'s order; all strings. */
  enum Field implements TupleField {
    SYSNAME,
    NODENAME,
    RELEASE,
    VERSION,
    MACHINE;

    @Override
    public Class<?> type() {
      return String.class;
    }
  }

  private Uname(Object... values) {
    super("uname_result", Field.class, values);
  }

  public static Uname of(
      String sysname, String nodename, String release, String version, String machine) {
    return new Uname(sysname, nodename, release, version, machine);
  }

  /** The kernel's name, {@code Linux} ({@code uname -s}). */
  public String sysname() {
    return string(Field.SYSNAME);
  }

  /** The host name, of this UTS namespace ({@code uname -n}). */
  public String nodename() {
    return string(Field.NODENAME);
  }

  /** The kernel release, e.g. {@code 6.1.0-18-amd64} ({@code uname -r}). */
  public String release() {
    return string(Field.RELEASE);
  }

  /** The kernel build, e.g. {@code #1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1} ({@code uname -v}). */
  public String version() {
    return string(Field.VERSION);
  }

  /** The hardware architecture, e.g. {@code x86_64} or {@code aarch64} ({@code uname -m}). */
  public String machine() {
    return string(Field.MACHINE);
  }

  /** {@code uname -snrvm}: the fields in uname(1)'s order, one space apart. */
  public String line() {
    return String.join(" ", sysname(), nodename(), release(), version(), machine());
  }
}
