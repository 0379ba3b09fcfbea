package io.psutil4j.agent.inside;

import java.lang.instrument.Instrumentation;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Whether the host is still about to install its own JUL LogManager or MBeanServer builder (JBoss
 * and WildFly, started through jboss-modules, name one and load it from their module system later).
 * Creating the platform MBeanServer before that would lock in the JDK's defaults and break the host
 * ("WFLYLOG0078"), so the agent waits until the named class has been loaded by the host.
 */
final class HostReadiness {
  static final String LOG_MANAGER = "java.util.logging.manager";
  static final String MBEAN_SERVER_BUILDER = "javax.management.builder.initial";
  private static final String JBOSS_LOG_MANAGER = "org.jboss.logmanager.LogManager";
  private static final String JBOSS_MODULES_MAIN = "org.jboss.modules.Main";

  private final Instrumentation instrumentation;
  private final @Nullable String pendingLogManager;
  private final @Nullable String pendingBuilder;

  HostReadiness(Instrumentation instrumentation, Map<?, ?> properties) {
    this.instrumentation = instrumentation;
    String logManager = (String) properties.get(LOG_MANAGER);
    if (logManager == null && startedByJbossModules(properties)) {
      logManager = JBOSS_LOG_MANAGER;
    }
    this.pendingLogManager = notOnSystemClassPath(logManager) ? logManager : null;
    String builder = (String) properties.get(MBEAN_SERVER_BUILDER);
    this.pendingBuilder = notOnSystemClassPath(builder) ? builder : null;
  }

  /**
   * Whether the command line runs jboss-modules (WildFly, JBoss EAP), which installs its own
   * LogManager after start: its jar or main class is the command, or a {@code jboss.modules.*}
   * property is set. An environment variable such as JBOSS_HOME says nothing about this JVM.
   */
  private static boolean startedByJbossModules(Map<?, ?> properties) {
    Object command = properties.get("sun.java.command");
    if (command instanceof String
        && (((String) command).contains("jboss-modules")
            || ((String) command).startsWith(JBOSS_MODULES_MAIN))) {
      return true;
    }
    for (Object key : properties.keySet()) {
      if (key instanceof String && ((String) key).startsWith("jboss.modules.")) {
        return true;
      }
    }
    return false;
  }

  /** Whether registering now could pre-empt the host's own JUL or JMX set-up. */
  boolean mustWait() {
    return (pendingLogManager != null && !loaded(pendingLogManager))
        || (pendingBuilder != null && !loaded(pendingBuilder));
  }

  /** What the agent waits for, for its one line when it gives up waiting. */
  @Nullable String waitingFor() {
    return pendingBuilder != null ? pendingBuilder : pendingLogManager;
  }

  private boolean loaded(String className) {
    if (instrumentation == null) {
      return true;
    }
    for (Class<?> c : instrumentation.getAllLoadedClasses()) {
      if (c.getName().equals(className)) {
        return true;
      }
    }
    return false;
  }

  private static boolean notOnSystemClassPath(@Nullable String className) {
    if (className == null || className.isEmpty()) {
      return false;
    }
    String resource = className.replace('.', '/') + ".class";
    return ClassLoader.getSystemClassLoader().getResource(resource) == null;
  }
}
