package io.psutil4j;

import java.util.Map;
import java.util.Objects;

/** psutil's {@code sfan}: one fan's speed in RPM, from hwmon {@code fan*_input}. */
public final class Fan extends Tuple {
  private final String label;
  private final long current;

  private Fan(String label, long current) {
    super("sfan");
    this.label = Objects.requireNonNull(label, "label");
    this.current = Fields.requireNonNegative("current", current);
  }

  public static Fan of(String label, long current) {
    return new Fan(label, current);
  }

  /** The fan's label ({@code _label}), {@code ""} when it has none. */
  public String label() {
    return label;
  }

  /** Revolutions per minute. */
  public long current() {
    return current;
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered("label", label, "current", current);
  }
}
