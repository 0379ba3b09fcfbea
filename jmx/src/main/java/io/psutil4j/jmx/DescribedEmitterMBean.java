package io.psutil4j.jmx;

import javax.management.MBeanInfo;
import javax.management.NotificationEmitter;

/**
 * A {@link DescribedMBean} that also sends notifications (threshold alerts) through {@code
 * emitter}, and lists them in its MBeanInfo as JConsole's Notifications tab expects.
 */
final class DescribedEmitterMBean<T> extends DescribedMBean<T> implements DelegatingEmitter {
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
  public NotificationEmitter emitter() {
    return emitter;
  }
}
