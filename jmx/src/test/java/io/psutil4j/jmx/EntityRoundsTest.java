package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.psutil4j.Platforms;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.management.Attribute;
import javax.management.AttributeList;
import javax.management.DynamicMBean;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanNotificationInfo;
import javax.management.MBeanOperationInfo;
import org.junit.jupiter.api.Test;

/**
 * With no cache, the MBeans of one type's entities (here every CPU of this machine) share one
 * reading per round: each takes a reading it has not served yet, so a scrape that reads each of
 * them once reads /proc/stat once, while an MBean asked again reads anew.
 */
class EntityRoundsTest {
  private final AtomicInteger reads = new AtomicInteger();
  private final CpuCores cores = new CpuCores(Platforms.current());
  private final Entities<CpuCores.Core> cpus =
      new Entities<>(
          CpuCoreTable.TABLE,
          CpuCoreTable.PER_CPU,
          EntitySelector.all("Cpu"),
          selector -> {
            reads.incrementAndGet();
            return cores.read(selector);
          },
          0);
  private final String[] attributes = attributeNames();

  private static String[] attributeNames() {
    MBeanAttributeInfo[] info =
        CpuCoreTable.TABLE
            .mbeanInfo("x", new MBeanOperationInfo[0], new MBeanNotificationInfo[0])
            .getAttributes();
    String[] names = new String[info.length];
    for (int i = 0; i < info.length; i++) {
      names[i] = info[i].getName();
    }
    return names;
  }

  private List<DynamicMBean> everyCpu() {
    Map<String, CpuCores.Core> now =
        new CpuCores(Platforms.current()).read(EntitySelector.all("Cpu"));
    assertFalse(now.isEmpty(), "this machine lists its CPUs in /proc/stat");
    List<DynamicMBean> out = new ArrayList<>();
    for (String name : now.keySet()) {
      out.add((DynamicMBean) cpus.mbean(name));
    }
    return out;
  }

  /** Reads every attribute of each MBean once, checking that each got its values. */
  private void round(List<DynamicMBean> beans) {
    for (DynamicMBean bean : beans) {
      AttributeList values = bean.getAttributes(attributes);
      for (Attribute a : values.asList()) {
        if (a.getName().equals("User")) {
          assertNotNull(a.getValue(), "every CPU's user time is read");
        }
      }
    }
  }

  @Test
  void aRoundOfEverySiblingCostsOneReadingAndTheNextRoundAnother() {
    List<DynamicMBean> beans = everyCpu();
    round(beans);
    assertEquals(1, reads.get(), "one reading for " + beans.size() + " CPUs' MBeans");
    round(beans);
    assertEquals(2, reads.get(), "the next round reads anew");
  }

  @Test
  void anMBeanAskedAgainReadsAnew() {
    DynamicMBean first = everyCpu().get(0);
    first.getAttributes(attributes);
    first.getAttributes(attributes);
    assertEquals(2, reads.get());
  }

  @Test
  void aReadingOlderThanARoundIsNotTaken() throws Exception {
    List<DynamicMBean> beans = everyCpu();
    assumeTrue(beans.size() > 1, "a sibling needs a second CPU");
    beans.get(0).getAttributes(attributes);
    Thread.sleep(Entities.ROUND_MILLIS + 100);
    beans.get(1).getAttributes(attributes); // never served the first reading, now too old
    assertEquals(2, reads.get());
  }
}
