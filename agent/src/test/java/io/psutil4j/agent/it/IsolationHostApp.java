package io.psutil4j.agent.it;

import java.io.IOException;

/**
 * A host that has its own JNA and Byte Buddy on its class path: prints which jars it got them from
 * and whether any of the agent's runtime classes leaked onto its class path, then waits like {@link
 * HostApp}.
 */
public final class IsolationHostApp {
  private IsolationHostApp() {}

  public static void main(String[] args) throws IOException, ClassNotFoundException {
    // Where they came from: their version constants would be inlined at compile time.
    System.out.println("host jna " + jarOf("com.sun.jna.Native"));
    System.out.println("host bytebuddy " + jarOf("net.bytebuddy.agent.ByteBuddyAgent"));
    String[] ours = {
      "io.psutil4j.Psutil", "io.psutil4j.jmx.PsutilMBeans", "io.psutil4j.agent.inside.AgentRuntime"
    };
    for (String name : ours) {
      try {
        Class.forName(name);
        System.out.println("leaked " + name);
      } catch (ClassNotFoundException expected) {
        System.out.println("hidden " + name);
      }
    }
    System.out.println("host ready");
    System.out.flush();
    while (System.in.read() >= 0) {
      // wait for the test to close our stdin
    }
  }

  private static String jarOf(String className) throws ClassNotFoundException {
    String jar =
        Class.forName(className).getProtectionDomain().getCodeSource().getLocation().getPath();
    return jar.substring(jar.lastIndexOf('/') + 1);
  }
}
