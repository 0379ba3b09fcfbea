package io.psutil4j;

/** The Linux signal numbers psutil's Process methods send (generic architectures and x86). */
public final class Signals {
  public static final int SIGHUP = 1;
  public static final int SIGINT = 2;
  public static final int SIGKILL = 9;
  public static final int SIGTERM = 15;
  public static final int SIGCONT = 18;
  public static final int SIGSTOP = 19;

  private Signals() {}

  /** The number for a name such as {@code TERM} or {@code SIGTERM}, as kill(1) accepts. */
  public static int byName(String name) {
    String n = name.startsWith("SIG") ? name.substring(3) : name;
    switch (n) {
      case "HUP":
        return SIGHUP;
      case "INT":
        return SIGINT;
      case "KILL":
        return SIGKILL;
      case "TERM":
        return SIGTERM;
      case "CONT":
        return SIGCONT;
      case "STOP":
        return SIGSTOP;
      default:
        throw new IllegalArgumentException("unknown signal '" + name + "'");
    }
  }
}
