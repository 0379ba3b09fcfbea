package io.psutil4j.jmx;

import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/**
 * Builds every psutil4j ObjectName, from a string with {@code type} written first: jmx_exporter
 * names a metric after the first key as written, and JConsole groups its tree by it.
 */
final class ObjectNames {
  private ObjectNames() {}

  /** {@code <domain>:type=<type>}. */
  static ObjectName singleton(String domain, String type) {
    return parse(domain + ":type=" + type);
  }

  /** {@code <domain>:type=<type>,name=<entity>}, the entity quoted when JMX syntax needs it. */
  static ObjectName entity(String domain, String type, String entity) {
    return parse(domain + ":type=" + type + ",name=" + quoteIfNeeded(entity));
  }

  /** {@code <domain>:type=<type>,name="<entity>"}, always quoted (mountpoints). */
  static ObjectName quotedEntity(String domain, String type, String entity) {
    return parse(domain + ":type=" + type + ",name=" + ObjectName.quote(entity));
  }

  /** Every name of this domain. */
  static ObjectName domainPattern(String domain) {
    return parse(domain + ":*");
  }

  static String quoteIfNeeded(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '=' || c == ':' || c == '"' || c == '*' || c == '?' || c == '\n') {
        return ObjectName.quote(value);
      }
    }
    return value;
  }

  private static ObjectName parse(String name) {
    try {
      return new ObjectName(name);
    } catch (MalformedObjectNameException e) {
      throw new IllegalArgumentException("not a valid ObjectName: '" + name + "'", e);
    }
  }
}
