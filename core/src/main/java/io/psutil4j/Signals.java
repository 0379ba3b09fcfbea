package io.psutil4j;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every Linux signal number (x86 and the generic architectures, as Python's {@code signal} module
 * has them there), for {@link Process#sendSignal(int)}. SIGRTMIN is glibc's (34: the kernel's 32
 * and 33 are kept by glibc for threads).
 */
public final class Signals {
  public static final int SIGHUP = 1;
  public static final int SIGINT = 2;
  public static final int SIGQUIT = 3;
  public static final int SIGILL = 4;
  public static final int SIGTRAP = 5;
  public static final int SIGABRT = 6;
  public static final int SIGIOT = SIGABRT;
  public static final int SIGBUS = 7;
  public static final int SIGFPE = 8;
  public static final int SIGKILL = 9;
  public static final int SIGUSR1 = 10;
  public static final int SIGSEGV = 11;
  public static final int SIGUSR2 = 12;
  public static final int SIGPIPE = 13;
  public static final int SIGALRM = 14;
  public static final int SIGTERM = 15;
  public static final int SIGSTKFLT = 16;
  public static final int SIGCHLD = 17;
  public static final int SIGCONT = 18;
  public static final int SIGSTOP = 19;
  public static final int SIGTSTP = 20;
  public static final int SIGTTIN = 21;
  public static final int SIGTTOU = 22;
  public static final int SIGURG = 23;
  public static final int SIGXCPU = 24;
  public static final int SIGXFSZ = 25;
  public static final int SIGVTALRM = 26;
  public static final int SIGPROF = 27;
  public static final int SIGWINCH = 28;
  public static final int SIGIO = 29;
  public static final int SIGPOLL = SIGIO;
  public static final int SIGPWR = 30;
  public static final int SIGSYS = 31;
  public static final int SIGRTMIN = 34;
  public static final int SIGRTMAX = 64;

  /** Each number's name, aliases (IOT, POLL) left out as {@code kill -l} does. */
  private static final Map<Integer, String> NAMES = names();

  private Signals() {}

  private static Map<Integer, String> names() {
    String[] byNumber = {
      "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV", "USR2",
      "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG",
      "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS"
    };
    Map<Integer, String> names = new LinkedHashMap<>();
    for (int i = 0; i < byNumber.length; i++) {
      names.put(i + 1, "SIG" + byNumber[i]);
    }
    names.put(SIGRTMIN, "SIGRTMIN");
    names.put(SIGRTMAX, "SIGRTMAX");
    return Collections.unmodifiableMap(names);
  }

  /**
   * The number for a name such as {@code TERM} or {@code SIGTERM} (case as kill(1) prints it), the
   * aliases {@code IOT} and {@code POLL} included.
   *
   * @throws IllegalArgumentException naming an unknown signal
   */
  public static int byName(String name) {
    String n = name.startsWith("SIG") ? name : "SIG" + name;
    if (n.equals("SIGIOT")) {
      return SIGIOT;
    }
    if (n.equals("SIGPOLL")) {
      return SIGPOLL;
    }
    for (Map.Entry<Integer, String> e : NAMES.entrySet()) {
      if (e.getValue().equals(n)) {
        return e.getKey();
      }
    }
    throw new IllegalArgumentException("unknown signal '" + name + "'");
  }

  /**
   * The name of signal {@code number} ({@code SIGTERM}), as Python's {@code
   * signal.Signals(n).name}.
   *
   * @throws IllegalArgumentException for a number that is no named signal
   */
  public static String name(int number) {
    String name = NAMES.get(number);
    if (name == null) {
      throw new IllegalArgumentException("no named signal " + number);
    }
    return name;
  }
}
