package io.psutil4j.agent.it;

import java.lang.management.ManagementFactory;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * A host that asks the agent's own class loader (the loader of a psutil4j MBean) which binding
 * core's libc fast paths use there, and whether the multi-release FFM class is found in it.
 */
public final class FastPathsHostApp {
  private FastPathsHostApp() {}

  public static void main(String[] args) throws Exception {
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    ObjectName any = new ObjectName("psutil4j:*");
    Set<ObjectName> names = server.queryNames(any, null);
    for (int i = 0; i < 300 && names.isEmpty(); i++) {
      Thread.sleep(100);
      names = server.queryNames(any, null);
    }
    ClassLoader agent = server.getClassLoaderFor(names.iterator().next());
    Object binding =
        Class.forName("io.psutil4j.linux.nativeaccess.NativeLinux", true, agent)
            .getMethod("fastPathBinding")
            .invoke(null);
    String ffmClass;
    try {
      Class.forName("io.psutil4j.linux.nativeaccess.FfmKernelCalls", false, agent);
      ffmClass = "found";
    } catch (ClassNotFoundException e) {
      ffmClass = "absent";
    }
    System.out.println("binding=" + binding + " ffm-class=" + ffmClass);
    System.out.flush();
  }
}
