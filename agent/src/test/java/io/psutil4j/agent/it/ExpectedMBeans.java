package io.psutil4j.agent.it;

import io.psutil4j.jmx.JmxConfig;
import io.psutil4j.jmx.PsutilMBeans;
import io.psutil4j.jmx.Registration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.management.JMException;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanInfo;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import javax.management.openmbean.SimpleType;

/**
 * What the agent in a child JVM must show: the same MBeans registered here, in a private server of
 * the test JVM on the same machine, so the tests follow the MBeans instead of a hand-made list. An
 * attribute that reads null here (not available on this machine) is left out.
 */
final class ExpectedMBeans {
  /** ObjectName to attribute name to its description, for attributes with a value here. */
  final Map<ObjectName, Map<String, String>> descriptions = new TreeMap<>();

  /** ObjectName to its numeric attributes with a value here (the ones exporters export). */
  final Map<ObjectName, Set<String>> numeric = new TreeMap<>();

  final Map<ObjectName, String> beanDescriptions = new TreeMap<>();

  private static final Set<String> NUMBERS =
      Set.of(
          SimpleType.INTEGER.getClassName(),
          SimpleType.LONG.getClassName(),
          SimpleType.DOUBLE.getClassName());

  /**
   * "Cpu" for {@code type=Cpu}, "Cpu,name" for {@code type=Cpu,name=cpu0} (or the pattern {@code
   * name=*}): the MBeans one exporter rule covers.
   */
  static String section(ObjectName bean) {
    StringBuilder s = new StringBuilder(bean.getKeyProperty("type"));
    for (String kv : bean.getKeyPropertyListString().split(",")) {
      String key = kv.substring(0, kv.indexOf('='));
      if (!key.equals("type")) {
        s.append(',').append(key);
      }
    }
    return s.toString();
  }

  static ExpectedMBeans onThisMachine() throws JMException {
    ExpectedMBeans e = new ExpectedMBeans();
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    Registration r = PsutilMBeans.register(server, JmxConfig.defaults());
    try {
      for (ObjectName name : r.names()) {
        MBeanInfo info = server.getMBeanInfo(name);
        e.beanDescriptions.put(name, info.getDescription());
        Map<String, String> attrs = new TreeMap<>();
        Set<String> numbers = new TreeSet<>();
        for (MBeanAttributeInfo a : info.getAttributes()) {
          if (server.getAttribute(name, a.getName()) == null) {
            continue;
          }
          attrs.put(a.getName(), a.getDescription());
          if (NUMBERS.contains(a.getType())) {
            numbers.add(a.getName());
          }
        }
        e.descriptions.put(name, attrs);
        e.numeric.put(name, numbers);
      }
    } finally {
      r.close();
    }
    return e;
  }
}
