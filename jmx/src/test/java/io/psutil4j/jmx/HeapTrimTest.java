package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.Platforms;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.MBeanOperationInfo;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import javax.management.RuntimeMBeanException;
import javax.management.openmbean.CompositeData;
import org.junit.jupiter.api.Test;

/** heapTrim: what it returns, one at a time, at most once per interval, and how JMX shows it. */
class HeapTrimTest {
  private static final HeapTrimmer.Memory BEFORE = new HeapTrimmer.Memory(100L, 80L, 50L, 7L);
  private static final HeapTrimmer.Memory AFTER = new HeapTrimmer.Memory(90L, 70L, 40L, 7L);
  private static final Runnable ALLOWED =
      HeapTrimmer.gate(ControlsPolicy.off().withHeapTrim(true), () -> true);

  @Test
  void returnsMemoryBeforeAndAfterAndTheTimeTaken() {
    AtomicInteger reads = new AtomicInteger();
    AtomicLong now = new AtomicLong(5_000_000_000L);
    HeapTrimmer t =
        new HeapTrimmer(
            ALLOWED,
            () -> reads.incrementAndGet() == 1 ? BEFORE : AFTER,
            () -> {
              now.addAndGet(250_000_000L);
              return true;
            },
            now::get,
            10_000);
    HeapTrimResult d = t.trim();
    assertEquals(100L, d.getRssBefore());
    assertEquals(90L, d.getRssAfter());
    assertEquals(80L, d.getUssBefore());
    assertEquals(70L, d.getUssAfter());
    assertEquals(50L, d.getHeapUsedBefore());
    assertEquals(40L, d.getHeapUsedAfter());
    assertEquals(7L, d.getMmapUsedAfter());
    assertEquals(true, d.isReleased());
    assertEquals(0.25, d.getSeconds(), 1e-9);
  }

  @Test
  void aSecondCallInsideTheIntervalIsRefusedNamingWhenTheNextIsAllowed() {
    AtomicLong now = new AtomicLong();
    AtomicInteger trims = new AtomicInteger();
    HeapTrimmer t =
        new HeapTrimmer(ALLOWED, () -> BEFORE, () -> trims.incrementAndGet() > 0, now::get, 10_000);
    t.trim();
    now.set(7_000_000_000L);
    IllegalStateException e = assertThrows(IllegalStateException.class, t::trim);
    assertTrue(e.getMessage().contains("allowed in 3.0 s"), e.getMessage());
    assertEquals(1, trims.get());
    now.set(10_000_000_000L);
    t.trim();
    assertEquals(2, trims.get());
  }

  @Test
  void aConcurrentCallIsRefusedWhileOneRuns() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    HeapTrimmer t =
        new HeapTrimmer(
            ALLOWED,
            () -> BEFORE,
            () -> {
              inside.countDown();
              try {
                return release.await(30, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
              }
            },
            System::nanoTime,
            0);
    CompletableFuture<HeapTrimResult> first = CompletableFuture.supplyAsync(t::trim);
    assertTrue(inside.await(30, TimeUnit.SECONDS));
    IllegalStateException e = assertThrows(IllegalStateException.class, t::trim);
    assertTrue(e.getMessage().contains("already running"), e.getMessage());
    release.countDown();
    assertEquals(true, first.get(30, TimeUnit.SECONDS).isReleased());
  }

  @Test
  void refusedUnlessAllowedAndRatherThanMakeTheJdkPrint() {
    AtomicInteger trims = new AtomicInteger();
    HeapTrimmer off =
        new HeapTrimmer(
            HeapTrimmer.gate(ControlsPolicy.off(), () -> true),
            () -> BEFORE,
            () -> trims.incrementAndGet() > 0,
            System::nanoTime,
            0);
    SecurityException e = assertThrows(SecurityException.class, off::trim);
    assertTrue(e.getMessage().contains("heapTrim=true"), e.getMessage());

    HeapTrimmer noNativeAccess =
        new HeapTrimmer(
            HeapTrimmer.gate(ControlsPolicy.off().withEnabled(true), () -> false),
            () -> BEFORE,
            () -> trims.incrementAndGet() > 0,
            System::nanoTime,
            0);
    IllegalStateException n = assertThrows(IllegalStateException.class, noNativeAccess::trim);
    assertTrue(n.getMessage().contains("--enable-native-access=ALL-UNNAMED"), n.getMessage());
    assertEquals(0, trims.get(), "neither refusal reached malloc_trim");
  }

  @Test
  void theProcessMBeanRefusesHeapTrimByDefault() throws Exception {
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    Registration r = PsutilMBeans.register(server, JmxConfig.of("trimoff.psutil4j", 0));
    try {
      ObjectName process = new ObjectName("trimoff.psutil4j:type=Process");
      RuntimeException refused =
          assertThrows(
              RuntimeException.class, () -> server.invoke(process, "heapTrim", null, null));
      assertTrue(refused.getCause() instanceof SecurityException, String.valueOf(refused));

    } finally {
      r.close();
    }
  }

  @Test
  void theProcessMBeanOffersHeapTrimAsAnActionAndItTrimsThisJvmWhereAllowed() throws Exception {
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    JmxConfig config =
        JmxConfig.of("trim.psutil4j", 0)
            .withControlsPolicy(ControlsPolicy.off().withHeapTrim(true));
    Registration r = PsutilMBeans.register(server, config);
    try {
      ObjectName process = new ObjectName("trim.psutil4j:type=Process");
      MBeanOperationInfo op = server.getMBeanInfo(process).getOperations()[0];
      assertEquals("heapTrim", op.getName());
      assertEquals(MBeanOperationInfo.ACTION, op.getImpact());
      assertTrue(op.getDescription().contains("malloc_trim"), op.getDescription());
      if (!Platforms.nativeLoadsQuietly()) {
        // JDK 24+ without --enable-native-access: refused, and JNA never loaded
        RuntimeMBeanException refused =
            assertThrows(
                RuntimeMBeanException.class, () -> server.invoke(process, "heapTrim", null, null));
        assertTrue(
            refused.getCause().getMessage().contains("--enable-native-access"),
            refused.getCause().getMessage());
        return;
      }
      CompositeData d = (CompositeData) server.invoke(process, "heapTrim", null, null);
      assertNotNull(d.get("rssBefore"));
      assertNotNull(d.get("heapUsedAfter"), "JNA loads on JDK " + Runtime.version().feature());
      assertTrue((Double) d.get("seconds") >= 0);
      RuntimeMBeanException again =
          assertThrows(
              RuntimeMBeanException.class, () -> server.invoke(process, "heapTrim", null, null));
      assertTrue(again.getCause().getMessage().contains("at most once per 10 s"));
    } finally {
      r.close();
    }
  }
}
