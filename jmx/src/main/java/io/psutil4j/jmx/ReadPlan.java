package io.psutil4j.jmx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a {@code getAttributes} of given names reads: each known attribute's row, the sources read
 * (once each, in the order the attributes ask for them; a source that is part of a wider one also
 * needed is taken from the wider reading), and for each row the reading it takes its value from. A
 * scraper asks for the same names at every scrape, so a {@link TableMBean} keeps the last plan and
 * works it out again only when the names change.
 */
final class ReadPlan {
  private final String[] attributes;

  /** Each attribute's row; null for a name the table does not have. */
  final @Nullable Row<?>[] rows;

  /** The sources read, each once, in the order the attributes ask for them. */
  final List<Source<?>> read;

  /** For each row, the index in {@link #read} of the reading its value comes from, or -1. */
  private final int[] from;

  /**
   * For each row, the sources from just below its reading down to its own (each part of the one
   * before): empty when its own source is read.
   */
  private final Source<?>[][] parts;

  private ReadPlan(
      String[] attributes,
      @Nullable Row<?>[] rows,
      List<Source<?>> read,
      int[] from,
      Source<?>[][] parts) {
    this.attributes = attributes;
    this.rows = rows;
    this.read = read;
    this.from = from;
    this.parts = parts;
  }

  static ReadPlan of(MBeanTable table, String[] attributes) {
    String[] names = attributes.clone();
    Row<?>[] rows = new Row<?>[names.length];
    Set<Source<?>> needed = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0; i < names.length; i++) {
      rows[i] = table.row(names[i]);
      if (rows[i] != null) {
        needed.add(rows[i].source);
      }
    }
    List<Source<?>> read = new ArrayList<>(needed.size());
    int[] from = new int[names.length];
    Source<?>[][] parts = new Source<?>[names.length][];
    for (int i = 0; i < names.length; i++) {
      if (rows[i] == null) {
        from[i] = -1;
        continue;
      }
      List<Source<?>> chain = new ArrayList<>(1);
      Source<?> root = readFrom(rows[i].source, needed, chain);
      int at = read.indexOf(root);
      if (at < 0) {
        at = read.size();
        read.add(root);
      }
      from[i] = at;
      Collections.reverse(chain);
      parts[i] = chain.toArray(new Source<?>[0]);
    }
    return new ReadPlan(names, rows, List.copyOf(read), from, parts);
  }

  /**
   * The source whose reading holds {@code source}'s: the widest one {@code needed} also holds; adds
   * to {@code chain} each source below it, {@code source} first.
   */
  private static Source<?> readFrom(
      Source<?> source, Set<Source<?>> needed, List<Source<?>> chain) {
    Source<?> wider = source.wider();
    if (wider != null && needed.contains(wider)) {
      chain.add(source);
      return readFrom(wider, needed, chain);
    }
    return source;
  }

  /** Whether this plan is for these names, in this order. */
  boolean isFor(String[] names) {
    return Arrays.equals(attributes, names);
  }

  int size() {
    return rows.length;
  }

  String attribute(int i) {
    return attributes[i];
  }

  /** Row {@code i}'s value, from {@code readings}: the readings of {@link #read}, in its order. */
  @Nullable Object value(int i, @Nullable Object[] readings) {
    Row<?> row = rows[i];
    if (row == null) {
      throw new IllegalStateException("no row for '" + attributes[i] + "'");
    }
    Object reading = readings[from[i]];
    for (Source<?> part : parts[i]) {
      reading = part.partIn(reading);
    }
    return row.valueOf(reading);
  }
}
