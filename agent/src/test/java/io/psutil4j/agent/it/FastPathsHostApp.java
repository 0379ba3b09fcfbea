package io.psutil4j.agent.it;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * A host that asks the agent's own class loader (the loader of a psutil4j MBean) which binding
 * core's libc fast paths use there, whether the multi-release FFM class is found in it, and whether
 * four of the calls answer (sysinfo, statvfs, sched_getaffinity, getifaddrs).
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
    Class<?> nativeLinux = Class.forName("io.psutil4j.linux.nativeaccess.NativeLinux", true, agent);
    Object binding = nativeLinux.getMethod("fastPathBinding").invoke(null);
    String calls = "none";
    if ((Boolean) nativeLinux.getMethod("fastPathsQuiet").invoke(null)) {
      double[] loads = (double[]) nativeLinux.getMethod("loadAverage").invoke(null);
      long[] fs = (long[]) nativeLinux.getMethod("statvfs", String.class).invoke(null, "/");
      int pid = (int) ProcessHandle.current().pid();
      int[] cpus = (int[]) nativeLinux.getMethod("getAffinity", int.class).invoke(null, pid);
      Map<?, ?> nics = (Map<?, ?>) nativeLinux.getMethod("nicAddresses").invoke(null);
      calls =
          loads.length == 3 && fs[1] > 0 && cpus.length > 0 && !nics.isEmpty() ? "worked" : "wrong";
    }
    String ffmClass;
    try {
      Class.forName("io.psutil4j.linux.nativeaccess.FfmKernelCalls", false, agent);
      ffmClass = "found";
    } catch (ClassNotFoundException e) {
      ffmClass = "absent";
    }
    System.out.println("binding=" + binding + " ffm-class=" + ffmClass + " calls=" + calls);
    System.out.flush();
  }
}
