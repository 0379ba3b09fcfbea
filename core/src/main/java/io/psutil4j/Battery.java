package io.psutil4j;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * psutil's {@code sbattery}, from /sys/class/power_supply: charge in percent, time left and whether
 * AC power is plugged in. Time left is either a number of seconds or a {@link BatteryTime}
 * (unknown, or unlimited while plugged in).
 */
public final class Battery extends Tuple {
  private final double percent;
  private final long secsleft;
  private final @Nullable BatteryTime timeKind;
  private final @Nullable Boolean powerPlugged;

  private Battery(
      double percent,
      long secsleft,
      @Nullable BatteryTime timeKind,
      @Nullable Boolean powerPlugged) {
    super("sbattery");
    this.percent = Fields.requirePercent("percent", percent);
    this.secsleft = secsleft;
    this.timeKind = timeKind;
    this.powerPlugged = powerPlugged;
  }

  /** A battery with {@code secsleft} seconds left; {@code powerPlugged} may be null (unknown). */
  public static Battery of(double percent, long secsleft, @Nullable Boolean powerPlugged) {
    Fields.requireNonNegative("secsleft", secsleft);
    return new Battery(percent, secsleft, null, powerPlugged);
  }

  /** A battery whose time left is not a number of seconds. */
  public static Battery of(double percent, BatteryTime time, @Nullable Boolean powerPlugged) {
    return new Battery(percent, 0, Objects.requireNonNull(time, "time"), powerPlugged);
  }

  /** Charge, 0-100 (may pass 100 on some firmware, as the kernel reports it). */
  public double percent() {
    return percent;
  }

  /** Seconds until empty, when the kernel tells; see {@link #timeKind()} otherwise. */
  public OptionalLong secsleft() {
    return timeKind == null ? OptionalLong.of(secsleft) : OptionalLong.empty();
  }

  /** Why {@link #secsleft()} is empty: unknown, or unlimited (plugged in). */
  public Optional<BatteryTime> timeKind() {
    return Optional.ofNullable(timeKind);
  }

  /** Whether AC power is connected; empty when the kernel does not say. */
  public Optional<Boolean> powerPlugged() {
    return Optional.ofNullable(powerPlugged);
  }

  /** secsleft as psutil's value: seconds, or the BatteryTime's -1/-2. */
  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered(
        "percent",
        percent,
        "secsleft",
        timeKind == null ? secsleft : (long) timeKind.value(),
        "power_plugged",
        powerPlugged);
  }
}
