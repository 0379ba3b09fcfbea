package io.psutil4j.jmx;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import javax.management.DescriptorKey;

/**
 * What one attribute of a hand-written MXBean means: its unit, whether it is a counter or a gauge,
 * and the psutil call it comes from (a table's {@link Row} carries the same fields). The values
 * land in the attribute's JMX descriptor (for JConsole and the generated metrics reference) and,
 * through {@link DescribedMBean}, in its description text, the only field that jmx_exporter,
 * Jolokia and OpenTelemetry read.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Metric {
  /** What the value is, in a few words. */
  @DescriptorKey("io.psutil4j.summary")
  String summary();

  /** The unit: bytes, seconds, percent, count, ... */
  @DescriptorKey("units")
  String unit();

  /** {@code counter} (only grows, until a reset) or {@code gauge}. */
  @DescriptorKey("metricType")
  String type() default GAUGE;

  /** The psutil expression the value comes from, e.g. {@code virtual_memory().total}. */
  @DescriptorKey("io.psutil4j.psutil")
  String psutil();

  String GAUGE = "gauge";
  String COUNTER = "counter";
}
