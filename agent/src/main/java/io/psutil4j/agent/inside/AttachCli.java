package io.psutil4j.agent.inside;

import com.sun.tools.attach.VirtualMachine;
import com.sun.tools.attach.VirtualMachineDescriptor;
import io.psutil4j.SuppressForbidden;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import net.bytebuddy.agent.ByteBuddyAgent;

/**
 * {@code attach <pid> [options]} loads the agent into a running JVM and waits until its MBeans
 * answer; {@code list} shows the JVMs this user can attach to.
 */
public final class AttachCli {
  /** Generous: on JDK 21+ the target prints its dynamic-loading warning and may start slowly. */
  private static final long CONFIRM_SECONDS = 30;

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
    AgentOptions parsed = AgentOptions.parse(options, new Properties(), err);
    try {
      ByteBuddyAgent.attach(agentJar.toFile(), pid, options);
    } catch (RuntimeException e) {
      err.println("psutil4j: cannot attach to " + pid + ": " + rootMessage(e));
      return 1;
    }
    return confirm(pid, parsed.domain(), parsed.delaySeconds(), out, err);
  }

  @SuppressForbidden(reason = "jdk.attach is the JDK's supported API to reach another JVM")
  private static int confirm(
      String pid, String domain, long delaySeconds, PrintStream out, PrintStream err) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CONFIRM_SECONDS + delaySeconds);
    try {
      VirtualMachine vm = VirtualMachine.attach(pid);
      String address;
      try {
        address = vm.startLocalManagementAgent();
      } finally {
        vm.detach();
      }
      // Whatever groups the options chose: done when the domain has MBeans and their number held
      // still over one poll (the agent registers them one after another).
      ObjectName all = new ObjectName(domain + ":*");
      try (JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address))) {
        MBeanServerConnection connection = connector.getMBeanServerConnection();
        int previous = 0;
        while (System.nanoTime() < deadline) {
          int count = connection.queryNames(all, null).size();
          if (count > 0 && count == previous) {
            out.println(
                "psutil4j: agent running in "
                    + pid
                    + ": "
                    + count
                    + " MBeans under "
                    + domain
                    + ":*");
            return 0;
          }
          previous = count;
          Thread.sleep(200);
        }
      }
      err.println(
          "psutil4j: agent loaded into "
              + pid
              + " but no MBeans appeared within "
              + (CONFIRM_SECONDS + delaySeconds)
              + " s");
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } catch (Exception e) {
      err.println(
          "psutil4j: agent loaded into " + pid + " but cannot confirm it: " + rootMessage(e));
      return 1;
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
