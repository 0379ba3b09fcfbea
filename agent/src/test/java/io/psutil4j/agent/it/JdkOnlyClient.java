package io.psutil4j.agent.it;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.TreeSet;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * A JMX client that uses nothing but the JDK (run it with a class path holding only this class):
 * attaches to a JVM by pid, opens its local connector, waits for the psutil4j MBeans and prints
 * every attribute of every one as {@code ATTR <name> <attribute> <value>} lines, then the fd count
 * of the target as seen around one read of Process.NumFds. Arguments: pid, then optionally the
 * domain and {@code heapTrim} to also invoke that operation ({@code INVOKE heapTrim <result>}).
 */
public final class JdkOnlyClient {
  private JdkOnlyClient() {}

  public static void main(String[] args) throws Exception {
    String pid = args[0];
    String domain = args.length > 1 ? args[1] : "psutil4j";
    boolean heapTrim = args.length > 2 && args[2].equals("heapTrim");
    VirtualMachine vm = VirtualMachine.attach(pid);
    String address;
    try {
      address = vm.startLocalManagementAgent();
    } finally {
      vm.detach();
    }
    try (JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address))) {
      MBeanServerConnection c = connector.getMBeanServerConnection();
      ObjectName process = new ObjectName(domain + ":type=Process");
      // the agent registers one MBean after another: wait until their number holds still
      ObjectName all = new ObjectName(domain + ":*");
      long deadline = System.nanoTime() + 30_000_000_000L;
      int previous = -1;
      int count = 0;
      while (System.nanoTime() < deadline && (count == 0 || count != previous)) {
        previous = count;
        Thread.sleep(200);
        count = c.queryNames(all, null).size();
      }
      for (ObjectName name : new TreeSet<>(c.queryNames(new ObjectName(domain + ":*"), null))) {
        System.out.println("MBEAN " + name + " " + c.getMBeanInfo(name).getDescription());
        for (MBeanAttributeInfo a : c.getMBeanInfo(name).getAttributes()) {
          try {
            Object value = c.getAttribute(name, a.getName());
            System.out.println("ATTR " + name + " " + a.getName() + " " + value);
            System.out.println("DESC " + name + " " + a.getName() + " " + a.getDescription());
          } catch (Exception e) {
            System.out.println("ERROR " + name + " " + a.getName() + " " + e);
          }
        }
      }
      if (heapTrim) {
        try {
          System.out.println("INVOKE heapTrim " + c.invoke(process, "heapTrim", null, null));
        } catch (Exception e) {
          System.out.println("INVOKE heapTrim failed: " + e);
        }
      }
      Path fdDir = Paths.get("/proc", pid, "fd");
      for (int attempt = 0; attempt < 20 && c.isRegistered(process); attempt++) {
        int before = count(fdDir);
        Object numFds = c.getAttribute(process, "NumFds");
        int after = count(fdDir);
        if (before == after) {
          System.out.println("FDS " + before + " " + numFds);
          break;
        }
      }
    }
  }

  private static int count(Path dir) throws IOException {
    int n = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path ignored : entries) {
        n++;
      }
    }
    return n;
  }
}
