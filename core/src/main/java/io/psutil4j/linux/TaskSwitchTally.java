package io.psutil4j.linux;

import io.psutil4j.CtxSwitchesAllThreads;
import io.psutil4j.CtxSwitchesAllThreads.Source;
import io.psutil4j.linux.PidStatus.Key;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * A process's context switches over all its threads from /proc/PID/task/TID/status, remembering the
 * last counts of threads that have gone: the kernel adds an exiting thread's counts to the signal
 * struct, which only getrusage shows, and no /proc file does. The total never decreases.
 *
 * <p>A thread id the kernel gives again to a new thread is noticed when its count is below the one
 * remembered (the old thread's then counts as gone); a new thread that already has more switches
 * than its predecessor's last reading would hide that reading, which needs the pid space to wrap
 * between two readings. Reads the kernel outside the lock; the lock guards the tally only.
 */
final class TaskSwitchTally {
  /** The last counts seen for a live thread id: {voluntary, involuntary}. */
  private final Map<Integer, long[]> live = new HashMap<>();

  private long departedVoluntary;
  private long departedInvoluntary;

  /** Reads every thread of the process in {@code dir} (a /proc/PID directory) and adds them up. */
  CtxSwitchesAllThreads read(Path dir) throws IOException {
    Map<Integer, long[]> now = new HashMap<>();
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(dir.resolve("task"))) {
      for (Path task : tasks) {
        int tid;
        try {
          tid = Integer.parseInt(task.getFileName().toString());
        } catch (NumberFormatException notATask) {
          continue;
        }
        try {
          PidStatus s = KernelFiles.read(task.resolve("status"), PidStatus::parse);
          now.put(
              tid,
              new long[] {
                s.get(Key.VOLUNTARY_CTXT_SWITCHES), s.get(Key.NONVOLUNTARY_CTXT_SWITCHES)
              });
        } catch (IOException exitedMeanwhile) {
          // the thread ended between the listing and the read: its last counts move to departed
        }
      }
    }
    return add(now);
  }

  /** Folds one reading (thread id to {voluntary, involuntary}) into the tally. */
  synchronized CtxSwitchesAllThreads add(Map<Integer, long[]> now) {
    for (Iterator<Map.Entry<Integer, long[]>> it = live.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<Integer, long[]> before = it.next();
      long[] current = now.get(before.getKey());
      long[] last = before.getValue();
      if (current == null || current[0] < last[0] || current[1] < last[1]) {
        departedVoluntary += last[0];
        departedInvoluntary += last[1];
        it.remove();
      }
    }
    long voluntary = departedVoluntary;
    long involuntary = departedInvoluntary;
    for (Map.Entry<Integer, long[]> e : now.entrySet()) {
      live.put(e.getKey(), e.getValue());
      voluntary += e.getValue()[0];
      involuntary += e.getValue()[1];
    }
    return CtxSwitchesAllThreads.of(voluntary, involuntary, Source.PROC_TASKS);
  }
}
