package io.psutil4j;

import java.util.Map;
import java.util.Objects;

/** psutil's {@code pionice}: a process's I/O scheduling class and its level (0-7). */
public final class IoNice extends Tuple {
  private final ProcessIOPriority ioclass;
  private final int value;

  private IoNice(ProcessIOPriority ioclass, int value) {
    super("pionice");
    this.ioclass = Objects.requireNonNull(ioclass, "ioclass");
    this.value = (int) Fields.requireNonNegative("value", value);
  }

  public static IoNice of(ProcessIOPriority ioclass, int value) {
    return new IoNice(ioclass, value);
  }

  /** The scheduling class. */
  public ProcessIOPriority ioclass() {
    return ioclass;
  }

  /** The level inside the class: 0 (highest) to 7. */
  public int value() {
    return value;
  }

  @Override
  public Map<String, Object> asDict() {
    // The class number, as psutil's IntEnum serialises; the typed accessor keeps the enum.
    return Fields.ordered("ioclass", ioclass.value(), "value", value);
  }

  @Override
  Map<String, Object> reprFields() {
    return Fields.ordered(
        "ioclass",
        Repr.member("ProcessIOPriority", ioclass.name(), ioclass.value()),
        "value",
        value);
  }
}
