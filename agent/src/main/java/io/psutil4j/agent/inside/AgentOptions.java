package io.psutil4j.agent.inside;

import static io.psutil4j.agent.inside.AgentOption.flag;
import static io.psutil4j.agent.inside.AgentOption.ignoring;
import static io.psutil4j.agent.inside.AgentOption.threshold;
import static io.psutil4j.agent.inside.AgentOption.whole;

import io.psutil4j.jmx.JmxConfig;
import io.psutil4j.jmx.MBeanGroup;
import io.psutil4j.jmx.NamePatterns;
import io.psutil4j.jmx.ScaleOptions;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The agent's options: {@code key=value,key=value} after the jar, or system properties {@code
 * psutil4j.<key>} (the option string wins). A bad option costs one warning line naming it, and its
 * default is used: the host program must start whatever its command line says.
 */
public final class AgentOptions {
  static final String PROPERTY_PREFIX = "psutil4j.";
  private static final int MAX_SHOWN = 200;

  /** Every option, in the order the options in effect and README's table list them. */
  static final List<AgentOption> OPTIONS = options();

  private final AgentSettings settings;

  private AgentOptions(AgentSettings settings) {
    this.settings = settings;
  }

  private static List<AgentOption> options() {
    List<AgentOption> options = new ArrayList<>();
    options.add(
        new AgentOption(
            "domain",
            "JMX domain of every ObjectName",
            (s, value, warnings) -> s.domain = OptionReaders.domain(value, warnings),
            s -> s.domain));
    options.add(
        flag(
            "controls",
            "allow MBeans that change the system (they also allow `heapTrim`)",
            s -> s.controls.enabled(),
            (s, on) -> s.controls = s.controls.withEnabled(on)));
    options.add(
        new AgentOption(
            "controls.scope",
            "processes the Controls operations may act on: `descendants` (this JVM and the"
                + " processes it started) or `any`",
            (s, value, warnings) ->
                s.controls = s.controls.withScope(OptionReaders.scope(value, warnings)),
            s -> s.controls.scope().name().toLowerCase(Locale.ROOT)));
    options.add(
        flag(
            "controls.self",
            "let the Controls operations signal this JVM or lower its limits",
            s -> s.controls.selfAllowed(),
            (s, on) -> s.controls = s.controls.withSelf(on)));
    options.add(
        new AgentOption(
            "controls.log",
            "absolute file in an existing directory: one line per Controls invocation, with its"
                + " outcome",
            (s, value, warnings) ->
                s.controls = s.controls.withLog(OptionReaders.logFile(value, warnings)),
            s -> s.controls.log() == null ? "none" : s.controls.log().toString()));
    options.add(
        flag(
            "heapTrim",
            "allow the Process MBean's `heapTrim` without the other operations",
            s -> s.controls.heapTrimAllowed(),
            (s, on) -> s.controls = s.controls.withHeapTrim(on)));
    options.add(
        new AgentOption(
            "mbeans",
            "the MBean groups to register, joined by `+`: " + groupList() + " (case ignored)",
            (s, value, warnings) ->
                s.included =
                    OptionReaders.groups(
                        "mbeans", value, EnumSet.allOf(MBeanGroup.class), warnings),
            s -> OptionReaders.names(s.groups)));
    options.add(
        new AgentOption(
            "exclude",
            "groups to leave out of `mbeans`, e.g. `exclude=PerCpu+Threads` on a 128-CPU host",
            (s, value, warnings) ->
                s.excluded =
                    OptionReaders.groups(
                        "exclude", value, EnumSet.noneOf(MBeanGroup.class), warnings),
            null));
    options.add(
        whole(
            "cache",
            "milliseconds",
            0,
            3_600_000,
            "milliseconds one kernel reading serves every attribute and client",
            s -> s.cacheMillis,
            (s, n) -> s.cacheMillis = n));
    options.add(
        whole(
            "delay",
            "seconds",
            0,
            3600,
            "seconds to wait before registering (app servers with their own MBeanServer)",
            s -> s.delaySeconds,
            (s, n) -> s.delaySeconds = n));
    options.add(
        flag(
            "jfr",
            "register the `psutil4j.*` JDK Flight Recorder events (see below)",
            s -> s.jfr,
            (s, on) -> s.jfr = on));
    options.add(
        threshold(
            "alert.memory",
            "percent of the cgroup limit",
            100,
            "Container notification when cgroup memory usage reaches this percent of its limit",
            s -> s.memoryPercent,
            (s, d) -> s.memoryPercent = d));
    options.add(
        threshold(
            "alert.throttling",
            "share of CPU periods",
            1,
            "Container notification when this share of CPU periods between two reads was"
                + " throttled",
            s -> s.throttledRatio,
            (s, d) -> s.throttledRatio = d));
    options.add(
        threshold(
            "alert.pressure",
            "percent (PSI some avg10)",
            100,
            "Pressure/Container notification when PSI \"some\" avg10 reaches this percent",
            s -> s.pressurePercent,
            (s, d) -> s.pressurePercent = d));
    options.add(
        threshold(
            "alert.fds",
            "percent of RLIMIT_NOFILE",
            100,
            "Container notification when open fds reach this percent of RLIMIT_NOFILE",
            s -> s.openFilesPercent,
            (s, d) -> s.openFilesPercent = d));
    options.add(
        whole(
            "entities.max",
            "MBeans per type",
            0,
            ScaleOptions.MAX_LIMIT,
            "most per-entity MBeans of one type (per-CPU, Disk, FileSystem, NetworkInterface);"
                + " `psutil4j:type=Entities` counts those left out",
            s -> s.scale.entityMax(),
            (s, n) -> s.scale = s.scale.withEntityMax((int) n)));
    patterns(
        options,
        "mounts",
        "mountpoints that get a FileSystem MBean",
        ScaleOptions::mounts,
        ScaleOptions::withMounts);
    patterns(
        options,
        "disks",
        "disks that get a Disk MBean",
        ScaleOptions::disks,
        ScaleOptions::withDisks);
    patterns(
        options,
        "nics",
        "NICs that get a NetworkInterface MBean",
        ScaleOptions::nics,
        ScaleOptions::withNics);
    interval(
        options,
        "threads.interval",
        "the task table, a file per thread (the Threads table, `GcCpuSeconds`, `JitCpuSeconds`,"
            + " Process `CtxSwitches*` when counted over the threads), whose cost grows with the"
            + " threads",
        ScaleOptions::threadsIntervalMillis,
        ScaleOptions::withThreadsIntervalMillis);
    interval(
        options,
        "sockets.interval",
        "the socket tables (Network `Connections*`), whose cost grows with the host's sockets",
        ScaleOptions::socketsIntervalMillis,
        ScaleOptions::withSocketsIntervalMillis);
    interval(
        options,
        "mounts.interval",
        "statvfs of each mount (FileSystem `Total`, `Used`, `Free`, `Percent`), whose cost grows"
            + " with the mounts",
        ScaleOptions::mountsIntervalMillis,
        ScaleOptions::withMountsIntervalMillis);
    interval(
        options,
        "nics.interval",
        "each NIC's sysfs state (NetworkInterface `Isup`, `Duplex`, `Speed`, `Mtu`, `Flags`),"
            + " whose cost grows with the NICs",
        ScaleOptions::nicsIntervalMillis,
        ScaleOptions::withNicsIntervalMillis);
    options.add(
        whole(
            "threads.max",
            "rows",
            0,
            ScaleOptions.MAX_LIMIT,
            "rows of the Threads table: the threads with the most CPU",
            s -> s.scale.threadsTableMax(),
            (s, n) -> s.scale = s.scale.withThreadsTableMax((int) n)));
    interval(
        options,
        "footprint.interval",
        "smaps_rollup (Process `Uss`, `Pss`, `FootprintSwap`) and smaps (ProcessMemory), whose"
            + " cost grows with resident memory",
        ScaleOptions::footprintIntervalMillis,
        ScaleOptions::withFootprintIntervalMillis);
    return List.copyOf(options);
  }

