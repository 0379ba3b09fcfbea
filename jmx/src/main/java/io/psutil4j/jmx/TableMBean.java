package io.psutil4j.jmx;

import java.util.List;
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

  /** The plan of the last getAttributes: a scraper asks for the same names each time. */
  private volatile @Nullable ReadPlan plan;

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
    ReadPlan plan = planFor(attributes);
    return Snapshot.bulk(() -> read(plan));
  }

  /** The last plan if it is for these names, else a new one, kept for the next request. */
  private ReadPlan planFor(String[] attributes) {
    ReadPlan last = plan;
    if (last != null && last.isFor(attributes)) {
      return last;
    }
    ReadPlan made = ReadPlan.of(table, attributes);
    plan = made;
    return made;
  }

  private AttributeList read(ReadPlan plan) {
    beforeRead.run();
    List<Source<?>> sources = plan.read;
    readings.refreshDue(sources);
    Object[] taken = new Object[sources.size()];
    for (int i = 0; i < taken.length; i++) {
      taken[i] = readings.read(sources.get(i));
    }
    AttributeList out = new AttributeList(plan.size());
    for (int i = 0; i < plan.size(); i++) {
      if (plan.rows[i] != null) {
        out.add(new Attribute(plan.attribute(i), plan.value(i, taken)));
      }
    }
    return out;
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
