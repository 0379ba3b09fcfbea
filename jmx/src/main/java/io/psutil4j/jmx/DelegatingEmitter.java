package io.psutil4j.jmx;

import javax.management.ListenerNotFoundException;
import javax.management.MBeanNotificationInfo;
import javax.management.NotificationEmitter;
import javax.management.NotificationFilter;
import javax.management.NotificationListener;

/** An MBean that sends its notifications (threshold alerts) through another emitter. */
interface DelegatingEmitter extends NotificationEmitter {
  /** Where listeners are kept and notifications sent from. */
  NotificationEmitter emitter();

  @Override
  default void addNotificationListener(
      NotificationListener listener, NotificationFilter filter, Object handback) {
    emitter().addNotificationListener(listener, filter, handback);
  }

  @Override
  default void removeNotificationListener(NotificationListener listener)
      throws ListenerNotFoundException {
    emitter().removeNotificationListener(listener);
  }

  @Override
  default void removeNotificationListener(
      NotificationListener listener, NotificationFilter filter, Object handback)
      throws ListenerNotFoundException {
    emitter().removeNotificationListener(listener, filter, handback);
  }

  @Override
  default MBeanNotificationInfo[] getNotificationInfo() {
    return emitter().getNotificationInfo();
  }
}
