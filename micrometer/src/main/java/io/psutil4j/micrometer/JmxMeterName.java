package io.psutil4j.micrometer;

import java.util.Locale;
import javax.management.ObjectName;

/**
 * Micrometer's name for an attribute of a psutil4j MBean: lowercase words joined by dots, {@code
 * psutil4j:type=Memory} attribute {@code Available} as {@code psutil4j.memory.available}. A
 * per-entity MBean whose type also has a singleton ({@code type=Cpu,name=cpu0} beside {@code
 * type=Cpu}) takes psutil's own prefix, {@code psutil4j.percpu.user}: Prometheus needs one set of
 * tag keys per name.
 */
final class JmxMeterName {
  private JmxMeterName() {}

  static String of(ObjectName mbean, boolean perEntity, String attribute) {
    String type = dotted(mbean.getKeyProperty("type"));
    String domain = mbean.getDomain().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".");
    return domain + "." + (perEntity ? "per" + type : type) + "." + dotted(attribute);
  }

  /** {@code CtxSwitchesVoluntary} to {@code ctx.switches.voluntary}; {@code Load15} to load15. */
  static String dotted(String camel) {
    StringBuilder out = new StringBuilder(camel.length() + 8);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(camel.charAt(i - 1))) {
        out.append('.');
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }
}
