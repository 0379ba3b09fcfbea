package io.psutil4j.agent.it;

import java.lang.management.ManagementFactory;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * A host program that says whether the agent's Memory MBean appeared in its platform MBeanServer
 * within 60 s ("registered" or "not registered") once the agent's start thread ended, for hosts no
 * JMX client can reach.
 */
public final class RegisteredHostApp {
  private RegisteredHostApp() {}

  public static void main(String[] args) throws Exception {
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    ObjectName memory = new ObjectName("psutil4j:type=Memory");
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!server.isRegistered(memory) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    // what the agent does after registering (the JFR events) happens before its thread ends
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().equals("psutil4j-agent-start")) {
        t.join(60_000);
      }
    }
    System.out.println(server.isRegistered(memory) ? "registered" : "not registered");
  }
}
