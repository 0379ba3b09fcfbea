package io.psutil4j.jmx;

import io.psutil4j.Process;
import io.psutil4j.ProcessRlimit;
import io.psutil4j.PsutilException;
import io.psutil4j.ResourceLimit;
import io.psutil4j.spi.Platform;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The setters of psutil's Process behind {@link ControlsMXBean}, each passed through the {@link
 * ControlsGate} at every invocation, counted, and logged where the policy names a log. Errors are
 * rethrown as {@link IllegalArgumentException}, {@link IllegalStateException} or {@link
 * SecurityException} (JDK classes, so a remote client without our jar can read them) with psutil's
 * message.
 */
final class ControlsBean implements ControlsMXBean {
  private final Platform platform;
  private final ControlsGate gate;
  private final ControlsLog log;
  private final AtomicLong invocations = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();

  ControlsBean(Platform platform, ControlsPolicy policy) {
    this.platform = platform;
    this.gate = new ControlsGate(policy, platform);
    this.log = new ControlsLog(policy.log());
  }

  private Process process(int pid) {
    if (pid <= 0) {
      // kill(2) reads 0 and negative pids as whole process groups, this JVM's included
      throw new IllegalArgumentException("pid must be a positive process id, got " + pid);
    }
    return Process.of(platform, pid);
  }

  /** Counts, gates, runs and logs one invocation. */
  private void invoke(
      String what, int pid, Predicate<Process> harmsSelf, Consumer<Process> action) {
    invocations.incrementAndGet();
    String outcome = "failed";
    try {
      Process target = process(pid);
      gate.check(what, target, harmsSelf);
      action.accept(target);
      outcome = "ok";
    } catch (SecurityException e) {
      refused.incrementAndGet();
      outcome = "refused: " + e.getMessage();
      throw e;
    } catch (PsutilException | UnsupportedOperationException e) {
      outcome = "failed: " + e.getMessage();
      throw new IllegalStateException(what + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      outcome = "failed: " + e.getMessage();
      throw new IllegalArgumentException(what + ": " + e.getMessage());
    } finally {
      log.record(Instant.now(), what, outcome);
    }
  }

  @Override
  public void sendSignal(int pid, int signal) {
    invoke(
        "sendSignal(" + pid + ", " + signal + ")",
        pid,
        target -> signal != 0, // 0 only asks whether the process exists
        target -> target.sendSignal(signal));
  }

  @Override
  public void nice(int pid, int value) {
    invoke("nice(" + pid + ", " + value + ")", pid, target -> false, target -> target.nice(value));
  }

  @Override
  public void rlimit(int pid, String resource, long soft, long hard) {
    invoke(
        "rlimit(" + pid + ", " + resource + ", " + soft + ", " + hard + ")",
        pid,
        target -> lowers(target.rlimit(resourceNamed(resource)), soft, hard),
        target -> target.rlimit(resourceNamed(resource), soft, hard));
  }

  private static ProcessRlimit resourceNamed(String resource) {
    try {
      return ProcessRlimit.valueOf(resource.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "no resource limit named '" + resource + "' (e.g. RLIMIT_NOFILE)");
    }
  }

  /** Whether soft/hard (-1: unlimited) is below the current limit on either side. */
  private static boolean lowers(ResourceLimit current, long soft, long hard) {
    return below(soft, current.soft()) || below(hard, current.hard());
  }

  private static boolean below(long wanted, long current) {
    if (wanted < 0) {
      return false; // unlimited
    }
    return current < 0 || wanted < current;
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
    invoke(
        "cpuAffinity(" + pid + ", " + list + ")",
        pid,
        target -> false,
        target -> target.cpuAffinity(list));
  }

  /** Operations invoked since registration, refused and failed ones included. */
  long getInvocations() {
    return invocations.get();
  }

  /** Operations refused by the scope or self check since registration. */
  long getRefused() {
    return refused.get();
  }

  /** Which processes the operations may act on: descendants or any. */
  String getScope() {
    return gate.policy().scope().name().toLowerCase(Locale.ROOT);
  }

  /** Whether this JVM itself may be stopped, killed or limited. */
  boolean isSelfAllowed() {
    return gate.policy().selfAllowed();
  }

  /** The invocation log, or null. */
  @Nullable String getLog() {
    Path log = gate.policy().log();
    return log == null ? null : log.toString();
  }
}
