package io.psutil4j.jmx;

import javax.management.NotificationBroadcasterSupport;
import javax.management.NotificationEmitter;

/**
 * A {@link TableMBean} that also sends notifications (threshold alerts) through {@code emitter},
 * listed in its MBeanInfo as JConsole's Notifications tab expects.
 */
final class TableEmitterMBean extends TableMBean implements DelegatingEmitter {
  private final NotificationBroadcasterSupport emitter;

  TableEmitterMBean(MBeanTable table, Readings readings, NotificationBroadcasterSupport emitter) {
    super(table, readings, emitter.getNotificationInfo());
    this.emitter = emitter;
  }

  @Override
  public NotificationEmitter emitter() {
    return emitter;
  }
}
