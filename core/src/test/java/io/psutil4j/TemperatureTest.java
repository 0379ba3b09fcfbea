package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** psutil's top-level touch-ups of sensors_temperatures. */
class TemperatureTest {
  @Test
  void loneThresholdIsCopiedAndFahrenheitConverts() {
    Temperature t = Temperature.of("Core 0", 50.0, null, 100.0).finish(false);
    assertEquals(Optional.of(100.0), t.high());
    Temperature f = Temperature.of("Core 0", 50.0, 90.0, null).finish(true);
    assertEquals(122.0, f.current());
    assertEquals(Optional.of(194.0), f.high());
    assertEquals(Optional.of(194.0), f.critical());
  }

  @Test
  void liveSensorsDoNotFail() {
    // this host has no hwmon: both are empty maps, never an error
    Psutil.sensorsTemperatures(true).values().forEach(l -> l.forEach(x -> x.current()));
    Psutil.sensorsFans();
  }
}
