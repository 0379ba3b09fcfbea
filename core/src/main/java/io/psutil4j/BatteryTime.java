package io.psutil4j;

/**
 * psutil's {@code BatteryTime}: what a battery's {@code secsleft} is when it is not a number of
 * seconds. The values are psutil's ({@code POWER_TIME_UNKNOWN=-1}, {@code
 * POWER_TIME_UNLIMITED=-2}).
 */
public enum BatteryTime {
  /** The kernel does not say how long the battery lasts. */
  POWER_TIME_UNKNOWN(-1),
  /** On AC power: the battery is not draining. */
  POWER_TIME_UNLIMITED(-2);

  private final int value;

  BatteryTime(int value) {
    this.value = value;
  }

  /** psutil's integer value. */
  public int value() {
    return value;
  }
}
