package io.psutil4j.agent.inside;

import io.psutil4j.jmx.ControlsPolicy;
import io.psutil4j.jmx.JmxConfig;
import io.psutil4j.jmx.MBeanGroup;
import io.psutil4j.jmx.NamePatterns;
import io.psutil4j.jmx.ScaleOptions;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The agent's options: {@code key=value,key=value} after the jar, or system properties {@code
 * psutil4j.<key>} (the option string wins). A bad option costs one warning line naming it, and its
 * default is used: the host program must start whatever its command line says.
 */
public final class AgentOptions {
  static final String PROPERTY_PREFIX = "psutil4j.";
  private static final int MAX_SHOWN = 200;

  private final String domain;
  private final ControlsPolicy controls;
  private final long cacheMillis;
  private final long delaySeconds;
  private final double[] alerts;
  private final Set<MBeanGroup> groups;
  private final ScaleOptions scale;
  private final boolean jfr;

  private AgentOptions(
      String domain,
      ControlsPolicy controls,
      long cacheMillis,
      long delaySeconds,
      double[] alerts,
      Set<MBeanGroup> groups,
      ScaleOptions scale,
      boolean jfr) {
    this.domain = domain;
    this.controls = controls;
    this.cacheMillis = cacheMillis;
    this.delaySeconds = delaySeconds;
    this.alerts = alerts;
    this.groups = groups;
    this.scale = scale;
    this.jfr = jfr;
  }

