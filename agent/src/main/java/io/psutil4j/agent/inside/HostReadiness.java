package io.psutil4j.agent.inside;

import java.lang.instrument.Instrumentation;
import java.util.Map;

/**
 * Whether the host is still about to install its own JUL LogManager or MBeanServer builder (JBoss
 * and WildFly name one on the command line and load it from their module system later). Creating
 * the platform MBeanServer before that would lock in the JDK's defaults and break the host
 * ("WFLYLOG0078"), so the agent waits until the named class has been loaded by the host.
 */
final class HostReadiness {
  static final String LOG_MANAGER = "java.util.logging.manager";
  static final String MBEAN_SERVER_BUILDER = "javax.management.builder.initial";

  private final Instrumentation instrumentation;
  private final String pendingLogManager;
  private final String pendingBuilder;

  HostReadiness(Instrumentation instrumentation, Map<?, ?> properties, Map<String, String> env) {
    this.instrumentation = instrumentation;
    String logManager = (String) properties.get(LOG_MANAGER);
    if (logManager == null && env.containsKey("JBOSS_HOME")) {
      logManager = "org.jboss.logmanager.LogManager";
    }
    this.pendingLogManager = notOnSystemClassPath(logManager) ? logManager : null;
    String builder = (String) properties.get(MBEAN_SERVER_BUILDER);
    this.pendingBuilder = notOnSystemClassPath(builder) ? builder : null;
  }

  /** Whether registering now could pre-empt the host's own JUL or JMX set-up. */
  boolean mustWait() {
    return (pendingLogManager != null && !loaded(pendingLogManager))
        || (pendingBuilder != null && !loaded(pendingBuilder));
  }

  /** What the agent waits for, for its one line when it gives up waiting. */
  String waitingFor() {
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

  private static boolean notOnSystemClassPath(String className) {
    if (className == null || className.isEmpty()) {
      return false;
    }
    String resource = className.replace('.', '/') + ".class";
    return ClassLoader.getSystemClassLoader().getResource(resource) == null;
  }
}
