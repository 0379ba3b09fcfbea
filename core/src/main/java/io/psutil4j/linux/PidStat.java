package io.psutil4j.linux;

import io.psutil4j.linux.parse.ByteCursor;
import io.psutil4j.linux.parse.ParseException;

/**
 * /proc/PID/stat (and /proc/PID/task/TID/stat). The name is everything between the first '(' and
 * the <em>last</em> ')', since a comm may itself hold ')' and blanks; the fields after it are
 * numbered as in proc(5).
 */
final class PidStat {
  private final String name;
  private final char state;
  private final int ppid;
  private final long ttyNr;
  private final long flags;
  private final long minflt;
  private final long majflt;
  private final long utime;
  private final long stime;
  private final long cutime;
  private final long cstime;
  private final long priority;
  private final long nice;
  private final long numThreads;
  private final long starttime;
  private final int processor;
  private final long delayacctBlkioTicks;

  private PidStat(String name, char state, long[] f) {
    this.name = name;
    this.state = state;
    this.ppid = (int) f[4];
    this.ttyNr = f[7];
    this.flags = f[9];
    this.minflt = f[10];
    this.majflt = f[12];
    this.utime = f[14];
    this.stime = f[15];
    this.cutime = f[16];
    this.cstime = f[17];
    this.priority = f[18];
    this.nice = f[19];
    this.numThreads = f[20];
    this.starttime = f[22];
    this.processor = (int) f[39];
    this.delayacctBlkioTicks = f[42];
  }

  /** proc(5) field numbers we keep; fields up to 22 must be there, later ones may be missing. */
  private static final int LAST_FIELD = 42;

  private static final int REQUIRED_FIELDS = 22;

  public static PidStat parse(Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    c.skipPast((byte) '(');
    int nameStart = c.position();
    int nameEnd = c.lastIndexOf((byte) ')');
    if (nameEnd < 0) {
      throw c.error("missing ')' after the process name");
    }
    String name = c.text(nameStart, nameEnd);
    c.seek(nameEnd + 1);
    c.skipSpaces();
    if (c.atEndOfLine()) {
      throw c.error("missing the state field");
    }
    String stateToken = c.nextToken();
    if (stateToken.length() != 1) {
      throw new ParseException(file, c.line(), stateToken, "state must be one letter");
    }
    long[] fields = new long[LAST_FIELD + 1];
    int field = 4;
    while (field <= LAST_FIELD) {
      c.skipSpaces();
      if (c.atEndOfLine()) {
        break;
      }
      fields[field++] = c.nextWord();
    }
    if (field <= REQUIRED_FIELDS) {
      throw c.error("only " + (field - 1) + " fields, need " + REQUIRED_FIELDS);
    }
    return new PidStat(name, stateToken.charAt(0), fields);
  }

  /** comm, at most 15 bytes in the kernel. */
  public String name() {
    return name;
  }

  /** The state letter (R, S, D, Z, T, t, X, I, ...). */
  public char state() {
    return state;
  }

  public int ppid() {
    return ppid;
  }

  public long ttyNr() {
    return ttyNr;
  }

  /** The kernel's PF_* flags (PF_KTHREAD = 0x00200000 marks a kernel thread). */
  public long flags() {
    return flags;
  }

  public long minflt() {
    return minflt;
  }

  public long majflt() {
    return majflt;
  }

  /** User time in clock ticks. */
  public long utime() {
    return utime;
  }

  /** System time in clock ticks. */
  public long stime() {
    return stime;
  }

  public long cutime() {
    return cutime;
  }

  public long cstime() {
    return cstime;
  }

  public long priority() {
    return priority;
  }

  public long nice() {
    return nice;
  }

  public long numThreads() {
    return numThreads;
  }

  /** Start time in clock ticks after boot: monotonic, the basis of process identity. */
  public long starttime() {
    return starttime;
  }

  /** The CPU the task last ran on. */
  public int processor() {
    return processor;
  }

  /** Block I/O delay in ticks (field 42; 0 on kernels that lack it). */
  public long delayacctBlkioTicks() {
    return delayacctBlkioTicks;
  }
}
