package io.psutil4j.jmx;

import io.psutil4j.Process;
import io.psutil4j.ProcessRlimit;
import io.psutil4j.PsutilException;
import io.psutil4j.spi.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The setters of psutil's Process behind {@link ControlsMXBean}. Errors are rethrown as {@link
 * IllegalArgumentException} or {@link IllegalStateException} (JDK classes, so a remote client
 * without our jar can read them) with psutil's message.
 */
final class ControlsBean implements ControlsMXBean {
  private final Platform platform;

  ControlsBean(Platform platform) {
    this.platform = platform;
  }

  private Process process(int pid) {
    try {
      return Process.of(platform, pid);
    } catch (PsutilException e) {
      throw new IllegalStateException(e.getMessage());
    }
  }

  private static void run(String what, Runnable action) {
    try {
      action.run();
    } catch (PsutilException | UnsupportedOperationException e) {
      throw new IllegalStateException(what + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + ": " + e.getMessage());
    }
  }

  @Override
  public void sendSignal(int pid, int signal) {
    run("sendSignal(" + pid + ", " + signal + ")", () -> process(pid).sendSignal(signal));
  }

  @Override
  public void nice(int pid, int value) {
    run("nice(" + pid + ", " + value + ")", () -> process(pid).nice(value));
  }

  @Override
  public void rlimit(int pid, String resource, long soft, long hard) {
    ProcessRlimit r;
    try {
      r = ProcessRlimit.valueOf(resource.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "no resource limit named '" + resource + "' (e.g. RLIMIT_NOFILE)");
    }
    run(
        "rlimit(" + pid + ", " + resource + ", " + soft + ", " + hard + ")",
        () -> process(pid).rlimit(r, soft, hard));
  }

  @Override
  public void cpuAffinity(int pid, int[] cpus) {
    if (cpus == null) {
      throw new IllegalArgumentException("cpus must be a list of CPU numbers");
    }
    List<Integer> list = new ArrayList<>();
    for (int c : cpus) {
      list.add(c);
    }
    run("cpuAffinity(" + pid + ")", () -> process(pid).cpuAffinity(list));
  }
}
