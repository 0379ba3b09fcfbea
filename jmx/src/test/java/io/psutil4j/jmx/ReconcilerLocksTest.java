package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.Process;
import io.psutil4j.linux.LinuxPlatform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import javax.management.MBeanServer;
import javax.management.MBeanServerDelegate;
import javax.management.MBeanServerFactory;
import javax.management.MBeanServerNotification;
import javax.management.NotificationListener;
import javax.management.ObjectName;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeping the per-entity MBeans in step holds no lock a reader needs, and the MBeanServer's
 * registration notifications go out with no lock of ours held: a listener that reads another MBean
 * from another thread while it is being told of a new NIC gets its answer at once.
 */
class ReconcilerLocksTest {
  @Test
  void aListenerToRegistrationsCanReadOtherMBeans(@TempDir Path root) throws Exception {
    LinuxPlatform fixture = FixtureRoots.copyOfHost(root);
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    ObjectName host = new ObjectName("fx:type=Host");
    ObjectName eth7 = new ObjectName("fx:type=NetworkInterface,name=eth7");
    List<Long> readMillis = new CopyOnWriteArrayList<>();
    NotificationListener listener =
        (n, handback) -> {
          MBeanServerNotification m = (MBeanServerNotification) n;
          if (!m.getMBeanName().equals(eth7)
              || !n.getType().equals(MBeanServerNotification.REGISTRATION_NOTIFICATION)) {
            return;
          }
          long t0 = System.nanoTime();
          Thread reader =
              new Thread(
                  () -> {
                    try {
                      assertNotNull(server.getAttribute(host, "BootTime"));
                      readMillis.add((System.nanoTime() - t0) / 1_000_000);
                    } catch (Exception e) {
                      throw new IllegalStateException(e);
                    }
                  });
          reader.setDaemon(true);
          reader.start();
          try {
            reader.join(2000); // a lock held across registerMBean would block it for good
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        };
    server.addNotificationListener(MBeanServerDelegate.DELEGATE_NAME, listener, null, null);
    try (Registration r =
        PsutilMBeans.register(server, JmxConfig.of("fx", 0), fixture, Process.current(), l -> {})) {
      FixtureRoots.rewrite(
          root.resolve("proc/net/dev"),
          lines -> {
            lines.add("  eth7: 5 1 0 0 0 0 0 0 7 1 0 0 0 0 0 0");
            return lines;
          });
      Files.createDirectories(root.resolve("sys/class/net/eth7"));
      Thread.sleep(Reconciler.MIN_INTERVAL_MILLIS + 100);
      FixtureRoots.readUntil(server, host, "Uptime", () -> !readMillis.isEmpty());
      assertTrue(readMillis.get(0) < 500, "the listener's read took " + readMillis + " ms");
      assertTrue(r.names().contains(eth7));
    }
  }

  @Test
  void aCallGivenUpOnBeforeItBeganIsNotLeftStuck() throws Exception {
    // a thread that starts late (a loaded host): the call has not begun at the deadline
    Executor late =
        task -> {
          Thread t =
              new Thread(
                  () -> {
                    try {
                      Thread.sleep(300);
                    } catch (InterruptedException e) {
                      return;
                    }
                    task.run();
                  });
          t.setDaemon(true);
          t.start();
        };
    DeadlineCalls<String, String> calls = new DeadlineCalls<>(k -> k + "!", 100, late);
    assertNull(calls.callAll(List.of("a")).get("a"), "given up on at the deadline");
    assertEquals(Set.of("a"), calls.stuck());
    Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> calls.stuck().isEmpty());
    DeadlineCalls<String, String> prompt = new DeadlineCalls<>(k -> k + "!", 1000, Runnable::run);
    assertEquals("a!", prompt.callAll(List.of("a")).get("a"));
    assertFalse(prompt.callAll(List.of("a", "b")).containsValue(null));
  }
}
