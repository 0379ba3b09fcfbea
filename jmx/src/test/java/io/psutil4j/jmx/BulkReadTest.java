package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import javax.management.Attribute;
import javax.management.AttributeList;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/** One getAttributes request costs one kernel read per snapshot, even with a cache of 0 ms. */
class BulkReadTest {
  /** A two-attribute bean whose reading counts how often it is taken. */
  public interface CountingMXBean {
    Integer getFirst();

    Integer getSecond();
  }

  static final class Counting implements CountingMXBean {
    final AtomicInteger reads = new AtomicInteger();
    final Snapshot<Integer> snapshot = new Snapshot<>(reads::incrementAndGet, 0);

    @Override
    public Integer getFirst() {
      return snapshot.get();
    }

    @Override
    public Integer getSecond() {
      return snapshot.get();
    }
  }

  @Test
  void aBulkRequestIsServedByOneReadingAndSingleReadsStillRefresh() throws Exception {
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    Counting bean = new Counting();
    ObjectName name = new ObjectName("test:type=Counting");
    server.registerMBean(new DescribedMBean<>(bean, CountingMXBean.class, "counting"), name);
    AttributeList all = server.getAttributes(name, new String[] {"First", "Second"});
    assertEquals(1, bean.reads.get());
    assertEquals(2, all.size());
    for (Attribute a : all.asList()) {
      assertEquals(1, a.getValue(), a.getName() + " from the one reading");
    }
    assertEquals(2, server.getAttribute(name, "First"));
    assertEquals(3, server.getAttribute(name, "Second"));
    server.getAttributes(name, new String[] {"First", "Second"});
    assertEquals(4, bean.reads.get(), "the next bulk request reads again");
  }
}
