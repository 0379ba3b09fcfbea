package io.psutil4j.agent.inside;

import com.sun.tools.attach.VirtualMachine;
import com.sun.tools.attach.VirtualMachineDescriptor;
import io.psutil4j.SuppressForbidden;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import net.bytebuddy.agent.ByteBuddyAgent;

/**
 * {@code attach <pid> [options]} loads the agent into a running JVM and waits until it says its
 * MBeans are registered; {@code list} shows the JVMs this user can attach to. The answer comes back
 * as a system property of the target ({@link AgentStatus}), read through the attach API: no JMX
 * connector is started in the target, so attach leaves nothing open behind it.
 */
public final class AttachCli {
  /** Generous: on JDK 21+ the target prints its dynamic-loading warning and may start slowly. */
  private static final long CONFIRM_SECONDS = 30;

  private static final long POLL_MILLIS = 200;

  private AttachCli() {}

  // only where jdk.attach is used: the exit and exec bans still hold in this class
  @SuppressForbidden(reason = "jdk.attach is the JDK's supported API to reach another JVM")
  public static int run(String[] args, Path agentJar, PrintStream out, PrintStream err) {
    if (args.length >= 1 && args[0].equals("list") && args.length == 1) {
      for (VirtualMachineDescriptor vm : VirtualMachine.list()) {
        out.println(vm.id() + " " + vm.displayName());
      }
      return 0;
    }
    if (args.length < 2 || args.length > 3 || !args[0].equals("attach")) {
      err.println("usage: java -jar psutil4j-agent.jar attach <pid> [options] | list");
      return 1;
    }
    String pid = args[1];
    if (!pid.matches("[1-9][0-9]*")) {
      err.println("psutil4j: not a process id: '" + pid + "'");
      return 1;
    }
    String options = args.length == 3 ? args[2] : "";
    VirtualMachine vm;
    try {
      vm = VirtualMachine.attach(pid);
    } catch (Exception e) {
      err.println("psutil4j: cannot attach to " + pid + ": " + rootMessage(e));
      return 1;
    }
    try {
      // the target's own psutil4j.* properties count: parse as the agent will, for its delay
      Properties target = vm.getSystemProperties();
      AgentOptions parsed = AgentOptions.parse(options, target, err);
      int before = AgentStatus.loadNumber(target.getProperty(AgentStatus.PROPERTY));
      try {
        ByteBuddyAgent.attach(agentJar.toFile(), pid, options);
      } catch (RuntimeException e) {
        err.println("psutil4j: cannot attach to " + pid + ": " + rootMessage(e));
        return 1;
      }
      return confirm(vm, pid, before, parsed.delaySeconds(), out, err);
    } catch (IOException e) {
      err.println("psutil4j: cannot read the properties of " + pid + ": " + rootMessage(e));
      return 1;
    } finally {
      detach(vm);
    }
  }

  /** Waits for this load's status: running (exit 0), failed, or still waiting at the deadline. */
  @SuppressForbidden(reason = "jdk.attach is the JDK's supported API to reach another JVM")
  private static int confirm(
      VirtualMachine vm,
      String pid,
      int loadBefore,
      long delaySeconds,
      PrintStream out,
      PrintStream err) {
    long seconds = CONFIRM_SECONDS + delaySeconds;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    String status = null;
    try {
      while (System.nanoTime() < deadline) {
        status = vm.getSystemProperties().getProperty(AgentStatus.PROPERTY);
        String state = AgentStatus.state(status);
        if (AgentStatus.loadNumber(status) > loadBefore && state != null) {
          if (state.startsWith("running")) {
            out.println("psutil4j: agent " + state.replaceFirst("running", "running in " + pid));
            out.println("psutil4j: options in effect: " + AgentStatus.options(status));
            return 0;
          }
          if (state.startsWith("failed")) {
            err.println("psutil4j: agent loaded into " + pid + " but " + state);
            return 1;
          }
        }
        Thread.sleep(POLL_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } catch (IOException e) {
      err.println(
          "psutil4j: agent loaded into " + pid + " but cannot confirm it: " + rootMessage(e));
      return 1;
    }
    String last = AgentStatus.loadNumber(status) > loadBefore ? AgentStatus.state(status) : null;
    err.println(
        "psutil4j: agent loaded into "
            + pid
            + " but not running within "
            + seconds
            + " s"
            + (last == null ? " (it never answered)" : ": " + last));
    return 1;
  }

  @SuppressForbidden(reason = "jdk.attach is the JDK's supported API to reach another JVM")
  private static void detach(VirtualMachine vm) {
    try {
      vm.detach();
    } catch (IOException e) {
      // the target went away: nothing left to release
    }
  }

  private static String rootMessage(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == t ? String.valueOf(t) : t.getMessage() + " (" + root + ")";
  }
}
