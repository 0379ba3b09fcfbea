package io.psutil4j.jmx;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The CPU of the GC and JIT threads without reading every thread: the task directory is listed, a
 * thread's name is read when it first shows up (a thread that starts after the first reading on the
 * next reading too: it names itself just after it starts), and only the GC and JIT threads' stat is
 * read. At 10,000 threads a later reading is one directory listing and a few dozen small reads
 * instead of 20,000 file reads; the first one names every thread.
 *
 * <p>The CPU sums are counters: a GC or JIT thread that ends (HotSpot stops idle compiler threads)
 * keeps its last CPU in the sum. Called by one Snapshot refresh at a time.
 */
final class ThreadCounts {
  /** One process's threads, as the kernel lists them. */
  interface Tasks {
    /** Every thread id, from a listing of the task directory. */
    int[] ids();

    /** The thread's kernel name (comm); null when it has exited. */
    @Nullable String name(int tid);

    /** User plus system seconds; NaN when it has exited. */
    double cpuSeconds(int tid);
  }

  /** One reading: GC CPU seconds, JIT CPU seconds. */
  static final class Reading {
    final double gcSeconds;
    final double jitSeconds;

    Reading(double gcSeconds, double jitSeconds) {
      this.gcSeconds = gcSeconds;
      this.jitSeconds = jitSeconds;
    }
  }

  private enum Kind {
    GC,
    JIT,
    OTHER
  }

  /** A thread seen before: what it is, how often its name was read, its last CPU. */
  private static final class Seen {
    Kind kind = Kind.OTHER;
    int namings;
    double cpu;
  }

  private final Tasks tasks;
  private final Pattern gc;
  private final Pattern jit;
  private Map<Integer, Seen> seen = new HashMap<>();
  private boolean first = true;
  private double endedGc;
  private double endedJit;

  ThreadCounts(Tasks tasks, Pattern gc, Pattern jit) {
    this.tasks = tasks;
    this.gc = gc;
    this.jit = jit;
  }

  Reading read() {
    int[] ids = tasks.ids();
    Map<Integer, Seen> now = new HashMap<>(ids.length * 2);
    double gcSum = 0;
    double jitSum = 0;
    for (int tid : ids) {
      Seen s = seen.remove(tid);
      if (s == null) {
        s = new Seen();
      }
      if (s.namings < 2) {
        String name = tasks.name(tid);
        if (name != null) {
          s.kind = kindOf(name);
          // threads there at the first reading are named already; a newcomer may not be yet
          s.namings = first ? 2 : s.namings + 1;
        }
      }
      if (s.kind != Kind.OTHER) {
        double cpu = tasks.cpuSeconds(tid);
        if (!Double.isNaN(cpu)) {
          s.cpu = cpu;
        }
        if (s.kind == Kind.GC) {
          gcSum += s.cpu;
        } else {
          jitSum += s.cpu;
        }
      }
      now.put(tid, s);
    }
    // what is left in seen ended since the last reading: its CPU stays in the counters
    for (Seen ended : seen.values()) {
      if (ended.kind == Kind.GC) {
        endedGc += ended.cpu;
      } else if (ended.kind == Kind.JIT) {
        endedJit += ended.cpu;
      }
    }
    seen = now;
    first = false;
    return new Reading(endedGc + gcSum, endedJit + jitSum);
  }

  private Kind kindOf(String name) {
    if (gc.matcher(name).matches()) {
      return Kind.GC;
    }
    return jit.matcher(name).matches() ? Kind.JIT : Kind.OTHER;
  }
}