  /** Parses {@code options} (may be null or empty) and the psutil4j.* properties. */
  public static AgentOptions parse(String options, Properties properties, PrintStream stderr) {
    Warnings warnings = new Warnings(stderr);
    Map<String, String> given = new LinkedHashMap<>();
    for (String name : properties.stringPropertyNames()) {
      if (name.startsWith(PROPERTY_PREFIX)) {
        given.put(name.substring(PROPERTY_PREFIX.length()), properties.getProperty(name));
      }
    }
    if (options != null && !options.trim().isEmpty()) {
      for (String item : options.split(",", -1)) {
        int eq = item.indexOf('=');
        if (eq <= 0) {
          warn(warnings, "ignoring option '" + printable(item.trim()) + "': expected key=value");
          continue;
        }
        given.put(item.substring(0, eq).trim(), item.substring(eq + 1).trim());
      }
    }
    String domain = JmxConfig.DEFAULT_DOMAIN;
    ControlsPolicy controls = ControlsPolicy.off();
    boolean jfr = false;
    long cache = JmxConfig.DEFAULT_CACHE_MILLIS;
    long delay = 0;
    Set<MBeanGroup> included = EnumSet.allOf(MBeanGroup.class);
    Set<MBeanGroup> excluded = EnumSet.noneOf(MBeanGroup.class);
    ScaleOptions scale = ScaleOptions.defaults();
    ScaleOptions defaults = ScaleOptions.defaults();
    // container alert thresholds (issue 7): memory percent, throttled ratio, PSI some avg10 percent
    double[] alerts = {
      JmxConfig.DEFAULT_MEMORY_NEAR_LIMIT_PERCENT,
      JmxConfig.DEFAULT_THROTTLED_RATIO,
      JmxConfig.DEFAULT_PRESSURE_SOME_AVG10_PERCENT,
      JmxConfig.DEFAULT_OPEN_FILES_NEAR_LIMIT_PERCENT
    };
    for (Map.Entry<String, String> option : given.entrySet()) {
      String key = option.getKey();
      String value = option.getValue();
      switch (key) {
        case "domain":
          domain = validDomain(value, warnings);
          break;
        case "controls":
          controls = controls.withEnabled(bool(key, value, false, warnings));
          break;
        case "controls.scope":
          controls = controls.withScope(scope(value, warnings));
          break;
        case "controls.self":
          controls = controls.withSelf(bool(key, value, false, warnings));
          break;
        case "controls.log":
          controls = controls.withLog(logFile(value, warnings));
          break;
        case "heapTrim":
          controls = controls.withHeapTrim(bool(key, value, false, warnings));
          break;
        case "jfr":
          jfr = bool(key, value, false, warnings);
          break;
        case "cache":
          cache =
              number(
                  key,
                  value,
                  0,
                  3_600_000,
                  JmxConfig.DEFAULT_CACHE_MILLIS,
                  "milliseconds",
                  warnings);
          break;
        case "delay":
          delay = number(key, value, 0, 3600, 0, "seconds", warnings);
          break;
        case "mbeans":
          included = groups(key, value, EnumSet.allOf(MBeanGroup.class), warnings);
          break;
        case "exclude":
          excluded = groups(key, value, EnumSet.noneOf(MBeanGroup.class), warnings);
          break;
        case "alert.memory":
          alerts[0] =
              threshold(key, value, 100, alerts[0], "percent of the cgroup limit", warnings);
          break;
        case "alert.throttling":
          alerts[1] = threshold(key, value, 1, alerts[1], "share of CPU periods", warnings);
          break;
        case "alert.fds":
          alerts[3] = threshold(key, value, 100, alerts[3], "percent of RLIMIT_NOFILE", warnings);
          break;
        case "alert.pressure":
          alerts[2] = threshold(key, value, 100, alerts[2], "percent (PSI some avg10)", warnings);
          break;
        case "entities.max":
          scale =
              scale.withEntityMax(
                  (int)
                      number(
                          key,
                          value,
                          0,
                          ScaleOptions.MAX_LIMIT,
                          defaults.entityMax(),
                          "MBeans per type",
                          warnings));
          break;
        case "threads.max":
          scale =
              scale.withThreadsTableMax(
                  (int)
                      number(
                          key,
                          value,
                          0,
                          ScaleOptions.MAX_LIMIT,
                          defaults.threadsTableMax(),
                          "rows",
                          warnings));
          break;
        case "footprint.interval":
          scale =
              scale.withFootprintIntervalMillis(
                  number(
                      key,
                      value,
                      0,
                      86_400_000,
                      defaults.footprintIntervalMillis(),
                      "milliseconds",
                      warnings));
          break;
        case "mounts.include":
        case "mounts.exclude":
          scale = scale.withMounts(patterns(key, value, scale.mounts(), warnings));
          break;
        case "disks.include":
        case "disks.exclude":
          scale = scale.withDisks(patterns(key, value, scale.disks(), warnings));
          break;
        case "nics.include":
        case "nics.exclude":
          scale = scale.withNics(patterns(key, value, scale.nics(), warnings));
          break;
        default:
          warn(
              warnings,
              "ignoring unknown option '"
                  + printable(key)
                  + "="
                  + printable(value)
                  + "' (known: domain, controls, controls.scope, controls.self, controls.log,"
                  + " heapTrim, mbeans, exclude, cache, delay, jfr, alert.memory, alert.throttling,"
                  + " alert.pressure, alert.fds, entities.max, mounts.include, mounts.exclude,"
                  + " disks.include, disks.exclude, nics.include, nics.exclude, threads.max,"
                  + " footprint.interval)");
      }
    }
    Set<MBeanGroup> groups = EnumSet.copyOf(included);
    groups.removeAll(excluded);
    if (groups.isEmpty()) {
      warn(
          warnings,
          "ignoring option 'exclude="
              + printable(given.get("exclude"))
              + "': it leaves no MBeans to register; registering "
              + names(included));
      groups = EnumSet.copyOf(included);
    }
    warnings.finish();
    return new AgentOptions(domain, controls, cache, delay, alerts, groups, scale, jfr);
  }

  /**
   * A '+'-separated list of name globs ({@code veth*+cali*}) replacing the include or exclude list
   * of {@code current}; an empty exclude list leaves nothing out. An empty include list, or a
   * pattern that is empty, costs one warning line and keeps {@code current}.
   */
  private static NamePatterns patterns(
      String key, String value, NamePatterns current, Warnings warnings) {
    boolean include = key.endsWith(".include");
    List<String> globs = new ArrayList<>();
    if (!value.isEmpty()) {
      globs.addAll(List.of(value.split("\\+", -1)));
    }
    String problem = null;
    if (include && globs.isEmpty()) {
      problem = "names no pattern, so nothing would be registered";
    } else if (globs.contains("")) {
      problem = "has an empty pattern";
    }
    if (problem != null) {
      warn(
          warnings,
          "ignoring option '"
              + printable(key)
              + "="
              + printable(value)
              + "': "
              + problem
              + " (patterns are globs joined by '+', e.g. veth*+cali*); using "
              + printable(String.join("+", include ? current.include() : current.exclude())));
      return current;
    }
    return include
        ? new NamePatterns(globs, current.exclude())
        : new NamePatterns(current.include(), globs);
  }

