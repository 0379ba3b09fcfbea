package io.psutil4j.jmx;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the MBeans are registered: their domain, how long one kernel reading is reused, which groups
 * are registered, the alert thresholds and whether operations that change the system are allowed.
 */
public final class JmxConfig {
  /** The default domain of every ObjectName. */
  public static final String DEFAULT_DOMAIN = "psutil4j";

  /** By default one reading serves all attributes and all clients for a second. */
  public static final long DEFAULT_CACHE_MILLIS = 1000;

  private static final Pattern DOMAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

  private final String domain;
  private final long cacheMillis;
  private final Thresholds thresholds;
  private final double openFilesPercent;
  private final ControlsPolicy controls;
  private final Set<MBeanGroup> groups;
  private final ScaleOptions scale;

  private JmxConfig(String domain, long cacheMillis) {
    this(
        domain,
        cacheMillis,
        Thresholds.DEFAULTS,
        DEFAULT_OPEN_FILES_NEAR_LIMIT_PERCENT,
        ControlsPolicy.off(),
        EnumSet.allOf(MBeanGroup.class),
        ScaleOptions.defaults());
  }

  private JmxConfig(
      String domain,
      long cacheMillis,
      Thresholds thresholds,
      double openFilesPercent,
      ControlsPolicy controls,
      Set<MBeanGroup> groups,
      ScaleOptions scale) {
    if (domain == null || !DOMAIN.matcher(domain).matches()) {
      throw new IllegalArgumentException(
          "domain must be letters, digits, '_', '.' or '-' and start with a letter, got '"
              + domain
              + "'");
    }
    if (cacheMillis < 0 || cacheMillis > 3_600_000) {
      throw new IllegalArgumentException(
          "cache interval must be 0 to 3600000 ms, got " + cacheMillis);
    }
    this.domain = domain;
    this.cacheMillis = cacheMillis;
    this.thresholds = thresholds;
    this.openFilesPercent = Thresholds.percent("open files threshold", openFilesPercent);
    this.controls = controls;
    if (groups.isEmpty()) {
      throw new IllegalArgumentException(
          "at least one MBean group must be registered (known: " + MBeanGroup.known() + ")");
    }
    this.groups = Collections.unmodifiableSet(EnumSet.copyOf(groups));
    this.scale = scale;
  }

  public static JmxConfig defaults() {
    return new JmxConfig(DEFAULT_DOMAIN, DEFAULT_CACHE_MILLIS);
  }

  /**
   * The configuration with {@code domain} and {@code cacheMillis}, everything else at its default.
   *
   * @throws IllegalArgumentException naming the bad value
   */
  public static JmxConfig of(String domain, long cacheMillis) {
    return new JmxConfig(domain, cacheMillis);
  }

  public String domain() {
    return domain;
  }

  public long cacheMillis() {
    return cacheMillis;
  }

  /** By default, alert when the cgroup's memory usage reaches 90% of its limit. */
  public static final double DEFAULT_MEMORY_NEAR_LIMIT_PERCENT = 90.0;

  /** By default, alert when a quarter of the CPU periods since the last read were throttled. */
  public static final double DEFAULT_THROTTLED_RATIO = 0.25;

  /** By default, alert when tasks stalled on a resource 40% of the last 10 seconds (PSI some). */
  public static final double DEFAULT_PRESSURE_SOME_AVG10_PERCENT = 40.0;

  /** The three alert thresholds, validated together. */
  private static final class Thresholds {
    static final Thresholds DEFAULTS =
        new Thresholds(
            DEFAULT_MEMORY_NEAR_LIMIT_PERCENT,
            DEFAULT_THROTTLED_RATIO,
            DEFAULT_PRESSURE_SOME_AVG10_PERCENT);

    final double memoryPercent;
    final double throttledRatio;
    final double pressurePercent;

    Thresholds(double memoryPercent, double throttledRatio, double pressurePercent) {
      this.memoryPercent = percent("memory near-limit threshold", memoryPercent);
      if (!(throttledRatio > 0 && throttledRatio <= 1)) {
        throw new IllegalArgumentException(
            "throttling threshold must be a ratio above 0 and at most 1, got " + throttledRatio);
      }
      this.throttledRatio = throttledRatio;
      this.pressurePercent = percent("pressure threshold", pressurePercent);
    }

