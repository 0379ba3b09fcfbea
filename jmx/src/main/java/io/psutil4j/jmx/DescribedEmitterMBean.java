package io.psutil4j.jmx;

import javax.management.ListenerNotFoundException;
import javax.management.MBeanInfo;
import javax.management.MBeanNotificationInfo;
import javax.management.NotificationEmitter;
import javax.management.NotificationFilter;
import javax.management.NotificationListener;

/**
 * A {@link DescribedMBean} that also sends notifications (threshold alerts) through {@code
 * emitter}, and lists them in its MBeanInfo as JConsole's Notifications tab expects.
 */
final class DescribedEmitterMBean<T> extends DescribedMBean<T> implements NotificationEmitter {
  private final NotificationEmitter emitter;

  DescribedEmitterMBean(
      T implementation,
      Class<T> mxbeanInterface,
      String beanDescription,
      NotificationEmitter emitter) {
    super(implementation, mxbeanInterface, beanDescription);
    this.emitter = emitter;
  }

  @Override
  public MBeanInfo getMBeanInfo() {
    MBeanInfo info = super.getMBeanInfo();
    return new MBeanInfo(
        info.getClassName(),
        info.getDescription(),
        info.getAttributes(),
        info.getConstructors(),
        info.getOperations(),
        emitter.getNotificationInfo(),
        info.getDescriptor());
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
