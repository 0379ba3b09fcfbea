package io.psutil4j.agent.it;

import java.io.IOException;

/**
 * A host that has its own JNA on its class path: prints which JNA it got and whether any of the
 * agent's runtime classes leaked onto its class path, then waits like {@link HostApp}.
 */
public final class IsolationHostApp {
  private IsolationHostApp() {}

  public static void main(String[] args) throws IOException, ReflectiveOperationException {
    // Where the host's JNA came from (Native.VERSION would be inlined at compile time).
    String jar =
        Class.forName("com.sun.jna.Native")
            .getProtectionDomain()
            .getCodeSource()
            .getLocation()
            .getPath();
    System.out.println("host jna " + jar.substring(jar.lastIndexOf('/') + 1));
    for (String name :
        new String[] {
          "io.psutil4j.Psutil",
          "io.psutil4j.jmx.PsutilMBeans",
          "net.bytebuddy.agent.ByteBuddyAgent",
          "io.psutil4j.agent.inside.AgentRuntime"
        }) {
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
}
