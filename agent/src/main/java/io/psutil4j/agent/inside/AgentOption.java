package io.psutil4j.agent.inside;

import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjDoubleConsumer;
import java.util.function.ObjLongConsumer;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * One agent option: its key, what it means, how a value given for it is read (a bad one costs one
 * warning line and keeps the default) and how its value in effect is shown. The parser, the warning
 * lines, the options in effect and README's option table all come from a list of these.
 */
final class AgentOption {
  /** Reads one given value into the settings, or warns and leaves them as they are. */
  @FunctionalInterface
  interface Reader {
    void read(AgentSettings settings, String value, Warnings warnings);
  }

  private final String key;
  private final String meaning;
  private final Reader reader;
  private final @Nullable Function<AgentSettings, String> shown;

  /**
   * {@code shown} gives the value in effect as the options read; null for an option whose effect
   * another one shows ({@code exclude} is shown in {@code mbeans}).
   */
  AgentOption(
      String key, String meaning, Reader reader, @Nullable Function<AgentSettings, String> shown) {
    this.key = key;
    this.meaning = meaning;
    this.reader = reader;
    this.shown = shown;
  }

  /** {@code true} or {@code false} (case ignored); false by default. */
  static AgentOption flag(
      String key,
      String meaning,
      Predicate<AgentSettings> getter,
      BiConsumer<AgentSettings, Boolean> setter) {
    return new AgentOption(
        key,
        meaning,
        (settings, value, warnings) -> {
          if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            setter.accept(settings, Boolean.parseBoolean(value));
          } else {
            warnings.warn(ignoring(key, value, "must be true or false; using false"));
          }
        },
        settings -> String.valueOf(getter.test(settings)));
  }

  /** A whole number of {@code unit} from {@code min} to {@code max}. */
  static AgentOption whole(
      String key,
      String unit,
      long min,
      long max,
      String meaning,
      ToLongFunction<AgentSettings> getter,
      ObjLongConsumer<AgentSettings> setter) {
    return ranged(
        key,
        meaning,
        Long::valueOf,
        n -> n >= min && n <= max,
        "must be a whole number of " + unit + " from " + min + " to " + max,
        getter::applyAsLong,
        setter::accept);
  }

  /** An alert threshold in {@code unit}, above 0 and at most {@code max}. */
  static AgentOption threshold(
      String key,
      String unit,
      double max,
      String meaning,
      ToDoubleFunction<AgentSettings> getter,
      ObjDoubleConsumer<AgentSettings> setter) {
    return ranged(
        key,
        meaning,
        Double::valueOf,
        d -> d > 0 && d <= max,
        "must be a " + unit + " above 0 and at most " + max,
        getter::applyAsDouble,
        setter::accept);
  }

  /**
   * A number that {@code parse} reads (throwing NumberFormatException on garbage) and {@code
   * inRange} accepts; anything else warns with {@code rule} and keeps the default.
   */
  private static <T> AgentOption ranged(
      String key,
      String meaning,
      Function<String, T> parse,
      Predicate<T> inRange,
      String rule,
      Function<AgentSettings, T> getter,
      BiConsumer<AgentSettings, T> setter) {
    T fallback = getter.apply(new AgentSettings());
    return new AgentOption(
        key,
        meaning,
        (settings, value, warnings) -> {
          try {
            T n = parse.apply(value);
            if (inRange.test(n)) {
              setter.accept(settings, n);
              return;
            }
          } catch (NumberFormatException e) {
            // reported below, with the allowed range
          }
          warnings.warn(ignoring(key, value, rule + "; using " + fallback));
        },
        settings -> String.valueOf(getter.apply(settings)));
  }

  String key() {
    return key;
  }

  String meaning() {
    return meaning;
  }

  void read(AgentSettings settings, String value, Warnings warnings) {
    reader.read(settings, value, warnings);
  }

  /** Whether the options in effect list this one. */
  boolean shown() {
    return shown != null;
  }

  /** The value in effect as the options read it. */
  String shownValue(AgentSettings settings) {
    if (shown == null) {
      throw new IllegalStateException(key + " is shown by another option");
    }
    return shown.apply(settings);
  }

  /** {@code ignoring option 'key=value': why}, the start of most warning lines. */
  static String ignoring(String key, String value, String why) {
    return "ignoring option '"
        + AgentOptions.printable(key)
        + "="
        + AgentOptions.printable(value)
        + "': "
        + why;
  }
}
