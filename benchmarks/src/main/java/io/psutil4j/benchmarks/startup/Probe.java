package io.psutil4j.benchmarks.startup;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Set;
import java.util.TreeSet;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Runs inside a child JVM, with or without an agent, and prints {@code key=value} lines: heap used
 * after full GCs, loaded classes, Java and kernel thread counts, thread names; with {@code
 * psutil4j}, also when the MBeans appeared and what one full read of them costs.
 */
public final class Probe {
  private Probe() {}

  public static void main(String[] args) throws Exception {
    boolean psutil4j = args.length > 0 && args[0].equals("psutil4j");
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    if (psutil4j) {
      ObjectName process = new ObjectName("psutil4j:type=Process");
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (!server.isRegistered(process)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("psutil4j MBeans never appeared");
        }
        Thread.sleep(1);
      }
      long sinceStart =
          System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
      System.out.println("registeredAfterJvmStartMs=" + sinceStart);
      System.out.println("firstFullReadUs=" + readAll(server));
      Thread.sleep(1100); // past the agent's default 1 s cache: the next read goes to the kernel
      System.out.println("refreshFullReadUs=" + readAll(server));
    }
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    System.out.println(
        "heapUsedBytes=" + ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    System.out.println(
        "nonHeapUsedBytes="
            + ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage().getUsed());
    System.out.println(
        "loadedClasses=" + ManagementFactory.getClassLoadingMXBean().getLoadedClassCount());
    Set<String> names = new TreeSet<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      names.add(t.getName());
    }
    System.out.println("javaThreads=" + names.size());
    System.out.println("threadNames=" + String.join(",", names));
    System.out.println("kernelThreads=" + kernelThreads());
  }

  private static long readAll(MBeanServer server) throws Exception {
    long start = System.nanoTime();
    int values = 0;
    for (ObjectName name : server.queryNames(new ObjectName("psutil4j:*"), null)) {
      MBeanAttributeInfo[] infos = server.getMBeanInfo(name).getAttributes();
      String[] attributes = new String[infos.length];
      for (int i = 0; i < infos.length; i++) {
        attributes[i] = infos[i].getName();
      }
      values += server.getAttributes(name, attributes).size();
    }
    long micros = (System.nanoTime() - start) / 1000;
    if (values == 0) {
      throw new IllegalStateException("no psutil4j attributes read");
    }
    return micros;
  }

  /** Threads: in /proc/self/status, JVM-internal threads (GC, compiler) included. */
  private static String kernelThreads() throws IOException {
    for (String line :
        Files.readAllLines(Paths.get("/proc/self/status"), StandardCharsets.US_ASCII)) {
      if (line.startsWith("Threads:")) {
        return line.substring("Threads:".length()).trim();
      }
    }
    return "?";
  }
}
