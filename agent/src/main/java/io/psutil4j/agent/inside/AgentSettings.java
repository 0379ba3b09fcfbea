package io.psutil4j.agent.inside;

import io.psutil4j.jmx.ControlsPolicy;
import io.psutil4j.jmx.JmxConfig;
import io.psutil4j.jmx.MBeanGroup;
import io.psutil4j.jmx.ScaleOptions;
import java.util.EnumSet;
import java.util.Set;

/**
 * The options' values while they are read, each starting at its default. Only {@link AgentOptions}
 * holds one, and it stops changing once {@link AgentOptions#parse} returns.
 */
final class AgentSettings {
  String domain = JmxConfig.DEFAULT_DOMAIN;
  ControlsPolicy controls = ControlsPolicy.off();
  boolean jfr;
  long cacheMillis = JmxConfig.DEFAULT_CACHE_MILLIS;
  long delaySeconds;
  Set<MBeanGroup> included = EnumSet.allOf(MBeanGroup.class);
  Set<MBeanGroup> excluded = EnumSet.noneOf(MBeanGroup.class);

  /** {@link #included} minus {@link #excluded}, set once every option is read. */
  Set<MBeanGroup> groups = EnumSet.allOf(MBeanGroup.class);

  ScaleOptions scale = ScaleOptions.defaults();
  double memoryPercent = JmxConfig.DEFAULT_MEMORY_NEAR_LIMIT_PERCENT;
  double throttledRatio = JmxConfig.DEFAULT_THROTTLED_RATIO;
  double pressurePercent = JmxConfig.DEFAULT_PRESSURE_SOME_AVG10_PERCENT;
  double openFilesPercent = JmxConfig.DEFAULT_OPEN_FILES_NEAR_LIMIT_PERCENT;
}
