package io.psutil4j.jmx;

import static javax.management.openmbean.SimpleType.DOUBLE;
import static javax.management.openmbean.SimpleType.STRING;

import io.psutil4j.TupleField;
import io.psutil4j.Unit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javax.management.ImmutableDescriptor;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanConstructorInfo;
import javax.management.MBeanInfo;
import javax.management.MBeanNotificationInfo;
import javax.management.MBeanOperationInfo;
import javax.management.openmbean.OpenType;
import javax.management.openmbean.SimpleType;
import org.jspecify.annotations.Nullable;

/**
 * One MBean type defined as data: its ObjectName type, whether there is one MBean per entity (disk,
 * NIC, mount, CPU), its description and its attribute {@link Row}s in psutil's order. A {@link
 * TableMBean} serves it; the metrics reference and exporter configs are generated from it.
 */
final class MBeanTable {
  /** How a type's MBeans are named. */
  enum Naming {
    /** {@code type=Memory}. */
    SINGLETON,
    /** {@code type=Disk,name=sda}: kernel names need no quoting. */
    PER_ENTITY,
    /** {@code type=FileSystem,name="/"}: always quoted, so a mount's name has one form. */
    PER_ENTITY_QUOTED
  }

  /** The open types a core field's value can take. */
  private static final List<SimpleType<?>> FIELD_TYPES =
      List.of(SimpleType.LONG, SimpleType.INTEGER, SimpleType.DOUBLE, SimpleType.BOOLEAN, STRING);

  final String type;
  final Naming naming;

  /** Null for a type with no group of its own (Entities, registered with any per-entity type). */
  final @Nullable MBeanGroup group;

  final String description;
  final List<Row<?>> rows;
  private final Map<String, Row<?>> byName;

  private MBeanTable(
      String type,
      Naming naming,
      @Nullable MBeanGroup group,
      String description,
      List<Row<?>> rows) {
    this.type = type;
    this.naming = naming;
    this.group = group;
    this.description = description;
    this.rows = Collections.unmodifiableList(new ArrayList<>(rows));
    Map<String, Row<?>> map = new LinkedHashMap<>();
    for (Row<?> r : rows) {
      if (map.put(r.name, r) != null) {
        throw new IllegalArgumentException("attribute '" + r.name + "' twice in " + type);
      }
    }
    this.byName = Collections.unmodifiableMap(map);
  }

  static Builder table(@Nullable MBeanGroup group, String type, Naming naming, String description) {
    return new Builder(group, type, naming, description);
  }

  /** The row of attribute {@code name}, or null. */
  @Nullable Row<?> row(String name) {
    return byName.get(name);
  }

  boolean perEntity() {
    return naming != Naming.SINGLETON;
  }

  /**
   * The MBeanInfo of every MBean of this type: open types and each row's descriptor, with the
   * operations and notifications of the MBean serving it.
   */
  MBeanInfo mbeanInfo(
      String className, MBeanOperationInfo[] operations, MBeanNotificationInfo[] notifications) {
    MBeanAttributeInfo[] attributes = new MBeanAttributeInfo[rows.size()];
    for (int i = 0; i < attributes.length; i++) {
      attributes[i] = rows.get(i).info();
    }
    return new MBeanInfo(
        className,
        description,
        attributes,
        new MBeanConstructorInfo[0],
        operations,
        notifications,
        // open types only, as an MXBean's: JConsole shows them the same way
        new ImmutableDescriptor("immutableInfo=true", "mxbean=true"));
  }

  private static OpenType<?> openType(TupleField<?> field) {
    for (SimpleType<?> type : FIELD_TYPES) {
      if (type.getClassName().equals(field.type().getName())) {
        return type;
      }
    }
    throw new IllegalArgumentException(field.key() + ": no open type for " + field.type());
  }

  /** The field's unit word; a text or a flag has none in core, and is jmx's text or boolean. */
  private static String unit(TupleField<?> field) {
    return field.unit().map(Unit::label).orElse(field.type() == Boolean.class ? "boolean" : "text");
  }

  /** Collects a table's rows, grouped by the source they read. */
  static final class Builder {
    private final @Nullable MBeanGroup group;
    private final String type;
    private final Naming naming;
    private final String description;
    private final List<Row<?>> rows = new ArrayList<>();

    private Builder(@Nullable MBeanGroup group, String type, Naming naming, String description) {
      this.group = group;
      this.type = type;
      this.naming = naming;
      this.description = description;
    }

