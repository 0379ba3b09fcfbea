package io.psutil4j;

/**
 * Python's {@code os.uname()}: the kernel's name for itself and for the host, as uname(2) and
 * {@code uname -a} give them. psutil has no equivalent; node_exporter exports the same fields as
 * {@code node_uname_info}, JFR as {@code jdk.OSInformation}.
 */
public final class Uname extends FieldTuple {
  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<String> SYSNAME = FIELDS.text("sysname");
  public static final TupleField<String> NODENAME = FIELDS.text("nodename");
  public static final TupleField<String> RELEASE = FIELDS.text("release");
  public static final TupleField<String> VERSION = FIELDS.text("version");
  public static final TupleField<String> MACHINE = FIELDS.text("machine");

  private Uname(Object... values) {
    super("uname_result", FIELDS, values);
  }

  public static Uname of(
      String sysname, String nodename, String release, String version, String machine) {
    return new Uname(sysname, nodename, release, version, machine);
  }

  /** The kernel's name, {@code Linux} ({@code uname -s}). */
  public String sysname() {
    return value(SYSNAME);
  }

  /** The host name, of this UTS namespace ({@code uname -n}). */
  public String nodename() {
    return value(NODENAME);
  }

  /** The kernel release, e.g. {@code 6.1.0-18-amd64} ({@code uname -r}). */
  public String release() {
    return value(RELEASE);
  }

  /** The kernel build, e.g. {@code #1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1} ({@code uname -v}). */
  public String version() {
    return value(VERSION);
  }

  /** The hardware architecture, e.g. {@code x86_64} or {@code aarch64} ({@code uname -m}). */
  public String machine() {
    return value(MACHINE);
  }

  /** {@code uname -snrvm}: the fields in uname(1)'s order, one space apart. */
  public String line() {
    return String.join(" ", sysname(), nodename(), release(), version(), machine());
  }
}