  private static ControlsPolicy.Scope scope(String value, Warnings warnings) {
    for (ControlsPolicy.Scope s : ControlsPolicy.Scope.values()) {
      if (s.name().equalsIgnoreCase(value)) {
        return s;
      }
    }
    warn(
        warnings,
        "ignoring option 'controls.scope="
            + printable(value)
            + "': must be descendants or any; using descendants");
    return ControlsPolicy.Scope.DESCENDANTS;
  }

  /** An absolute file path for the controls log; anything else warns and means no log. */
  private static Path logFile(String value, Warnings warnings) {
    String why = "must be an absolute file path";
    try {
      Path file = Paths.get(value);
      if (file.isAbsolute() && file.getFileName() != null) {
        if (Files.isDirectory(file.getParent())) {
          return file;
        }
        why = "its directory does not exist";
      }
    } catch (InvalidPathException e) {
      // reported below
    }
    warn(
        warnings,
        "ignoring option 'controls.log="
            + printable(value)
            + "': "
            + why
            + "; controls invocations are not logged");
    return null;
  }

  /**
   * A '+'-separated list of MBean groups ({@code Cpu+Memory+Process}, or {@code all}); names it
   * does not know cost one warning line, and an empty result keeps {@code fallback}.
   */
  private static Set<MBeanGroup> groups(
      String key, String value, Set<MBeanGroup> fallback, Warnings warnings) {
    Set<MBeanGroup> groups = EnumSet.noneOf(MBeanGroup.class);
    List<String> unknown = new ArrayList<>();
    for (String name : value.split("\\+", -1)) {
      if (name.trim().equalsIgnoreCase("all")) {
        groups.addAll(EnumSet.allOf(MBeanGroup.class));
      } else if (!name.trim().isEmpty()) {
        try {
          groups.add(MBeanGroup.named(name));
        } catch (IllegalArgumentException e) {
          unknown.add(name.trim());
        }
      }
    }
    boolean nothing = groups.isEmpty() && key.equals("mbeans");
    if (unknown.isEmpty() && !nothing) {
      return groups;
    }
    Set<MBeanGroup> used = nothing ? fallback : groups;
    warn(
        warnings,
        "option '"
            + printable(key)
            + "="
            + printable(value)
            + "': "
            + (unknown.isEmpty()
                ? "names no MBean group"
                : "unknown MBean group " + printable(unknown.toString()))
            + " (known: all, "
            + MBeanGroup.known()
            + "); using "
            + names(used));
    return used;
  }

  private static String names(Set<MBeanGroup> groups) {
    if (groups.isEmpty()) {
      return "none";
    }
    if (groups.size() == MBeanGroup.values().length) {
      return "all";
    }
    StringBuilder s = new StringBuilder();
    for (MBeanGroup g : groups) {
      s.append(s.length() == 0 ? "" : "+").append(g.displayName());
    }
    return s.toString();
  }

  /** A threshold above 0 and at most {@code max}; a bad one warns and keeps the default. */
  private static double threshold(
      String key, String value, double max, double fallback, String unit, Warnings warnings) {
    try {
      double d = Double.parseDouble(value);
      if (d > 0 && d <= max) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below, with the allowed range
    }
    warn(
        warnings,
        "ignoring option '"
            + printable(key)
            + "="
            + printable(value)
            + "': must be a "
            + unit
            + " above 0 and at most "
            + max
            + "; using "
            + fallback);
    return fallback;
  }

  private static String validDomain(String value, Warnings warnings) {
    try {
      return JmxConfig.of(value, JmxConfig.DEFAULT_CACHE_MILLIS).domain();
    } catch (IllegalArgumentException e) {
      warn(
          warnings,
          "ignoring option 'domain="
              + printable(value)
              + "': "
              + printable(e.getMessage())
              + "; using "
              + JmxConfig.DEFAULT_DOMAIN);
      return JmxConfig.DEFAULT_DOMAIN;
    }
  }