  /**
   * {@code <source>.interval}: the shortest time between two reads of a source whose cost grows
   * with the host; the cache interval, when longer, wins.
   */
  private static void interval(
      List<AgentOption> options,
      String key,
      String source,
      ToLongFunction<ScaleOptions> getter,
      BiFunction<ScaleOptions, Long, ScaleOptions> setter) {
    options.add(
        whole(
            key,
            "milliseconds",
            0,
            ScaleOptions.MAX_INTERVAL_MILLIS,
            "milliseconds between two reads of " + source + " (never less than `cache`)",
            s -> getter.applyAsLong(s.scale),
            (s, n) -> s.scale = setter.apply(s.scale, n)));
  }

  /** {@code <kind>.include} and {@code <kind>.exclude}: name globs joined by '+'. */
  private static void patterns(
      List<AgentOption> options,
      String kind,
      String what,
      Function<ScaleOptions, NamePatterns> getter,
      BiFunction<ScaleOptions, NamePatterns, ScaleOptions> setter) {
    for (boolean include : new boolean[] {true, false}) {
      String key = kind + (include ? ".include" : ".exclude");
      options.add(
          new AgentOption(
              key,
              include
                  ? what + ": name globs joined by `+` (`*` matches anything)"
                  : "those of `" + kind + ".include` left out; empty leaves nothing out",
              (s, value, warnings) ->
                  s.scale =
                      setter.apply(
                          s.scale,
                          OptionReaders.patterns(key, value, getter.apply(s.scale), warnings)),
              s -> OptionReaders.shown(include).apply(getter.apply(s.scale))));
    }
  }

