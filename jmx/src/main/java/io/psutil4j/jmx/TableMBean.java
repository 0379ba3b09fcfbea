package io.psutil4j.jmx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.management.Attribute;
import javax.management.AttributeList;
import javax.management.AttributeNotFoundException;
import javax.management.DynamicMBean;
import javax.management.MBeanException;
import javax.management.MBeanInfo;
import javax.management.MBeanNotificationInfo;
import javax.management.MBeanOperationInfo;
import javax.management.ReflectionException;
import org.jspecify.annotations.Nullable;

/**
 * Serves any {@link MBeanTable}: an attribute's value is its row's extraction from the reading of
 * its row's source, so a read touches only the sources its attributes name, each once per request.
 * Operations, where a type has any, are served by a {@link DescribedMBean} of their own.
 */
class TableMBean implements DynamicMBean, HookableMBean {
  private final MBeanTable table;
  private final Readings readings;
  private final MBeanInfo info;
  private final ReadHook beforeRead = new ReadHook();

  /** Null when the type has no operation. */
  private final @Nullable DynamicMBean operations;

  TableMBean(MBeanTable table, Readings readings) {
    this(table, readings, null, new MBeanNotificationInfo[0]);
  }

  /** With the operations {@code operations} serves (its attributes are not shown). */
  TableMBean(MBeanTable table, Readings readings, DynamicMBean operations) {
    this(table, readings, operations, new MBeanNotificationInfo[0]);
  }

  TableMBean(MBeanTable table, Readings readings, MBeanNotificationInfo[] notifications) {
    this(table, readings, null, notifications);
  }

  private TableMBean(
      MBeanTable table,
      Readings readings,
      @Nullable DynamicMBean operations,
      MBeanNotificationInfo[] notifications) {
    this.table = table;
    this.readings = readings;
    this.operations = operations;
    MBeanOperationInfo[] ops =
        operations == null ? new MBeanOperationInfo[0] : operations.getMBeanInfo().getOperations();
    this.info = table.mbeanInfo(getClass().getName(), ops, notifications);
  }

  @Override
  public void onRead(Runnable hook) {
    beforeRead.set(hook);
  }

  @Override
  public @Nullable Object getAttribute(String attribute) throws AttributeNotFoundException {
    Row<?> row = row(attribute);
    beforeRead.run();
    return row.valueOf(readings.read(row.source));
  }

  /**
   * Each source the named attributes need is read once, and a source that is part of a wider one
   * also needed is taken from the wider reading; unknown names are left out. The sources due for a
   * refresh are refreshed together, in one hand-off to a reading thread.
   */
  @Override
  public AttributeList getAttributes(String[] attributes) {
    return Snapshot.bulk(
        () -> {
          beforeRead.run();
          Row<?>[] rows = new Row<?>[attributes.length];
          Set<Source<?>> needed = Collections.newSetFromMap(new IdentityHashMap<>());
          for (int i = 0; i < attributes.length; i++) {
            rows[i] = table.row(attributes[i]);
            if (rows[i] != null) {
              needed.add(rows[i].source);
            }
          }
          // in the order of the attributes asked (an IdentityHashMap's order is the hash's)
          List<Source<?>> read = new ArrayList<>(needed.size());
          for (Row<?> row : rows) {
            Source<?> from = row == null ? null : readFrom(row.source, needed);
            if (from != null && !read.contains(from)) {
              read.add(from);
            }
          }
          readings.refreshDue(read);
          IdentityHashMap<Source<?>, Object> taken = new IdentityHashMap<>();
          AttributeList out = new AttributeList(attributes.length);
          for (int i = 0; i < attributes.length; i++) {
            Row<?> row = rows[i];
            if (row != null) {
              out.add(
                  new Attribute(attributes[i], row.valueOf(reading(row.source, needed, taken))));
            }
          }
          return out;
        });
  }

  /** The source whose reading holds {@code source}'s: the widest one {@code needed} also holds. */
  private static Source<?> readFrom(Source<?> source, Set<Source<?>> needed) {
    Source<?> wider = source.wider();
    return wider != null && needed.contains(wider) ? readFrom(wider, needed) : source;
  }

  private @Nullable Object reading(
      Source<?> source, Set<Source<?>> needed, Map<Source<?>, Object> taken) {
    Source<?> wider = source.wider();
    if (wider != null && needed.contains(wider)) {
      return source.partIn(reading(wider, needed, taken));
    }
    if (!taken.containsKey(source)) {
      taken.put(source, readings.read(source));
    }
    return taken.get(source);
  }

  private Row<?> row(@Nullable String attribute) throws AttributeNotFoundException {
    Row<?> row = attribute == null ? null : table.row(attribute);
    if (row == null) {
      throw new AttributeNotFoundException(
          "no attribute '" + attribute + "' in the " + table.type + " MBean");
    }
    return row;
  }

  @Override
  public void setAttribute(Attribute attribute) throws AttributeNotFoundException {
    row(attribute.getName());
    throw new AttributeNotFoundException("attribute '" + attribute.getName() + "' is read-only");
  }

  /** Every attribute is read-only: none is set. */
  @Override
  public AttributeList setAttributes(AttributeList attributes) {
    return new AttributeList();
  }

  @Override
  public Object invoke(String actionName, Object[] params, String[] signature)
      throws MBeanException, ReflectionException {
    if (operations != null) {
      return operations.invoke(actionName, params, signature);
    }
    throw new ReflectionException(
        new NoSuchMethodException(actionName),
        "no operation '" + actionName + "' in the " + table.type + " MBean");
  }

  @Override
  public MBeanInfo getMBeanInfo() {
    return info;
  }
}
