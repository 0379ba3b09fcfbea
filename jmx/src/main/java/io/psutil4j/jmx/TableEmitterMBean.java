package io.psutil4j.jmx;

import javax.management.ListenerNotFoundException;
import javax.management.MBeanNotificationInfo;
import javax.management.NotificationBroadcasterSupport;
import javax.management.NotificationEmitter;
import javax.management.NotificationFilter;
import javax.management.NotificationListener;

/**
 * A {@link TableMBean} that also sends notifications (threshold alerts) through {@code emitter},
 * listed in its MBeanInfo as JConsole's Notifications tab expects.
 */
final class TableEmitterMBean extends TableMBean implements NotificationEmitter {
  private final NotificationBroadcasterSupport emitter;

  TableEmitterMBean(MBeanTable table, Readings readings, NotificationBroadcasterSupport emitter) {
    super(table, readings, emitter.getNotificationInfo());
    this.emitter = emitter;
  }

  @Override
  public void addNotificationListener(
      NotificationListener listener, NotificationFilter filter, Object handback) {
    emitter.addNotificationListener(listener, filter, handback);
  }

  @Override
  public void removeNotificationListener(NotificationListener listener)
      throws ListenerNotFoundException {
    emitter.removeNotificationListener(listener);
  }

  @Override
  public void removeNotificationListener(
      NotificationListener listener, NotificationFilter filter, Object handback)
      throws ListenerNotFoundException {
    emitter.removeNotificationListener(listener, filter, handback);
  }

  @Override
  public MBeanNotificationInfo[] getNotificationInfo() {
    return emitter.getNotificationInfo();
  }
}
