package io.psutil4j.jmx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.management.Descriptor;
import javax.management.JMException;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.openmbean.OpenType;
import javax.management.openmbean.SimpleType;

/**
 * Reads what the registered MBeans say about themselves (MBeanInfo and the {@link Metric}
 * descriptor fields), one {@link CatalogEntry} per {@code type}: per-entity MBeans ({@code
 * type=Disk,name=sda}, {@code name=sdb}) collapse into {@code type=Disk,name=*}.
 */
final class MetricCatalog {
  private static final Set<OpenType<?>> NUMBERS =
      Set.of(
          SimpleType.BYTE,
          SimpleType.SHORT,
          SimpleType.INTEGER,
          SimpleType.LONG,
          SimpleType.FLOAT,
          SimpleType.DOUBLE,
          SimpleType.BIGDECIMAL,
          SimpleType.BIGINTEGER);

  private MetricCatalog() {}

  /** Every MBean type of {@code domain} in {@code server}, sorted by type. */
  static List<CatalogEntry> read(MBeanServer server, String domain) throws JMException {
    Map<String, ObjectName> firstOfType = new TreeMap<>();
    for (ObjectName name : server.queryNames(ObjectNames.domainPattern(domain), null)) {
      String type = name.getKeyProperty("type");
      if (type != null) {
        // Cpu (all CPUs) and Cpu,name=cpu0 (one) are two sections: same type, other keys
        String section = type + " " + new java.util.TreeSet<>(name.getKeyPropertyList().keySet());
        firstOfType.merge(
            section, name, (a, b) -> a.toString().compareTo(b.toString()) <= 0 ? a : b);
      }
    }
    Set<String> singletonTypes = new java.util.HashSet<>();
    for (ObjectName name : firstOfType.values()) {
      if (name.getKeyPropertyList().size() == 1) {
        singletonTypes.add(name.getKeyProperty("type"));
      }
    }
    List<CatalogEntry> entries = new ArrayList<>();
    for (ObjectName name : firstOfType.values()) {
      String type = name.getKeyProperty("type");
      String stem = MetricNames.snake(type).toLowerCase(Locale.ROOT);
      List<String> metricStem =
          name.getKeyPropertyList().size() > 1 && singletonTypes.contains(type)
              ? List.of(stem, "per" + stem) // psutil's own word: cpu_times(percpu=True)
              : List.of(stem);
      entries.add(entry(server, domain, type, metricStem, name));
    }
    return entries;
  }

  private static CatalogEntry entry(
      MBeanServer server, String domain, String type, List<String> metricStem, ObjectName name)
      throws JMException {
    List<String> entityKeys = new ArrayList<>();
    boolean quoted = false;
    StringBuilder pattern = new StringBuilder(domain).append(":type=").append(type);
    // key order as written: jmx_exporter and JConsole follow it
    for (String kv : name.getKeyPropertyListString().split(",")) {
      String key = kv.substring(0, kv.indexOf('='));
      if (!key.equals("type")) {
        entityKeys.add(key);
        quoted |= kv.substring(kv.indexOf('=') + 1).startsWith("\"");
        pattern.append(',').append(key).append("=*");
      }
    }
    MBeanInfo info = server.getMBeanInfo(name);
    // MBeanInfo's order is unspecified: sort, so the generated files are stable
    List<MBeanAttributeInfo> sorted = new ArrayList<>(List.of(info.getAttributes()));
    sorted.sort(Comparator.comparing(MBeanAttributeInfo::getName));
    List<CatalogEntry.Attribute> attributes = new ArrayList<>();
    for (MBeanAttributeInfo a : sorted) {
      attributes.add(attribute(a));
    }
    return new CatalogEntry(
        domain,
        type,
        pattern.toString(),
        entityKeys,
        quoted,
        metricStem,
        info.getDescription(),
        attributes);
  }

  private static CatalogEntry.Attribute attribute(MBeanAttributeInfo a) {
    Descriptor d = a.getDescriptor();
    Object openType = d.getFieldValue("openType");
    String typeName =
        openType instanceof OpenType ? ((OpenType<?>) openType).getTypeName() : a.getType();
    return new CatalogEntry.Attribute(
        a.getName(),
        typeName.startsWith("java.lang.") ? typeName.substring("java.lang.".length()) : typeName,
        NUMBERS.contains(openType),
        field(d, "units"),
        field(d, "metricType"),
        field(d, "io.psutil4j.psutil"),
        d.getFieldValue("io.psutil4j.summary") == null
            ? a.getDescription()
            : field(d, "io.psutil4j.summary"));
  }

  private static String field(Descriptor d, String name) {
    Object value = d.getFieldValue(name);
    return value == null ? "" : value.toString();
  }
}
