package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
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
  void liveSensorsSayWhatSysfsHas() throws IOException {
    Path sys = Paths.get("/sys/class");
    boolean hwmonTemps = anyFile(sys.resolve("hwmon"), "temp[0-9]*_input");
    boolean zones = anyFile(sys.resolve("thermal"), "temp") && !hwmonTemps;
    Map<String, List<Temperature>> temps = Psutil.sensorsTemperatures(false);
    if (!hwmonTemps && !zones) {
      assertEquals(Map.of(), temps, "no hwmon temp*_input and no thermal zone here");
    } else {
      assertFalse(temps.isEmpty(), "sysfs has temperature sensors");
      for (List<Temperature> chip : temps.values()) {
        for (Temperature t : chip) {
          assertTrue(t.current() > -273.15 && t.current() < 1000, t.toString());
        }
      }
    }
    boolean hwmonFans = anyFile(sys.resolve("hwmon"), "fan[0-9]*_input");
    assertEquals(hwmonFans, !Psutil.sensorsFans().isEmpty(), "fans iff hwmon has fan*_input");
  }

  /**
   * Whether a sensor directory ({@code hwmonN}, {@code hwmonN/device}, {@code thermal_zoneN}) under
   * {@code classDir} holds a file matching {@code glob}.
   */
  private static boolean anyFile(Path classDir, String glob) throws IOException {
    if (!Files.isDirectory(classDir)) {
      return false;
    }
    try (Stream<Path> sensors = Files.list(classDir)) {
      for (Path sensor : (Iterable<Path>) sensors::iterator) {
        for (Path dir : List.of(sensor, sensor.resolve("device"))) {
          if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, glob)) {
              if (files.iterator().hasNext()) {
                return true;
              }
            }
          }
        }
      }
    }
    return false;
  }
}
