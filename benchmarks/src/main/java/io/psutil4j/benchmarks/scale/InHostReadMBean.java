package io.psutil4j.benchmarks.scale;

import javax.management.JMException;

/** The default full read made inside the host JVM, timed there. */
public interface InHostReadMBean {
  /**
   * Every attribute of every psutil4j MBean, one getAttributes per MBean on the platform
   * MBeanServer: the whole read's nanoseconds, then each type's (in {@link #getTypes()}'s order).
   */
  long[] readNanos() throws JMException;

  /** The MBean types, sorted: the order of {@link #readNanos()}'s per-type entries. */
  String[] getTypes() throws JMException;
}
