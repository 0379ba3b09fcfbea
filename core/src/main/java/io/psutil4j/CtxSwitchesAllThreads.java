package io.psutil4j;

import java.util.Locale;

/**
 * Context switches of a whole process: every thread's since it started, those of threads that have
 * exited included. Not psutil's {@code num_ctx_switches()}, which reads /proc/PID/status and so
 * counts the thread-group leader alone (in a JVM, the launcher thread sleeping in {@code main};
 * psutil issue 1467). {@link #source()} says how the total was taken.
 */
public final class CtxSwitchesAllThreads extends FieldTuple {
  /** Where the total comes from. */
  public enum Source {
    /**
     * getrusage(RUSAGE_SELF): the kernel's own sum over the live threads plus what exited threads
     * left in the signal struct. Exact; this JVM only, and only where JNA may load.
     */
    GETRUSAGE,
    /**
     * The sum of /proc/PID/task/TID/status over the live threads, plus the last count read of each
     * thread that has exited since the first reading (kept by the reader, so the total never
     * decreases). Switches a thread made between its last reading and its exit are missed, and so
     * is every thread that started and ended between two readings.
     */
    PROC_TASKS;

    /** The name in {@link #asDict()}: {@code getrusage} or {@code proc_tasks}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<Long> VOLUNTARY = FIELDS.count("voluntary");
  public static final TupleField<Long> INVOLUNTARY = FIELDS.count("involuntary");
  public static final TupleField<Source> SOURCE = FIELDS.field("source", Source.class);

  private CtxSwitchesAllThreads(Object... values) {
    super("pctxsw_all_threads", FIELDS, values);
  }

  public static CtxSwitchesAllThreads of(long voluntary, long involuntary, Source source) {
    return new CtxSwitchesAllThreads(voluntary, involuntary, source);
  }

  /** Times a thread of the process gave up the CPU (waited for I/O, a lock, a sleep). */
  public long voluntary() {
    return value(VOLUNTARY);
  }

  /** Times the scheduler took the CPU away from a thread of the process. */
  public long involuntary() {
    return value(INVOLUNTARY);
  }

  /** How the counts were taken. */
  public Source source() {
    return value(SOURCE);
  }
}
