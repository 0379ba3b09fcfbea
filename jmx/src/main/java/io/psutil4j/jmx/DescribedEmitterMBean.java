package io.psutil4j.jmx;

import javax.management.AttributeList;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanInfo;
import javax.management.MBeanOperationInfo;
import javax.management.MBeanParameterInfo;
import javax.management.NotificationEmitter;
import javax.management.StandardEmitterMBean;

/** A {@link DescribedMBean} that also sends notifications (threshold alerts). */
final class DescribedEmitterMBean<T> extends StandardEmitterMBean {
  private final String beanDescription;
  private volatile Runnable onRead = () -> {};

  DescribedEmitterMBean(
      T implementation, Class<T> mxbeanInterface, String beanDescription, NotificationEmitter e) {
    super(implementation, mxbeanInterface, true, e);
    this.beanDescription = beanDescription;
  }

  @Override
  protected String getDescription(MBeanInfo info) {
    return beanDescription;
  }

  @Override
  protected String getDescription(MBeanAttributeInfo info) {
    return DescribedMBean.describe(info.getDescriptor(), info.getName());
  }

  /** Runs {@code hook} before every read (the {@link Reconciler}'s check). */
  void onRead(Runnable hook) {
    this.onRead = hook;
  }

  private void beforeRead() {
    try {
      onRead.run();
    } catch (RuntimeException e) {
      // the reconciler never throws; if it did, the read must still be served
    }
  }

  @Override
  public Object getAttribute(String attribute)
      throws javax.management.AttributeNotFoundException,
          javax.management.MBeanException,
          javax.management.ReflectionException {
    beforeRead();
    return super.getAttribute(attribute);
  }

  /** One reading per snapshot for the whole request, however short the cache interval. */
  @Override
  public AttributeList getAttributes(String[] attributes) {
    return Snapshot.bulk(
        () -> {
          beforeRead();
          return super.getAttributes(attributes);
        });
  }

  @Override
  protected String getDescription(MBeanOperationInfo op) {
    Operation o = DescribedMBean.operation(getMBeanInterface(), op);
    return o == null ? super.getDescription(op) : o.summary();
  }

  @Override
  protected int getImpact(MBeanOperationInfo op) {
    return DescribedMBean.operation(getMBeanInterface(), op) == null
        ? super.getImpact(op)
        : MBeanOperationInfo.ACTION;
  }

  @Override
  protected String getParameterName(MBeanOperationInfo op, MBeanParameterInfo param, int seq) {
    Operation o = DescribedMBean.operation(getMBeanInterface(), op);
    return o == null || seq >= o.params().length
        ? super.getParameterName(op, param, seq)
        : o.params()[seq];
  }
}