    static double percent(String what, double value) {
      if (!(value > 0 && value <= 100)) {
        throw new IllegalArgumentException(
            what + " must be a percentage above 0 and at most 100, got " + value);
      }
      return value;
    }
  }

  /**
   * This configuration with other alert thresholds: memory usage as a percent of the cgroup limit,
   * the share (0 to 1) of CPU periods throttled between two reads, and PSI "some" avg10 percent.
   *
   * @throws IllegalArgumentException naming the bad value
   */
  public JmxConfig withThresholds(
      double memoryNearLimitPercent, double throttledRatio, double pressureSomeAvg10Percent) {
    return new JmxConfig(
        domain,
        cacheMillis,
        new Thresholds(memoryNearLimitPercent, throttledRatio, pressureSomeAvg10Percent),
        openFilesPercent,
        controls,
        groups,
        scale);
  }

  /** By default, alert when this JVM holds 90% of the file descriptors RLIMIT_NOFILE allows. */
  public static final double DEFAULT_OPEN_FILES_NEAR_LIMIT_PERCENT = 90.0;

  /**
   * This configuration alerting when open file descriptors reach {@code percent} of the soft
   * RLIMIT_NOFILE.
   *
   * @throws IllegalArgumentException naming the bad value
   */
  public JmxConfig withOpenFilesThreshold(double percent) {
    return new JmxConfig(domain, cacheMillis, thresholds, percent, controls, groups, scale);
  }

  /**
   * Open file descriptors, percent of the soft RLIMIT_NOFILE, at which the Container MBean alerts.
   */
  public double openFilesNearLimitPercent() {
    return openFilesPercent;
  }

  /** Memory usage, percent of the cgroup's limit, at which the Container MBean alerts. */
  public double memoryNearLimitPercent() {
    return thresholds.memoryPercent;
  }

  /** Share of CPU periods throttled between two reads at which the Container MBean alerts. */
  public double throttledRatio() {
    return thresholds.throttledRatio;
  }

  /** PSI "some" avg10, percent, at which the Pressure and Container MBeans alert. */
  public double pressureSomeAvg10Percent() {
    return thresholds.pressurePercent;
  }

  /**
   * This configuration with the {@code psutil4j:type=Controls} MBean (send signals, renice, set
   * limits and affinity) registered when {@code enabled}; off by default: read-only.
   */
  public JmxConfig withControls(boolean enabled) {
    return withControlsPolicy(controls.withEnabled(enabled));
  }

  /**
   * This configuration with {@code policy}: whether operations are allowed, on which processes,
   * whether on this JVM itself, where they are logged, and heapTrim.
   */
  public JmxConfig withControlsPolicy(ControlsPolicy policy) {
    return new JmxConfig(
        domain,
        cacheMillis,
        thresholds,
        openFilesPercent,
        Objects.requireNonNull(policy, "policy"),
        groups,
        scale);
  }

  /** Whether the Controls MBean is registered. */
  public boolean controls() {
    return controls.enabled();
  }

  /** What the operations that change the system may do. */
  public ControlsPolicy controlsPolicy() {
    return controls;
  }

  /**
   * This configuration registering only {@code groups} (all of them by default). {@link
   * MBeanGroup#CONTROLS} also needs {@link #withControls}.
   *
   * @throws IllegalArgumentException when {@code groups} is empty
   */
  public JmxConfig withGroups(Set<MBeanGroup> groups) {
    return new JmxConfig(
        domain, cacheMillis, thresholds, openFilesPercent, controls, groups, scale);
  }

  /** The groups registered. */
  public Set<MBeanGroup> groups() {
    return groups;
  }

  /** Whether {@code group}'s MBeans are registered. */
  public boolean registers(MBeanGroup group) {
    return groups.contains(group) && (group != MBeanGroup.CONTROLS || controls.enabled());
  }

  /**
   * This configuration with other bounds for a big host: the per-type cap of per-entity MBeans, the
   * mount, disk and NIC name patterns, the Threads table's rows, the intervals of the sources whose
   * cost grows with the host.
   */
  public JmxConfig withScale(ScaleOptions scale) {
    if (scale == null) {
      throw new IllegalArgumentException("scale options must not be null");
    }
    return new JmxConfig(
        domain, cacheMillis, thresholds, openFilesPercent, controls, groups, scale);
  }

  /** The bounds for a big host (defaults: {@link ScaleOptions#defaults()}). */
  public ScaleOptions scale() {
    return scale;
  }
}
