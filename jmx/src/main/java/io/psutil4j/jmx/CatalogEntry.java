package io.psutil4j.jmx;

import java.util.List;

/**
 * One MBean type as the reference lists it: the ObjectName (entity keys as {@code *}), the bean
 * description and every attribute of its {@link MBeanTable}, sorted by name.
 */
final class CatalogEntry {
  final String domain;
  final String type;
  final String objectName;
  final List<String> entityKeys;

  /** Whether the entity keys' values are quoted in the ObjectName ({@code name="/"}). */
  final boolean quotedEntities;

  /**
   * The words that name this type's metrics: {@code [cpu]}, or {@code [cpu, percpu]} for per-entity
   * MBeans whose type a singleton also has, so their series never join the totals' families.
   */
  final List<String> metricStem;

  final String description;
  final List<Attribute> attributes;

  CatalogEntry(
      String domain,
      String type,
      String objectName,
      List<String> entityKeys,
      boolean quotedEntities,
      List<String> metricStem,
      String description,
      List<Attribute> attributes) {
    this.domain = domain;
    this.type = type;
    this.objectName = objectName;
    this.entityKeys = List.copyOf(entityKeys);
    this.quotedEntities = quotedEntities;
    this.metricStem = List.copyOf(metricStem);
    this.description = description;
    this.attributes = List.copyOf(attributes);
  }

  /** One attribute: its row's unit, kind, psutil source, summary and open type. */
  static final class Attribute {
    final String name;
    final String openType;
    final boolean numeric;
    final String unit;
    final String kind;
    final String psutil;
    final String summary;

    Attribute(
        String name,
        String openType,
        boolean numeric,
        String unit,
        String kind,
        String psutil,
        String summary) {
      this.name = name;
      this.openType = openType;
      this.numeric = numeric;
      this.unit = unit;
      this.kind = kind;
      this.psutil = psutil;
      this.summary = summary;
    }

    boolean counter() {
      return Row.COUNTER.equals(kind);
    }
  }
}
