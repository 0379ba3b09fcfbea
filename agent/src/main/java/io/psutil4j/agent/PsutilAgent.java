package io.psutil4j.agent;

import io.psutil4j.SuppressForbidden;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The agent's entry points, the only psutil4j classes on the host's class path. {@code premain} and
 * {@code agentmain} start one daemon thread and return at once; that thread loads the runtime
 * through {@link AgentClassLoader} and registers the MBeans. Nothing here throws into the host: an
 * uncaught error from premain would abort the JVM before main.
 */
public final class PsutilAgent {
  static final String RUNTIME = "io.psutil4j.agent.inside.AgentRuntime";

  private PsutilAgent() {}

  /** {@code -javaagent:psutil4j-agent.jar[=options]}. */
  public static void premain(String options, Instrumentation instrumentation) {
    startQuietly(options, instrumentation);
  }

  /** Dynamic attach. */
  public static void agentmain(String options, Instrumentation instrumentation) {
    startQuietly(options, instrumentation);
  }

  /**
   * {@code java -jar psutil4j-agent.jar attach <pid> [options]} and {@code list}. A failure,
   * already told on stderr in one line, ends main with an uncaught, silent exception: the JVM then
   * exits 1, with no System.exit in the agent's code.
   */
  public static void main(String[] args) {
    if (runCli(args) != 0) {
      Thread.currentThread().setUncaughtExceptionHandler((thread, failure) -> {});
      throw new CliFailed();
    }
  }

  @SuppressForbidden(reason = "the attach CLI answers on the console, stdout and stderr")
  private static int runCli(String[] args) {
    try {
      ClassLoader loader = newRuntimeLoader(ClassLoader.getSystemClassLoader());
      Method cli =
          Class.forName("io.psutil4j.agent.inside.AttachCli", true, loader)
              .getMethod("run", String[].class, Path.class, PrintStream.class, PrintStream.class);
      return (Integer) cli.invoke(null, args, ownJar(), System.out, System.err);
    } catch (InvocationTargetException e) {
      System.err.println("psutil4j: " + e.getCause());
    } catch (ReflectiveOperationException | RuntimeException | IOException e) {
      System.err.println("psutil4j: cannot start the CLI: " + e);
    }
    return 1;
  }

  /** The CLI failed and said why; carries no message or stack trace of its own. */
  private static final class CliFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CliFailed() {
      super(null, null, false, false);
    }
  }

  private static void startQuietly(String options, Instrumentation instrumentation) {
    try {
      Thread starter = new Thread(() -> start(options, instrumentation), "psutil4j-agent-start");
      starter.setDaemon(true);
      starter.setContextClassLoader(null);
      starter.start();
    } catch (Throwable t) {
      warn("agent not started: " + t);
    }
  }

  private static void start(String options, Instrumentation instrumentation) {
    try {
      ClassLoader loader = newRuntimeLoader(ClassLoader.getPlatformClassLoader());
      Thread.currentThread().setContextClassLoader(loader);
      Class.forName(RUNTIME, true, loader)
          .getMethod("start", String.class, Instrumentation.class)
          .invoke(null, options, instrumentation);
    } catch (InvocationTargetException e) {
      warn("agent not started: " + e.getCause());
    } catch (Throwable t) {
      warn("agent not started: " + t);
    }
  }

  static ClassLoader newRuntimeLoader(ClassLoader parent) throws IOException {
    return new AgentClassLoader(ownJar(), parent);
  }

  static Path ownJar() {
    try {
      return Paths.get(
          PsutilAgent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      throw new IllegalStateException("cannot locate the psutil4j agent jar: " + e, e);
    }
  }

  @SuppressForbidden(
      reason = "the contract's one warning line on stderr when the agent cannot start")
  private static void warn(String message) {
    try {
      System.err.println("psutil4j: " + message);
    } catch (Throwable ignored) {
      // a closed or broken stderr must not become the host's problem
    }
  }
}
