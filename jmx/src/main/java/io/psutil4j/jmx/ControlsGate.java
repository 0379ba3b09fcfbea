package io.psutil4j.jmx;

import io.psutil4j.Process;
import io.psutil4j.ThreadTimes;
import io.psutil4j.spi.Platform;
import java.util.function.Predicate;

/**
 * Decides, at every invocation, whether a Controls operation may act on its target: operations
 * allowed at all, the target inside the scope (this JVM's descendants unless widened), and this JVM
 * itself never stopped, killed or limited unless the policy names it.
 */
final class ControlsGate {
  private final ControlsPolicy policy;
  private final Platform platform;

  ControlsGate(ControlsPolicy policy, Platform platform) {
    this.policy = policy;
    this.platform = platform;
  }

  ControlsPolicy policy() {
    return policy;
  }

  /**
   * @param harmsSelf whether the operation, applied to this JVM, would stop, kill or limit it
   * @throws SecurityException saying why the operation may not act on {@code target}
   */
  void check(String what, Process target, Predicate<Process> harmsSelf) {
    if (!policy.enabled()) {
      throw new SecurityException(
          what + ": operations are off (agent option controls=true allows them)");
    }
    Process self = Process.of(platform, platform.selfPid());
    if (isThisJvm(self, target.pid())) {
      if (!policy.selfAllowed() && harmsSelf.test(target)) {
        throw new SecurityException(
            what
                + ": pid "
                + target.pid()
                + " is this JVM, which this operation would stop, kill or limit; allowed only"
                + " with the agent option controls.self=true");
      }
      return;
    }
    if (policy.scope() == ControlsPolicy.Scope.DESCENDANTS && !descendsFrom(self, target)) {
      throw new SecurityException(
          what
              + ": pid "
              + target.pid()
              + " was not started by this JVM (pid "
              + self.pid()
              + "); the agent option controls.scope=any lets operations act on any process");
    }
  }

  /** The JVM's pid, or the id of one of its threads: kill(2) on a tid signals the whole JVM. */
  private static boolean isThisJvm(Process self, int pid) {
    if (pid == self.pid()) {
      return true;
    }
    for (ThreadTimes thread : self.threads()) {
      if (thread.id() == pid) {
        return true;
      }
    }
    return false;
  }

  private static boolean descendsFrom(Process self, Process target) {
    for (Process ancestor : target.parents()) {
      if (ancestor.pid() == self.pid()) {
        return true;
      }
    }
    return false;
  }
}
