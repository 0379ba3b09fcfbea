package io.psutil4j.jmx;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What an MXBean operation does and its parameters' names, used by {@link DescribedMBean} in place
 * of the JDK's defaults (impact UNKNOWN, parameters {@code p0, p1...}) so JConsole and Jolokia show
 * real names. Every operation of ours changes something: its impact is ACTION.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Operation {
  /** What the operation does and returns. */
  String summary();

  /** The parameters' names, in order. */
  String[] params() default {};
}
