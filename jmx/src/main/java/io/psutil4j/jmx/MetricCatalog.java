package io.psutil4j.jmx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.management.openmbean.OpenType;
import javax.management.openmbean.SimpleType;

/**
 * The MBean types of some {@link MBeanTable}s as the generated reference lists them, one {@link
 * CatalogEntry} per ObjectName pattern ({@code type=Disk,name=*}), sorted by type.
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

  /** Every table as an entry of {@code domain}, sorted by type (a type's singleton last). */
  static List<CatalogEntry> of(String domain, List<MBeanTable> tables) {
    Map<String, MBeanTable> sections = new TreeMap<>();
    Set<String> singletonTypes = new HashSet<>();
    for (MBeanTable t : tables) {
      // Cpu (all CPUs) and Cpu,name=cpu0 (one) are two sections: same type, other keys
      sections.put(t.type + (t.perEntity() ? " [name, type]" : " [type]"), t);
      if (!t.perEntity()) {
        singletonTypes.add(t.type);
      }
    }
    List<CatalogEntry> entries = new ArrayList<>();
    for (MBeanTable t : sections.values()) {
      String stem = MetricNames.snake(t.type).toLowerCase(Locale.ROOT);
      List<String> metricStem =
          t.perEntity() && singletonTypes.contains(t.type)
              ? List.of(stem, "per" + stem) // psutil's own word: cpu_times(percpu=True)
              : List.of(stem);
      entries.add(entry(domain, t, metricStem));
    }
    return entries;
  }

  private static CatalogEntry entry(String domain, MBeanTable t, List<String> metricStem) {
    String pattern = domain + ":type=" + t.type + (t.perEntity() ? ",name=*" : "");
    // sorted, so the generated files are stable and easy to search
    List<Row<?>> sorted = new ArrayList<>(t.rows);
    sorted.sort(Comparator.comparing(r -> r.name));
    List<CatalogEntry.Attribute> attributes = new ArrayList<>();
    for (Row<?> r : sorted) {
      attributes.add(attribute(r));
    }
    return new CatalogEntry(
        domain,
        t.type,
        pattern,
        t.perEntity() ? List.of("name") : List.of(),
        t.naming == MBeanTable.Naming.PER_ENTITY_QUOTED,
        metricStem,
        t.description,
        attributes);
  }

  private static CatalogEntry.Attribute attribute(Row<?> r) {
    String typeName = r.openType.getTypeName();
    return new CatalogEntry.Attribute(
        r.name,
        typeName.startsWith("java.lang.") ? typeName.substring("java.lang.".length()) : typeName,
        NUMBERS.contains(r.openType),
        r.unit,
        r.kind,
        r.psutil,
        r.summary);
  }
}
