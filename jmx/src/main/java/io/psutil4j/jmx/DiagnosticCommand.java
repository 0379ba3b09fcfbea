package io.psutil4j.jmx;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.jspecify.annotations.Nullable;

/** HotSpot's jcmd commands through the DiagnosticCommand MBean of a server, in process. */
final class DiagnosticCommand {
  private DiagnosticCommand() {}

  /**
   * The text {@code operation} (such as {@code vmNativeMemory} for VM.native_memory) answers with
   * {@code args}; null when this JVM has no such MBean or command (not HotSpot, an older JDK).
   */
  static @Nullable String run(MBeanServer server, String operation, String... args) {
    try {
      Object text =
          server.invoke(
              new ObjectName("com.sun.management:type=DiagnosticCommand"),
              operation,
              new Object[] {args},
              new String[] {String[].class.getName()});
      return text instanceof String ? (String) text : null;
    } catch (JMException | RuntimeException e) {
      return null;
    }
  }
}
