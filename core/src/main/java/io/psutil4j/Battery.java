package io.psutil4j;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * psutil's {@code sbattery}, from /sys/class/power_supply: charge in percent, time left and whether
 * AC power is plugged in. Time left is either a number of seconds or a {@link BatteryTime}
 * (unknown, or unlimited while plugged in).
 */
public final class Battery extends FieldTuple {
  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<Double> PERCENT = FIELDS.percent("percent");

  /** Seconds, or a {@link BatteryTime}'s value (-1, -2), as psutil gives it. */
  public static final TupleField<Long> SECSLEFT =
      FIELDS.longs("secsleft", Unit.SECONDS).atLeast(BatteryTime.POWER_TIME_UNLIMITED.value());

  public static final TupleField<Boolean> POWER_PLUGGED =
      FIELDS.field("power_plugged", Boolean.class).orNull();

  private Battery(double percent, long secsleft, @Nullable Boolean powerPlugged) {
    super("sbattery", FIELDS, percent, secsleft, powerPlugged);
  }

  /** A battery with {@code secsleft} seconds left; {@code powerPlugged} may be null (unknown). */
  public static Battery of(double percent, long secsleft, @Nullable Boolean powerPlugged) {
    Fields.requireNonNegative("secsleft", secsleft);
    return new Battery(percent, secsleft, powerPlugged);
  }

  /** A battery whose time left is not a number of seconds. */
  public static Battery of(double percent, BatteryTime time, @Nullable Boolean powerPlugged) {
    return new Battery(percent, Objects.requireNonNull(time, "time").value(), powerPlugged);
  }

  /** Charge, 0-100 (may pass 100 on some firmware, as the kernel reports it). */
  public double percent() {
    return value(PERCENT);
  }

  /** Seconds until empty, when the kernel tells; see {@link #timeKind()} otherwise. */
  public OptionalLong secsleft() {
    long secsleft = value(SECSLEFT);
    return secsleft >= 0 ? OptionalLong.of(secsleft) : OptionalLong.empty();
  }

  /** Why {@link #secsleft()} is empty: unknown, or unlimited (plugged in). */
  public Optional<BatteryTime> timeKind() {
    long secsleft = value(SECSLEFT);
    for (BatteryTime time : BatteryTime.values()) {
      if (time.value() == secsleft) {
        return Optional.of(time);
      }
    }
    return Optional.empty();
  }

  /** Whether AC power is connected; empty when the kernel does not say. */
  public Optional<Boolean> powerPlugged() {
    return optional(POWER_PLUGGED);
  }
}
