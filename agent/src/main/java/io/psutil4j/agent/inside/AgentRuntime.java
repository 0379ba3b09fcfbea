package io.psutil4j.agent.inside;

import io.psutil4j.Process;
import io.psutil4j.jfr.PsutilEvents;
import io.psutil4j.jmx.JmxConfig;
import io.psutil4j.jmx.PsutilMBeans;
import io.psutil4j.linux.LinuxPlatform;
import java.io.PrintStream;
import java.lang.instrument.Instrumentation;
import java.lang.management.ManagementFactory;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/**
 * Runs on the agent's daemon thread, loaded by the agent's own class loader: parses the options,
 * waits if asked, and registers the MBeans in the platform MBeanServer. Prints nothing unless an
 * option is bad or registration fails; psutil's fallback warnings are kept, not printed into the
 * host's stderr.
 */
public final class AgentRuntime {
  private AgentRuntime() {}

  /** How long to wait for a host's own LogManager or MBeanServer builder before going ahead. */
  private static final long MAX_HOST_WAIT_MILLIS = 5 * 60 * 1000;

  private static final long HOST_POLL_MILLIS = 250;

  /** Called reflectively by {@code io.psutil4j.agent.PsutilAgent}. */
  public static void start(String options, Instrumentation instrumentation) {
    PrintStream err = System.err;
    AgentOptions parsed = AgentOptions.parse(options, System.getProperties(), err);
    try {
      if (parsed.delaySeconds() > 0) {
        Thread.sleep(parsed.delaySeconds() * 1000);
      }
      waitForHost(new HostReadiness(instrumentation, System.getProperties(), System.getenv()), err);
      JmxConfig config = parsed.jmxConfig();
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      if (server.isRegistered(processName(config.domain()))) {
        return; // a second -javaagent or attach of the same agent: already there
      }
      LinuxPlatform platform = LinuxPlatform.builder().warningStream(null).build();
      PsutilMBeans.register(server, config, platform, Process.of(platform, platform.selfPid()));
      if (parsed.jfr()) {
        registerEvents(server, config.domain(), err);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException | LinkageError e) {
      err.println("psutil4j: MBeans not registered: " + e);
    }
  }

  /** JFR events over the MBeans just registered; a JVM without jdk.jfr keeps its MBeans. */
  private static void registerEvents(MBeanServer server, String domain, PrintStream err) {
    try {
      PsutilEvents.register(server, domain);
    } catch (RuntimeException | LinkageError e) {
      err.println("psutil4j: JFR events not registered: " + e);
    }
  }

  private static void waitForHost(HostReadiness host, PrintStream err) throws InterruptedException {
    long deadline = System.nanoTime() + MAX_HOST_WAIT_MILLIS * 1_000_000L;
    while (host.mustWait()) {
      if (System.nanoTime() > deadline) {
        err.println("psutil4j: " + host.waitingFor() + " was never loaded; registering anyway");
        return;
      }
      Thread.sleep(HOST_POLL_MILLIS);
    }
  }

  private static ObjectName processName(String domain) {
    try {
      return new ObjectName(domain + ":type=Process");
    } catch (MalformedObjectNameException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
