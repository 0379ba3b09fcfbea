package io.psutil4j;

import java.util.Map;
import java.util.Objects;

/**
 * Python's {@code os.uname()}: the kernel's name for itself and for the host, as uname(2) and
 * {@code uname -a} give them. psutil has no equivalent; node_exporter exports the same fields as
 * {@code node_uname_info}, JFR as {@code jdk.OSInformation}.
 */
public final class Uname extends Tuple {
  private final String sysname;
  private final String nodename;
  private final String release;
  private final String version;
  private final String machine;

  private Uname(String sysname, String nodename, String release, String version, String machine) {
    super("uname_result");
    this.sysname = Objects.requireNonNull(sysname, "sysname");
    this.nodename = Objects.requireNonNull(nodename, "nodename");
    this.release = Objects.requireNonNull(release, "release");
    this.version = Objects.requireNonNull(version, "version");
    this.machine = Objects.requireNonNull(machine, "machine");
  }

  public static Uname of(
      String sysname, String nodename, String release, String version, String machine) {
    return new Uname(sysname, nodename, release, version, machine);
  }

  /** The kernel's name, {@code Linux} ({@code uname -s}). */
  public String sysname() {
    return sysname;
  }

  /** The host name, of this UTS namespace ({@code uname -n}). */
  public String nodename() {
    return nodename;
  }

  /** The kernel release, e.g. {@code 6.1.0-18-amd64} ({@code uname -r}). */
  public String release() {
    return release;
  }

  /** The kernel build, e.g. {@code #1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1} ({@code uname -v}). */
  public String version() {
    return version;
  }

  /** The hardware architecture, e.g. {@code x86_64} or {@code aarch64} ({@code uname -m}). */
  public String machine() {
    return machine;
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered(
        "sysname", sysname,
        "nodename", nodename,
        "release", release,
        "version", version,
        "machine", machine);
  }

  /** {@code uname -snrvm}: the fields in uname(1)'s order, one space apart. */
  public String line() {
    return String.join(" ", sysname, nodename, release, version, machine);
  }
}
