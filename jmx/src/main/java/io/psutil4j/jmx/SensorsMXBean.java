package io.psutil4j.jmx;

/**
 * {@code psutil4j:type=Sensors}: the battery and the hottest sensor. Sensors vary by machine, and
 * an MBean's attributes must not change over its life, so this is a fixed summary; the full list is
 * psutil's sensors_temperatures() and sensors_fans() in the library.
 */
public interface SensorsMXBean {
  @Metric(
      summary = "Battery charge; null without a battery",
      unit = "percent",
      psutil = "sensors_battery().percent")
  Double getBatteryPercent();

  @Metric(
      summary = "Seconds of battery left; null without a battery, when charging or unknown",
      unit = "seconds",
      psutil = "sensors_battery().secsleft")
  Long getBatterySecsleft();

  @Metric(
      summary = "Whether the AC adapter is plugged in; null when unknown",
      unit = "boolean",
      psutil = "sensors_battery().power_plugged")
  Boolean getBatteryPowerPlugged();

  @Metric(
      summary = "Highest current temperature over all sensors; null without sensors",
      unit = "celsius",
      psutil = "max(t.current for t in sensors_temperatures() values)")
  Double getTemperatureMax();

  @Metric(
      summary = "Temperature sensors found",
      unit = "count",
      psutil = "sum(len(v) for v in sensors_temperatures().values())")
  Integer getTemperatureCount();

  @Metric(
      summary = "Fastest fan; null without fans",
      unit = "rpm",
      psutil = "max(f.current for f in sensors_fans() values)")
  Long getFanMax();
}
