package io.psutil4j.benchmarks.scale;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.management.AttributeList;
import javax.management.JMException;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * {@link InHostReadMBean}: the default full read made inside the host, on its platform MBeanServer,
 * so its time is the agent's own work without the connector's; the same boundary as the floor in
 * host. The MBeans are listed at the first read (the agent registers them from its own thread).
 */
public final class InHostRead implements InHostReadMBean {
  static final String NAME = "psutil4j.bench:type=InHostRead";

  private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
  private final List<ObjectName> names = new ArrayList<>();
  private final List<String[]> attributes = new ArrayList<>();
  private final List<String> types = new ArrayList<>();
  private final List<Integer> typeOf = new ArrayList<>();

  /** The getAttributes run outside the lock: only the listing is guarded, never a kernel read. */
  @Override
  public long[] readNanos() throws JMException {
    listOnce();
    long[] nanos = new long[types.size() + 1];
    long start = System.nanoTime();
    for (int i = 0; i < names.size(); i++) {
      long t0 = System.nanoTime();
      AttributeList answered = server.getAttributes(names.get(i), attributes.get(i));
      nanos[typeOf.get(i) + 1] += System.nanoTime() - t0;
      if (answered.isEmpty() && attributes.get(i).length > 0) {
        throw new IllegalStateException(names.get(i) + " answered nothing");
      }
    }
    nanos[0] = System.nanoTime() - start;
    return nanos;
  }

  @Override
  public String[] getTypes() throws JMException {
    listOnce();
    return types.toArray(new String[0]);
  }

  /** Lists the MBeans at the first call (the agent registers them from its own thread). */
  private synchronized void listOnce() throws JMException {
    if (!names.isEmpty()) {
      return;
    }
    TreeSet<String> sorted = new TreeSet<>();
    List<ObjectName> found = new ArrayList<>(server.queryNames(new ObjectName("psutil4j:*"), null));
    for (ObjectName name : found) {
      sorted.add(name.getKeyProperty("type"));
    }
    types.addAll(sorted);
    for (ObjectName name : found) {
      MBeanAttributeInfo[] infos = server.getMBeanInfo(name).getAttributes();
      String[] list = new String[infos.length];
      for (int i = 0; i < infos.length; i++) {
        list[i] = infos[i].getName();
      }
      names.add(name);
      attributes.add(list);
      typeOf.add(types.indexOf(name.getKeyProperty("type")));
    }
  }
}
