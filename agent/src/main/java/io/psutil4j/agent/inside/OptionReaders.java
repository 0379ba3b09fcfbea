package io.psutil4j.agent.inside;

import static io.psutil4j.agent.inside.AgentOption.ignoring;
import static io.psutil4j.agent.inside.AgentOptions.printable;

import io.psutil4j.jmx.ControlsPolicy;
import io.psutil4j.jmx.JmxConfig;
import io.psutil4j.jmx.MBeanGroup;
import io.psutil4j.jmx.NamePatterns;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** How the options that are neither a flag, a number nor a threshold read their value. */
final class OptionReaders {
  private OptionReaders() {}

  static String domain(String value, Warnings warnings) {
    try {
      return JmxConfig.of(value, JmxConfig.DEFAULT_CACHE_MILLIS).domain();
    } catch (IllegalArgumentException e) {
      warnings.warn(
          ignoring(
              "domain",
              value,
              printable(String.valueOf(e.getMessage())) + "; using " + JmxConfig.DEFAULT_DOMAIN));
      return JmxConfig.DEFAULT_DOMAIN;
    }
  }

  static ControlsPolicy.Scope scope(String value, Warnings warnings) {
    for (ControlsPolicy.Scope s : ControlsPolicy.Scope.values()) {
      if (s.name().equalsIgnoreCase(value)) {
        return s;
      }
    }
    warnings.warn(
        ignoring("controls.scope", value, "must be descendants or any; using descendants"));
    return ControlsPolicy.Scope.DESCENDANTS;
  }

  /** An absolute file path for the controls log; anything else warns and means no log. */
  static @Nullable Path logFile(String value, Warnings warnings) {
    String why = "must be an absolute file path";
    try {
      Path file = Paths.get(value);
      Path directory = file.getParent();
      if (file.isAbsolute() && file.getFileName() != null && directory != null) {
        if (Files.isDirectory(directory)) {
          return file;
        }
        why = "its directory does not exist";
      }
    } catch (InvalidPathException e) {
      // reported below
    }
    warnings.warn(ignoring("controls.log", value, why + "; controls invocations are not logged"));
    return null;
  }

  /**
   * A '+'-separated list of MBean groups ({@code Cpu+Memory+Process}, or {@code all}); names it
   * does not know cost one warning line, and an empty result keeps {@code fallback}.
   */
  static Set<MBeanGroup> groups(
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
    warnings.warn(
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

  /** {@code all}, {@code none} or the groups joined by '+', as the options name them. */
  static String names(Set<MBeanGroup> groups) {
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

  /**
   * A '+'-separated list of name globs ({@code veth*+cali*}) replacing the include or exclude list
   * of {@code current}; an empty exclude list leaves nothing out. An empty include list, or a
   * pattern that is empty, costs one warning line and keeps {@code current}.
   */
  static NamePatterns patterns(String key, String value, NamePatterns current, Warnings warnings) {
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
      warnings.warn(
          ignoring(
              key,
              value,
              problem
                  + " (patterns are globs joined by '+', e.g. veth*+cali*); using "
                  + printable(shown(include).apply(current))));
      return current;
    }
    return include
        ? new NamePatterns(globs, current.exclude())
        : new NamePatterns(current.include(), globs);
  }

  /** The include or exclude list as an option gives it: globs joined by '+'. */
  static Function<NamePatterns, String> shown(boolean include) {
    return p -> String.join("+", include ? p.include() : p.exclude());
  }
}
