package io.psutil4j.jmx;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * A JVM with known owners of its memory for {@link MemoryOwnersTest}: the heap of its -Xms
 * (pre-touched by the test's flags), {@code args[0]} parked threads and a direct buffer of {@code
 * args[1]} MiB. Prints "READY", waits for a line on stdin (the test runs jcmd meanwhile), then
 * prints every ProcessMemory attribute as name=value read through its own platform MBeanServer.
 */
public final class MemoryOwnersChildMain {
  private MemoryOwnersChildMain() {}

  public static void main(String[] args) throws Exception {
    int threads = Integer.parseInt(args[0]);
    int directMib = Integer.parseInt(args[1]);
    CountDownLatch never = new CountDownLatch(1);
    List<Thread> parked = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread t =
          new Thread(
              () -> {
                try {
                  never.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
      t.setDaemon(true);
      t.start();
      parked.add(t);
    }
    ByteBuffer direct = ByteBuffer.allocateDirect(directMib << 20); // zeroed, so resident
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    Registration r = PsutilMBeans.register(server, JmxConfig.of("child", 0));
    System.out.println("READY");
    System.out.flush();
    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    ObjectName name = new ObjectName("child:type=ProcessMemory");
    for (MBeanAttributeInfo a : server.getMBeanInfo(name).getAttributes()) {
      System.out.println(a.getName() + "=" + server.getAttribute(name, a.getName()));
    }
    System.out.println("DirectCapacity=" + direct.capacity() + " Threads=" + parked.size());
    r.close();
  }
}
