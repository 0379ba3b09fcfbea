package io.psutil4j.jmx;

import java.util.function.Function;
import javax.management.Descriptor;
import javax.management.ImmutableDescriptor;
import javax.management.MBeanAttributeInfo;
import javax.management.openmbean.OpenType;
import javax.management.openmbean.SimpleType;
import org.jspecify.annotations.Nullable;

/**
 * One attribute of an MBean type, as data: its name, open type, unit, kind (gauge or counter),
 * psutil source and summary, the {@link Source} it comes from and how to take its value out of that
 * source's reading.
 */
final class Row<S> {
  /** A value that goes up and down. */
  static final String GAUGE = "gauge";

  /** A value that only grows, until a reboot or restart. */
  static final String COUNTER = "counter";

  final String name;
  final OpenType<?> openType;
  final String unit;
  final String kind;
  final String psutil;
  final String summary;

  /** The kernel reading the value comes from. */
  final Source<S> source;

  /**
   * Whether the attribute is shown as a primitive ({@code long}, {@code boolean} read by {@code
   * isX}), as an MXBean getter returning one shows it: its value is never null.
   */
  final boolean primitive;

  private final Function<? super S, ?> value;

  Row(
      String name,
      OpenType<?> openType,
      String unit,
      String kind,
      String psutil,
      String summary,
      Source<S> source,
      Function<? super S, ?> value,
      boolean primitive) {
    if (primitive && javaType(openType, true).equals(openType.getClassName())) {
      throw new IllegalArgumentException(
          "attribute '" + name + "': " + openType.getClassName() + " has no primitive");
    }
    this.name = name;
    this.openType = openType;
    this.unit = unit;
    this.kind = kind;
    this.psutil = psutil;
    this.summary = summary;
    this.source = source;
    this.value = value;
    this.primitive = primitive;
  }

  /** The value in {@code reading} (a reading of this row's source); null when there is none. */
  @SuppressWarnings("unchecked")
  @Nullable Object valueOf(@Nullable Object reading) {
    return reading == null ? null : value.apply((S) reading);
  }

  /**
   * The attribute as an MXBean of ours shows it: its open type, and a descriptor with the unit
   * ({@code units}), the kind ({@code metricType}), the summary and the psutil source.
   */
  MBeanAttributeInfo info() {
    String javaType = javaType(openType, primitive);
    Descriptor d =
        new ImmutableDescriptor(
            new String[] {
              "io.psutil4j.psutil",
              "io.psutil4j.summary",
              "metricType",
              "openType",
              "originalType",
              "units"
            },
            new Object[] {psutil, summary, kind, openType, javaType, unit});
    boolean is = primitive && openType.equals(SimpleType.BOOLEAN);
    return new MBeanAttributeInfo(
        name, javaType, DescribedMBean.describe(d, name), true, false, is, d);
  }

  /** {@code long} for LONG when {@code primitive}, else the open type's class name. */
  private static String javaType(OpenType<?> openType, boolean primitive) {
    if (!primitive) {
      return openType.getClassName();
    }
    if (openType.equals(SimpleType.LONG)) {
      return "long";
    }
    if (openType.equals(SimpleType.INTEGER)) {
      return "int";
    }
    if (openType.equals(SimpleType.DOUBLE)) {
      return "double";
    }
    if (openType.equals(SimpleType.BOOLEAN)) {
      return "boolean";
    }
    return openType.getClassName();
  }
}
