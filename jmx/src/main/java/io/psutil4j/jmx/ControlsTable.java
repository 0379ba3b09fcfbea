package io.psutil4j.jmx;

import static javax.management.openmbean.SimpleType.BOOLEAN;
import static javax.management.openmbean.SimpleType.LONG;
import static javax.management.openmbean.SimpleType.STRING;

/**
 * {@code psutil4j:type=Controls}: the counts and options of the operations {@link ControlsMXBean}
 * serves, registered only with {@code controls=true}.
 */
final class ControlsTable {
  /** The operations' own counts and options: nothing is read from the kernel. */
  static final Source<ControlsBean> STATE =
      Source.named("psutil4j's own counts and options (no read)");

  static final MBeanTable TABLE =
      MBeanTable.table(
              MBeanGroup.CONTROLS,
              "Controls",
              MBeanTable.Naming.SINGLETON,
              "Operations that change the system (signals, nice, rlimit, CPU affinity); present"
                  + " only with controls=true; by default they act on this JVM's descendants only"
                  + " and never stop, kill or limit this JVM")
          .from(STATE)
          .counter("Invocations", LONG, "count", ControlsBean::getInvocations)
          .primitive()
          .described(
              "Controls operations invoked since registration, refused and failed ones included",
              "none (psutil4j's own count)")
          .counter("Refused", LONG, "count", ControlsBean::getRefused)
          .primitive()
          .described(
              "Controls operations refused by the scope or self check since registration",
              "none (psutil4j's own count)")
          .gauge("Scope", STRING, "text", ControlsBean::getScope)
          .described(
              "Which processes the operations may act on: descendants (this JVM and the processes it"
                  + " started) or any",
              "none (agent option controls.scope)")
          .gauge("SelfAllowed", BOOLEAN, "boolean", ControlsBean::isSelfAllowed)
          .primitive()
          .described(
              "Whether the operations may stop, kill or lower the limits of this JVM itself",
              "none (agent option controls.self)")
          .gauge("Log", STRING, "text", ControlsBean::getLog)
          .described(
              "The file each invocation is logged to, one line each; null when none",
              "none (agent option controls.log)")
          .build();

  private ControlsTable() {}

  /** The Controls MBean: {@code controls}' counts as attributes, its operations beside them. */
  static TableMBean mbean(ControlsBean controls) {
    return new TableMBean(
        TABLE,
        Readings.cached(0).live(STATE, () -> controls).build(),
        new DescribedMBean<>(controls, ControlsMXBean.class, TABLE.description));
  }
}
