package io.psutil4j.jmx;

import java.lang.reflect.Method;
import javax.management.AttributeList;
import javax.management.AttributeNotFoundException;
import javax.management.Descriptor;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanException;
import javax.management.MBeanInfo;
import javax.management.MBeanOperationInfo;
import javax.management.MBeanParameterInfo;
import javax.management.ReflectionException;
import javax.management.StandardMBean;
import org.jspecify.annotations.Nullable;

/**
 * An MXBean whose descriptions say what each attribute is, in which unit and from which psutil
 * call, built from the fields of its descriptor ({@link Row#info()}) instead of the JDK's defaults
 * (the attribute's own name, and "Information on the management interface of the MBean").
 */
class DescribedMBean<T> extends StandardMBean implements HookableMBean {
  private final String beanDescription;
  private final ReadHook beforeRead = new ReadHook();

  DescribedMBean(T implementation, Class<T> mxbeanInterface, String beanDescription) {
    super(implementation, mxbeanInterface, true);
    this.beanDescription = beanDescription;
  }

  @Override
  protected String getDescription(MBeanInfo info) {
    return beanDescription;
  }

  @Override
  protected String getDescription(MBeanAttributeInfo info) {
    return describe(info.getDescriptor(), info.getName());
  }

  /** The {@link Operation} on the interface method named like {@code op}, with its arity. */
  static @Nullable Operation operation(Class<?> iface, MBeanOperationInfo op) {
    for (Method m : iface.getMethods()) {
      if (m.getName().equals(op.getName())
          && m.getParameterCount() == op.getSignature().length
          && m.isAnnotationPresent(Operation.class)) {
        return m.getAnnotation(Operation.class);
      }
    }
    return null;
  }

  /** {@code "Memory in use [bytes, gauge] from psutil virtual_memory().used"}. */
  static String describe(Descriptor d, String fallback) {
    Object summary = d.getFieldValue("io.psutil4j.summary");
    if (summary == null) {
      return fallback;
    }
    return summary
        + " ["
        + d.getFieldValue("units")
        + ", "
        + d.getFieldValue("metricType")
        + "] from psutil "
        + d.getFieldValue("io.psutil4j.psutil");
  }

  /** Runs {@code hook} before every read (the {@link Reconciler}'s check). */
  @Override
  public void onRead(Runnable hook) {
    beforeRead.set(hook);
  }

  @Override
  public Object getAttribute(String attribute)
      throws AttributeNotFoundException, MBeanException, ReflectionException {
    beforeRead.run();
    return super.getAttribute(attribute);
  }

  /** One reading per snapshot for the whole request, however short the cache interval. */
  @Override
  public AttributeList getAttributes(String[] attributes) {
    return Snapshot.bulk(
        () -> {
          beforeRead.run();
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