  private static boolean bool(String key, String value, boolean fallback, Warnings warnings) {
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    if (value.equalsIgnoreCase("false")) {
      return false;
    }
    warn(
        warnings,
        "ignoring option '"
            + printable(key)
            + "="
            + printable(value)
            + "': must be true or false; using "
            + fallback);
    return fallback;
  }

  private static long number(
      String key, String value, long min, long max, long fallback, String unit, Warnings warnings) {
    try {
      long n = Long.parseLong(value);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below, with the allowed range
    }
    warn(
        warnings,
        "ignoring option '"
            + printable(key)
            + "="
            + printable(value)
            + "': must be a whole number of "
            + unit
            + " from "
            + min
            + " to "
            + max
            + "; using "
            + fallback);
    return fallback;
  }

  private static void warn(Warnings warnings, String message) {
    warnings.warn(message);
  }

  /**
   * Text from the command line as a warning shows it: control characters (a newline would split the
   * one warning line) as '?', and at most 200 characters, so a huge option string cannot flood the
   * host's stderr.
   */
  static String printable(String text) {
    StringBuilder s = new StringBuilder(Math.min(text.length(), MAX_SHOWN + 3));
    for (int i = 0; i < text.length() && i < MAX_SHOWN; i++) {
      char c = text.charAt(i);
      s.append(Character.isISOControl(c) ? '?' : c);
    }
    return text.length() > MAX_SHOWN ? s.append("...").toString() : s.toString();
  }

  /** The JMX domain of every ObjectName. */
  public String domain() {
    return domain;
  }

  /** Whether operations that change the system may be registered. */
  public boolean controls() {
    return controls.enabled();
  }

  /** Whether to register the psutil4j.* JFR events (a recording then chooses which to record). */
  public boolean jfr() {
    return jfr;
  }

  /** How long one kernel reading serves every attribute and client. */
  public long cacheMillis() {
    return cacheMillis;
  }

  /** How long to wait before registering (app servers that install their own MBeanServer). */
  public long delaySeconds() {
    return delaySeconds;
  }

  public JmxConfig jmxConfig() {
    return JmxConfig.of(domain, cacheMillis)
        .withThresholds(alerts[0], alerts[1], alerts[2])
        .withOpenFilesThreshold(alerts[3])
        .withControlsPolicy(controls)
        .withGroups(groups)
        .withScale(scale);
  }

  /** The bounds for a big host: caps, name patterns, footprint interval. */
  public ScaleOptions scale() {
    return scale;
  }

  /**
   * Every option's value in effect, defaults and the host's psutil4j.* properties included, as one
   * line: {@code domain=psutil4j, controls=false, ...}.
   */
  public String inEffect() {
    return "domain="
        + domain
        + ", controls="
        + controls.enabled()
        + ", controls.scope="
        + controls.scope().name().toLowerCase(Locale.ROOT)
        + ", controls.self="
        + controls.selfAllowed()
        + ", controls.log="
        + (controls.log() == null ? "none" : controls.log())
        + ", heapTrim="
        + controls.heapTrimAllowed()
        + ", mbeans="
        + names(groups)
        + ", cache="
        + cacheMillis
        + ", delay="
        + delaySeconds
        + ", jfr="
        + jfr
        + ", alert.memory="
        + alerts[0]
        + ", alert.throttling="
        + alerts[1]
        + ", alert.pressure="
        + alerts[2]
        + ", alert.fds="
        + alerts[3]
        + ", entities.max="
        + scale.entityMax()
        + patternsInEffect("mounts", scale.mounts())
        + patternsInEffect("disks", scale.disks())
        + patternsInEffect("nics", scale.nics())
        + ", threads.max="
        + scale.threadsTableMax()
        + ", footprint.interval="
        + scale.footprintIntervalMillis();
  }

  /**
   * {@code , mounts.include=*, mounts.exclude=/var/lib/kubelet/pods/*+...}: as the options read.
   */
  private static String patternsInEffect(String kind, NamePatterns patterns) {
    return ", "
        + kind
        + ".include="
        + String.join("+", patterns.include())
        + ", "
        + kind
        + ".exclude="
        + String.join("+", patterns.exclude());
  }

  /** The MBean groups to register: option {@code mbeans} minus option {@code exclude}. */
  public Set<MBeanGroup> groups() {
    return groups;
  }
}
