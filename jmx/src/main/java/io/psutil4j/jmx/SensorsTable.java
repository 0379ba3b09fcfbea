package io.psutil4j.jmx;

import static javax.management.openmbean.SimpleType.DOUBLE;
import static javax.management.openmbean.SimpleType.INTEGER;
import static javax.management.openmbean.SimpleType.LONG;

import io.psutil4j.Battery;
import io.psutil4j.Fan;
import io.psutil4j.Temperature;
import io.psutil4j.spi.Platform;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code psutil4j:type=Sensors}: the battery and the hottest sensor. Sensors vary by machine, and
 * an MBean's attributes must not change over its life, so this is a fixed summary; the full list is
 * psutil's sensors_temperatures() and sensors_fans() in the library.
 */
final class SensorsTable {
  static final Source<Optional<Battery>> BATTERY =
      Source.named("sensors_battery() /sys/class/power_supply");
  static final Source<Map<String, List<Temperature>>> TEMPERATURES =
      Source.named("sensors_temperatures() /sys/class/hwmon");
  static final Source<Map<String, List<Fan>>> FANS =
      Source.named("sensors_fans() /sys/class/hwmon");

  static final MBeanTable TABLE =
      MBeanTable.table(
              MBeanGroup.SENSORS,
              "Sensors",
              MBeanTable.Naming.SINGLETON,
              "Battery and the hottest temperature sensor and fastest fan (psutil sensors_*)")
          .from(BATTERY, "sensors_battery()")
          .gauge("BatteryPercent", Battery.PERCENT, b -> b.map(Battery::percent).orElse(null))
          .described("Battery charge; null without a battery")
          .gauge(
              "BatterySecsleft",
              Battery.SECSLEFT,
              b ->
                  b.isPresent() && b.get().secsleft().isPresent()
                      ? b.get().secsleft().getAsLong()
                      : null)
          .described("Seconds of battery left; null without a battery, when charging or unknown")
          .gauge(
              "BatteryPowerPlugged",
              Battery.POWER_PLUGGED,
              b -> b.flatMap(Battery::powerPlugged).orElse(null))
          .described("Whether the AC adapter is plugged in; null when unknown")
          .from(TEMPERATURES)
          .gauge("TemperatureMax", DOUBLE, "celsius", SensorsTable::hottest)
          .described(
              "Highest current temperature over all sensors; null without sensors",
              "max(t.current for t in sensors_temperatures() values)")
          .gauge("TemperatureCount", INTEGER, "count", SensorsTable::count)
          .described(
              "Temperature sensors found", "sum(len(v) for v in sensors_temperatures().values())")
          .from(FANS)
          .gauge("FanMax", LONG, "rpm", SensorsTable::fastest)
          .described(
              "Fastest fan; null without fans", "max(f.current for f in sensors_fans() values)")
          .readingAge(Readings.AGE_SUMMARY)
          .build();

  private SensorsTable() {}

  static Readings readings(Platform platform, Readings.Builder readings) {
    return readings
        .with(BATTERY, platform::sensorsBattery)
        .with(TEMPERATURES, platform::sensorsTemperatures)
        .with(FANS, platform::sensorsFans)
        .build();
  }

  /** The highest current temperature, or null without sensors. */
  private static @Nullable Double hottest(Map<String, List<Temperature>> all) {
    Double max = null;
    for (List<Temperature> chip : all.values()) {
      for (Temperature t : chip) {
        max = max == null ? t.current() : Math.max(max, t.current());
      }
    }
    return max;
  }

  private static Integer count(Map<String, List<Temperature>> all) {
    int n = 0;
    for (List<Temperature> chip : all.values()) {
      n += chip.size();
    }
    return n;
  }

  /** The fastest fan, or null without fans. */
  private static @Nullable Long fastest(Map<String, List<Fan>> all) {
    Long max = null;
    for (List<Fan> chip : all.values()) {
      for (Fan f : chip) {
        max = max == null ? f.current() : Math.max(max, f.current());
      }
    }
    return max;
  }
}
