package io.psutil4j.examples;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;

/** The Threads MBean's table as the demo shows it: the threads that used the most CPU. */
final class ThreadTable {
  private ThreadTable() {}

  /** {@code [C2 CompilerThre 0.31s, GC Thread#0 0.01s, ...]}: the {@code top} busiest by CPU. */
  static String busiest(TabularData table, int top) {
    List<CompositeData> rows = new ArrayList<>();
    for (Object row : table.values()) {
      rows.add((CompositeData) row);
    }
    rows.sort(Comparator.comparingDouble(ThreadTable::cpuSeconds).reversed());
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < Math.min(top, rows.size()); i++) {
      CompositeData row = rows.get(i);
      Object javaName = row.get("JavaThreadName");
      s.append(i == 0 ? "" : ", ")
          .append(javaName != null ? javaName : row.get("Name"))
          .append(String.format(Locale.ROOT, " %.2fs", cpuSeconds(row)));
    }
    if (rows.size() > top) {
      s.append(", ... ").append(rows.size() - top).append(" more");
    }
    return s.append(']').toString();
  }

  private static double cpuSeconds(CompositeData row) {
    return number(row.get("User")) + number(row.get("System"));
  }

  private static double number(Object value) {
    return value instanceof Number ? ((Number) value).doubleValue() : 0;
  }
}