  private static String groupList() {
    StringJoiner list = new StringJoiner(", ");
    for (MBeanGroup g : MBeanGroup.values()) {
      list.add("`" + g.displayName() + "`");
    }
    return list.toString();
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
          warnings.warn("ignoring option '" + printable(item.trim()) + "': expected key=value");
          continue;
        }
        given.put(item.substring(0, eq).trim(), item.substring(eq + 1).trim());
      }
    }
    AgentSettings settings = new AgentSettings();
    for (Map.Entry<String, String> option : given.entrySet()) {
      read(settings, option.getKey(), option.getValue(), warnings);
    }
    Set<MBeanGroup> groups = EnumSet.copyOf(settings.included);
    groups.removeAll(settings.excluded);
    if (groups.isEmpty()) {
      warnings.warn(
          ignoring(
              "exclude",
              String.valueOf(given.get("exclude")),
              "it leaves no MBeans to register; registering "
                  + OptionReaders.names(settings.included)));
      groups = EnumSet.copyOf(settings.included);
    }
    settings.groups = groups;
    warnings.finish();
    return new AgentOptions(settings);
  }

  private static void read(AgentSettings settings, String key, String value, Warnings warnings) {
    StringJoiner known = new StringJoiner(", ", " (known: ", ")");
    for (AgentOption option : OPTIONS) {
      if (option.key().equals(key)) {
        option.read(settings, value, warnings);
        return;
      }
      known.add(option.key());
    }
    warnings.warn(
        "ignoring unknown option '" + printable(key) + "=" + printable(value) + "'" + known);
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
    return settings.domain;
  }

  /** Whether operations that change the system may be registered. */
  public boolean controls() {
    return settings.controls.enabled();
  }

  /** Whether to register the psutil4j.* JFR events (a recording then chooses which to record). */
  public boolean jfr() {
    return settings.jfr;
  }

  /** How long one kernel reading serves every attribute and client. */
  public long cacheMillis() {
    return settings.cacheMillis;
  }

  /** How long to wait before registering (app servers that install their own MBeanServer). */
  public long delaySeconds() {
    return settings.delaySeconds;
  }

  public JmxConfig jmxConfig() {
    return JmxConfig.of(settings.domain, settings.cacheMillis)
        .withThresholds(settings.memoryPercent, settings.throttledRatio, settings.pressurePercent)
        .withOpenFilesThreshold(settings.openFilesPercent)
        .withControlsPolicy(settings.controls)
        .withGroups(settings.groups)
        .withScale(settings.scale);
  }

  /** The bounds for a big host: caps, name patterns, the costly sources' intervals. */
  public ScaleOptions scale() {
    return settings.scale;
  }

  /** The MBean groups to register: option {@code mbeans} minus option {@code exclude}. */
  public Set<MBeanGroup> groups() {
    return settings.groups;
  }

  /**
   * Every option's value in effect, defaults and the host's psutil4j.* properties included, as one
   * line: {@code domain=psutil4j, controls=false, ...}.
   */
  public String inEffect() {
    StringJoiner line = new StringJoiner(", ");
    for (AgentOption option : OPTIONS) {
      if (option.shown()) {
        line.add(option.key() + "=" + option.shownValue(settings));
      }
    }
    return line.toString();
  }

  /**
   * README's option table in Markdown: key, default (as the options in effect show it) and meaning;
   * a test fails when README.md differs from it.
   */
  static String readmeTable() {
    AgentSettings defaults = new AgentSettings();
    StringBuilder table =
        new StringBuilder(
            "| option (`psutil4j.<key>` system property too) | default | meaning |\n"
                + "| --- | --- | --- |\n");
    for (AgentOption option : OPTIONS) {
      String value = option.shown() ? option.shownValue(defaults) : "none";
      table
          .append("| `")
          .append(option.key())
          .append("` | ")
          .append(value.equals("none") ? value : "`" + value + "`")
          .append(" | ")
          .append(option.meaning())
          .append(" |\n");
    }
    return table.toString();
  }
}
