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
public final class Battery extends FieldTuple<Battery.Field> {
  /** psutil's fields, in psutil's order. */
  enum Field implements TupleField {
    PERCENT,
    /** Seconds, or a {@link BatteryTime}'s value (-1, -2), as psutil gives it. */
    SECSLEFT,
    POWER_PLUGGED;

    @Override
    public Class<?> type() {
      return this == PERCENT ? Double.class : this == SECSLEFT ? Long.class : Boolean.class;
    }

    @Override
    public boolean nullable() {
      return this == POWER_PLUGGED;
    }

    @Override
    public double min() {
      return this == SECSLEFT ? BatteryTime.POWER_TIME_UNLIMITED.value() : 0;
    }
  }

  private Battery(double percent, long secsleft, @Nullable Boolean powerPlugged) {
    super("sbattery", Field.class, percent, secsleft, powerPlugged);
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
    return doubleValue(Field.PERCENT);
  }

  /** Seconds until empty, when the kernel tells; see {@link #timeKind()} otherwise. */
  public OptionalLong secsleft() {
    long secsleft = longValue(Field.SECSLEFT);
    return secsleft >= 0 ? OptionalLong.of(secsleft) : OptionalLong.empty();
  }

  /** Why {@link #secsleft()} is empty: unknown, or unlimited (plugged in). */
  public Optional<BatteryTime> timeKind() {
    long secsleft = longValue(Field.SECSLEFT);
    for (BatteryTime time : BatteryTime.values()) {
      if (time.value() == secsleft) {
        return Optional.of(time);
      }
    }
    return Optional.empty();
  }

  /** Whether AC power is connected; empty when the kernel does not say. */
  public Optional<Boolean> powerPlugged() {
    return optional(Field.POWER_PLUGGED, Boolean.class);
  }
}