    /** The rows that follow read {@code source}. */
    <S> Rows<S> from(Source<S> source) {
      return new Rows<>(this, source, null);
    }

    /** The rows that follow read {@code source}, their fields from psutil's {@code call}. */
    <S> Rows<S> from(Source<S> source, String call) {
      return new Rows<>(this, source, call);
    }

    private void add(Row<?> row) {
      rows.add(row);
    }

    MBeanTable build() {
      return new MBeanTable(type, naming, group, description, rows);
    }
  }

  /**
   * The rows of one source: {@code gauge(name, type, unit, value)} or {@code counter(...)}, each
   * followed by {@code described(summary, psutil)}. A row of a core value's field takes its type
   * and unit from the field, and its psutil source from the rows' psutil call: {@code from(source,
   * "virtual_memory()").gauge("Total", VirtualMemory.TOTAL, value).described(summary)}.
   */
  static final class Rows<S> {
    private final Builder table;
    private final Source<S> source;
    private final @Nullable String psutilCall;

    private Rows(Builder table, Source<S> source, @Nullable String psutilCall) {
      this.table = table;
      this.source = source;
      this.psutilCall = psutilCall;
    }

    /** A value that goes up and down. */
    <T> Described<S> gauge(
        String name, OpenType<T> type, String unit, Function<? super S, ? extends T> value) {
      return new Described<>(this, name, type, unit, Row.GAUGE, value, null);
    }

    /** A value that only grows, until a reboot or restart. */
    <T> Described<S> counter(
        String name, OpenType<T> type, String unit, Function<? super S, ? extends T> value) {
      return new Described<>(this, name, type, unit, Row.COUNTER, value, null);
    }

    /** A value of core's {@code field} that goes up and down. */
    <T> Described<S> gauge(String name, TupleField<T> field, Function<? super S, ? extends T> v) {
      return row(name, field, Row.GAUGE, v);
    }

    /** A value of core's {@code field} that only grows. */
    <T> Described<S> counter(String name, TupleField<T> field, Function<? super S, ? extends T> v) {
      return row(name, field, Row.COUNTER, v);
    }

    private Described<S> row(
        String name, TupleField<?> field, String kind, Function<? super S, ?> v) {
      String psutil = psutilCall == null ? null : psutilCall + "." + field.key();
      return new Described<>(this, name, openType(field), unit(field), kind, v, psutil);
    }

    /** The rows that follow read {@code next}. */
    <N> Rows<N> from(Source<N> next) {
      return table.from(next);
    }

    /** The rows that follow read {@code next}, their fields from psutil's {@code call}. */
    <N> Rows<N> from(Source<N> next, String call) {
      return table.from(next, call);
    }

    /**
     * The table's {@code ReadingAgeSeconds}: the age of the oldest reading its MBean serves, served
     * by the readings themselves without a read; {@code summary} says when it grows.
     */
    Rows<Readings> readingAge(String summary) {
      return from(Readings.AGE)
          .gauge("ReadingAgeSeconds", DOUBLE, "seconds", Readings::oldestAgeSeconds)
          .described(summary, "(psutil4j, not in psutil)");
    }

    MBeanTable build() {
      return table.build();
    }
  }

  /** A row that still needs its words: what it is, and the psutil expression it matches. */
  static final class Described<S> {
    private final Rows<S> rows;
    private final String name;
    private final OpenType<?> type;
    private final String unit;
    private final String kind;
    private final Function<? super S, ?> value;
    private final @Nullable String psutil;
    private boolean primitive;

    private Described(
        Rows<S> rows,
        String name,
        OpenType<?> type,
        String unit,
        String kind,
        Function<? super S, ?> value,
        @Nullable String psutil) {
      this.rows = rows;
      this.name = name;
      this.type = type;
      this.unit = unit;
      this.kind = kind;
      this.value = value;
      this.psutil = psutil;
    }

    /** Shown as a primitive ({@code long}, {@code boolean}): a value that is never null. */
    Described<S> primitive() {
      this.primitive = true;
      return this;
    }

    /** Described by {@code summary}, from psutil's {@code call.key} of the rows and the field. */
    Rows<S> described(String summary) {
      return described(summary, Objects.requireNonNull(psutil, name + ": no psutil call"));
    }

    Rows<S> described(String summary, String psutil) {
      rows.table.add(
          new Row<>(name, type, unit, kind, psutil, summary, rows.source, value, primitive));
      return rows;
    }
  }
}
