package io.psutil4j.jmx;

import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.Map;
import javax.management.openmbean.OpenType;
import javax.management.openmbean.SimpleType;
import org.jspecify.annotations.Nullable;

/**
 * The table of a hand-written bean, read from its interface's {@link Metric} annotations without
 * registering it anywhere, so the metrics reference has one path for every type. Its rows have no
 * source: the bean itself serves them.
 */
final class AnnotatedTable {
  private static final OpenType<?>[] SIMPLE = {
    SimpleType.BOOLEAN,
    SimpleType.INTEGER,
    SimpleType.LONG,
    SimpleType.DOUBLE,
    SimpleType.FLOAT,
    SimpleType.SHORT,
    SimpleType.BYTE,
    SimpleType.STRING,
    SimpleType.BIGDECIMAL,
    SimpleType.BIGINTEGER
  };

  private AnnotatedTable() {}

  /**
   * The attributes of {@code iface}'s annotated getters; {@code openTypes} gives the open type of
   * those whose Java type is not a simple one (the Threads table).
   */
  static MBeanTable of(
      @Nullable MBeanGroup group,
      String type,
      MBeanTable.Naming naming,
      String description,
      Class<?> iface,
      Map<String, OpenType<?>> openTypes) {
    MBeanTable.Builder table = MBeanTable.table(group, type, naming, description);
    for (Method m : iface.getMethods()) {
      Metric metric = m.getAnnotation(Metric.class);
      if (metric != null) {
        String name = attributeName(m);
        OpenType<?> openType = openTypes.getOrDefault(name, simple(m.getReturnType()));
        if (openType == null) {
          throw new IllegalArgumentException(
              iface.getName()
                  + "."
                  + m.getName()
                  + " returns "
                  + m.getReturnType().getName()
                  + ", which is no simple open type: give its open type");
        }
        table.add(
            new Row<>(
                name,
                openType,
                metric.unit(),
                metric.type(),
                metric.psutil(),
                metric.summary(),
                null,
                reading -> null,
                false));
      }
    }
    return table.build();
  }

  /** {@code getNumFds} to {@code NumFds}; {@code isRunning} to {@code Running}. */
  private static String attributeName(Method getter) {
    String n = getter.getName();
    return n.startsWith("get") ? n.substring(3) : n.startsWith("is") ? n.substring(2) : n;
  }

  private static @Nullable OpenType<?> simple(Class<?> javaType) {
    // an MXBean getter may return a primitive: its open type is its wrapper's
    String className = MethodType.methodType(javaType).wrap().returnType().getName();
    for (OpenType<?> t : SIMPLE) {
      if (t.getClassName().equals(className)) {
        return t;
      }
    }
    return null;
  }
}
