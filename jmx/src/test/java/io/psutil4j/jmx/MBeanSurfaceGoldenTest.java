package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.management.Descriptor;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanFeatureInfo;
import javax.management.MBeanInfo;
import javax.management.MBeanNotificationInfo;
import javax.management.MBeanOperationInfo;
import javax.management.MBeanParameterInfo;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/**
 * What a JMX client sees of every psutil4j MBean (the default registration, plus Controls so its
 * operations are covered): ObjectName patterns, descriptions, attribute names, types and
 * descriptors, operations and their signatures, notifications. The checked-in listing is the
 * contract; a change to it is a change a user sees. Per-entity MBeans are listed once per type, by
 * pattern ({@code name=*}), so the listing does not depend on this host's disks and NICs.
 *
 * <p>Regenerate after a deliberate change: {@code mvn -pl jmx test -Dtest=MBeanSurfaceGoldenTest
 * -Dpsutil4j.golden.update=true}, and review the diff.
 */
class MBeanSurfaceGoldenTest {
  private static final Path GOLDEN = Paths.get("src/test/resources/golden/mbean-surface.txt");

  @Test
  void everyMBeanShowsExactlyTheCheckedInSurface() throws Exception {
    String live = surface();
    if (Boolean.getBoolean("psutil4j.golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, live, StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(GOLDEN, StandardCharsets.UTF_8),
        live,
        "the MBeans' visible surface changed; if on purpose, regenerate " + GOLDEN);
  }

  /** The listing of every MBean type registered now, sorted by pattern. */
  static String surface() throws Exception {
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    Map<String, String> sections = new TreeMap<>();
    try (Registration r = PsutilMBeans.register(server, JmxConfig.defaults().withControls(true))) {
      for (ObjectName name : r.names()) {
        String pattern = pattern(name);
        if (!sections.containsKey(pattern)) {
          sections.put(pattern, section(pattern, server.getMBeanInfo(name)));
        }
      }
    }
    return String.join("", sections.values());
  }

  /** {@code psutil4j:type=Disk,name=*}, or {@code name="*"} when the entity's name is quoted. */
  private static String pattern(ObjectName name) {
    StringBuilder p = new StringBuilder(name.getDomain()).append(':');
    String sep = "";
    for (String kv : name.getKeyPropertyListString().split(",")) {
      String key = kv.substring(0, kv.indexOf('='));
      String value = kv.substring(kv.indexOf('=') + 1);
      p.append(sep).append(key).append('=');
      p.append(key.equals("type") ? value : value.startsWith("\"") ? "\"*\"" : "*");
      sep = ",";
    }
    return p.toString();
  }

  private static String section(String pattern, MBeanInfo info) {
    StringBuilder s = new StringBuilder("== ").append(pattern).append('\n');
    s.append("class: ").append(info.getClassName()).append('\n');
    s.append("description: ").append(info.getDescription()).append('\n');
    s.append("descriptor: ").append(descriptor(info.getDescriptor())).append('\n');
    s.append("constructors: ").append(info.getConstructors().length).append('\n');
    for (MBeanAttributeInfo a : sorted(info.getAttributes())) {
      s.append("attribute ")
          .append(a.getName())
          .append(" : ")
          .append(a.getType())
          .append(a.isReadable() ? " r" : "")
          .append(a.isWritable() ? " w" : "")
          .append(a.isIs() ? " is" : "")
          .append('\n');
      s.append("  description: ").append(a.getDescription()).append('\n');
      s.append("  descriptor: ").append(descriptor(a.getDescriptor())).append('\n');
    }
    for (MBeanOperationInfo o : sorted(info.getOperations())) {
      s.append("operation ")
          .append(o.getName())
          .append('(')
          .append(parameters(o.getSignature()))
          .append(") : ")
          .append(o.getReturnType())
          .append(" impact=")
          .append(o.getImpact())
          .append('\n');
      s.append("  description: ").append(o.getDescription()).append('\n');
      s.append("  descriptor: ").append(descriptor(o.getDescriptor())).append('\n');
      for (MBeanParameterInfo p : o.getSignature()) {
        s.append("  param ")
            .append(p.getName())
            .append(": ")
            .append(p.getDescription())
            .append(" | ")
            .append(descriptor(p.getDescriptor()))
            .append('\n');
      }
    }
    for (MBeanNotificationInfo n : sorted(info.getNotifications())) {
      s.append("notification ")
          .append(n.getName())
          .append(' ')
          .append(new TreeSet<>(Arrays.asList(n.getNotifTypes())))
          .append('\n');
      s.append("  description: ").append(n.getDescription()).append('\n');
    }
    return s.toString();
  }

  private static String parameters(MBeanParameterInfo[] params) {
    List<String> out = new ArrayList<>();
    for (MBeanParameterInfo p : params) {
      out.add(p.getType() + " " + p.getName());
    }
    return String.join(", ", out);
  }

  /** The MBeanInfo's order is unspecified: by name (then signature, for overloads). */
  private static <F extends MBeanFeatureInfo> List<F> sorted(F[] features) {
    List<F> list = new ArrayList<>(Arrays.asList(features));
    list.sort(Comparator.comparing(MBeanSurfaceGoldenTest::sortKey));
    return list;
  }

  private static String sortKey(MBeanFeatureInfo f) {
    return f instanceof MBeanOperationInfo
        ? f.getName() + "(" + parameters(((MBeanOperationInfo) f).getSignature())
        : f.getName();
  }

  private static String descriptor(Descriptor d) {
    Map<String, Object> fields = new TreeMap<>();
    for (String field : d.getFieldNames()) {
      fields.put(field, d.getFieldValue(field));
    }
    return fields.toString();
  }
}
