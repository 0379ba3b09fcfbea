package io.psutil4j.linux;

import io.psutil4j.PsutilException;
import io.psutil4j.linux.parse.IntsBuilder;
import io.psutil4j.spi.TaskInfo;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads the native threads of a process from /proc/PID/task/TID. */
final class TaskReader {
  private TaskReader() {}

  /**
   * Every thread of {@code pid} under {@code procRoot}; a thread that exits while being read is
   * left out.
   *
   * @throws PsutilException as {@link ProcessErrors} maps a failure to list the task directory
   */
  static List<TaskInfo> read(Path procRoot, int pid, KernelConstants constants) {
    Path tasks = procRoot.resolve(Integer.toString(pid)).resolve("task");
    List<TaskInfo> out = new ArrayList<>();
    double hz = constants.clockTicks();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(tasks)) {
      for (Path task : dir) {
        String id = task.getFileName().toString();
        try {
          var stat = KernelFiles.read(task.resolve("stat"), PidStat::parse);
          var status = KernelFiles.read(task.resolve("status"), PidStatus::parse);
          out.add(
              new TaskInfo(
                  Integer.parseInt(id),
                  stat.name(),
                  stat.state(),
                  stat.utime() / hz,
                  stat.stime() / hz,
                  status.get(PidStatus.Key.VOLUNTARY_CTXT_SWITCHES),
                  status.get(PidStatus.Key.NONVOLUNTARY_CTXT_SWITCHES)));
        } catch (IOException | NumberFormatException gone) {
          // the thread exited between the listing and the read (psutil skips it too)
        }
      }
    } catch (IOException e) {
      throw ProcessErrors.translate(e, procRoot.resolve(Integer.toString(pid)), pid, null);
    }
    return out;
  }

  /**
   * The thread ids of {@code pid}: its task directory listed, no thread's file opened. Its length
   * is the kernel's thread count (status {@code Threads}) at the time of the listing.
   *
   * @throws PsutilException as {@link ProcessErrors} maps a failure to list the task directory
   */
  static int[] ids(Path procRoot, int pid) {
    Path tasks = procRoot.resolve(Integer.toString(pid)).resolve("task");
    IntsBuilder ids = new IntsBuilder(64);
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(tasks)) {
      for (Path task : dir) {
        ids.add(Integer.parseInt(task.getFileName().toString()));
      }
    } catch (IOException e) {
      throw ProcessErrors.translate(e, procRoot.resolve(Integer.toString(pid)), pid, null);
    }
    return ids.toArray();
  }

  /** The kernel name (comm) of one thread; null when it has exited. */
  static @Nullable String name(Path procRoot, int pid, int tid) {
    return KernelFiles.text(taskDir(procRoot, pid, tid).resolve("comm"));
  }

  /** User plus system seconds of one thread, from its stat alone; NaN when it has exited. */
  static double cpuSeconds(Path procRoot, int pid, int tid, KernelConstants constants) {
    try {
      var stat = KernelFiles.read(taskDir(procRoot, pid, tid).resolve("stat"), PidStat::parse);
      return (stat.utime() + stat.stime()) / (double) constants.clockTicks();
    } catch (IOException gone) {
      return Double.NaN;
    }
  }

  private static Path taskDir(Path procRoot, int pid, int tid) {
    return procRoot.resolve(Integer.toString(pid)).resolve("task").resolve(Integer.toString(tid));
  }
}
