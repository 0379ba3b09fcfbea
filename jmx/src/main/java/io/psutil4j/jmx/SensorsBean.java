package io.psutil4j.jmx;

import io.psutil4j.Battery;
import io.psutil4j.Fan;
import io.psutil4j.Temperature;
import io.psutil4j.spi.Platform;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** sensors_battery, sensors_temperatures and sensors_fans, read once per refresh. */
final class SensorsBean implements SensorsMXBean {
  private final Snapshot<Optional<Battery>> battery;
  private final Snapshot<Map<String, List<Temperature>>> temperatures;
  private final Snapshot<Map<String, List<Fan>>> fans;

  SensorsBean(Platform platform, long cacheMillis) {
    this.battery = new Snapshot<>(platform::sensorsBattery, cacheMillis);
    this.temperatures = new Snapshot<>(platform::sensorsTemperatures, cacheMillis);
    this.fans = new Snapshot<>(platform::sensorsFans, cacheMillis);
  }

  private Battery battery() {
    Optional<Battery> b = battery.get();
    return b == null ? null : b.orElse(null);
  }

  @Override
  public Double getBatteryPercent() {
    Battery b = battery();
    return b == null ? null : b.percent();
  }

  @Override
  public Long getBatterySecsleft() {
    Battery b = battery();
    return b == null || !b.secsleft().isPresent() ? null : b.secsleft().getAsLong();
  }

  @Override
  public Boolean getBatteryPowerPlugged() {
    Battery b = battery();
    return b == null ? null : b.powerPlugged().orElse(null);
  }

  @Override
  public Double getTemperatureMax() {
    Map<String, List<Temperature>> all = temperatures.get();
    Double max = null;
    if (all != null) {
      for (List<Temperature> chip : all.values()) {
        for (Temperature t : chip) {
          max = max == null ? t.current() : Math.max(max, t.current());
        }
      }
    }
    return max;
  }

  @Override
  public Integer getTemperatureCount() {
    Map<String, List<Temperature>> all = temperatures.get();
    if (all == null) {
      return null;
    }
    int n = 0;
    for (List<Temperature> chip : all.values()) {
      n += chip.size();
    }
    return n;
  }

  @Override
  public Long getFanMax() {
    Map<String, List<Fan>> all = fans.get();
    Long max = null;
    if (all != null) {
      for (List<Fan> chip : all.values()) {
        for (Fan f : chip) {
          max = max == null ? f.current() : Math.max(max, f.current());
        }
      }
    }
    return max;
  }
}
