package io.psutil4j.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.Battery;
import io.psutil4j.BatteryTime;
import io.psutil4j.Fan;
import io.psutil4j.Temperature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sensors on sysfs trees shaped like a ThinkPad's (acpitz, two coretemp chips, nvme, thinkpad fan,
 * BAT0 + AC) and a desktop's (thermal zones only, no battery). This build host has none.
 */
class SensorsTest {
  @TempDir Path sys;

  private void write(String path, String text) throws IOException {
    Path p = sys.resolve(path);
    Files.createDirectories(p.getParent());
    Files.write(p, (text + "\n").getBytes(StandardCharsets.US_ASCII));
  }

  private SensorsReader reader() {
    return new SensorsReader(sys);
  }

  private void laptop() throws IOException {
    write("class/hwmon/hwmon0/name", "acpitz");
    write("class/hwmon/hwmon0/temp1_input", "45000");
    write("class/hwmon/hwmon0/temp1_crit", "103000");
    write("class/hwmon/hwmon1/name", "coretemp");
    write("class/hwmon/hwmon1/temp1_input", "52000");
    write("class/hwmon/hwmon1/temp1_label", "Package id 0");
    write("class/hwmon/hwmon1/temp1_max", "100000");
    write("class/hwmon/hwmon1/temp1_crit", "100000");
    write("class/hwmon/hwmon1/temp2_input", "50000");
    write("class/hwmon/hwmon1/temp2_label", "Core 0");
    write("class/hwmon/hwmon2/name", "thinkpad");
    write("class/hwmon/hwmon2/fan1_input", "2900");
    write("class/hwmon/hwmon2/device/fan2_input", "3100");
    write("class/hwmon/hwmon2/device/name", "thinkpad");
    write("class/hwmon/hwmon3/name", "nvme");
    write("class/hwmon/hwmon3/temp1_input", "38850");
    write("class/hwmon/hwmon3/temp1_label", "Composite");
    write("class/hwmon/hwmon3/temp1_max", "81850");
    write("class/hwmon/hwmon3/temp1_crit", "84850");
    write("class/hwmon/hwmon4/name", "coretemp");
    write("class/hwmon/hwmon4/temp1_input", "61000");
    write("class/hwmon/hwmon4/temp1_label", "Package id 1");
    write("class/hwmon/hwmon5/name", "broken");
    write("class/hwmon/hwmon5/temp1_input", "");
    write("class/power_supply/AC/online", "0");
    write("class/power_supply/BAT0/energy_now", "30000000");
    write("class/power_supply/BAT0/energy_full", "60000000");
    write("class/power_supply/BAT0/power_now", "15000000");
    write("class/power_supply/BAT0/status", "Discharging");
    write("class/power_supply/BAT0/capacity", "49");
  }

  @Test
  void hwmonTemperaturesGroupedByChipName() throws IOException {
    laptop();
    Map<String, List<Temperature>> t = reader().temperatures();
    assertEquals(List.of("acpitz", "coretemp", "nvme"), List.copyOf(t.keySet()), "broken skipped");
    List<Temperature> core = t.get("coretemp");
    assertEquals(3, core.size(), "two coretemp chips share one list");
    assertEquals("Package id 0", core.get(0).label());
    assertEquals(52.0, core.get(0).current());
    assertEquals(Optional.of(100.0), core.get(0).high());
    assertEquals("Core 0", core.get(1).label());
    assertFalse(core.get(1).high().isPresent());
    assertEquals("Package id 1", core.get(2).label());
    Temperature acpi = t.get("acpitz").get(0);
    assertEquals("", acpi.label());
    assertEquals(Optional.of(103.0), acpi.critical());
    assertEquals(Optional.of(81.85), t.get("nvme").get(0).high());
  }

  @Test
  void fansInRpm() throws IOException {
    laptop();
    Map<String, List<Fan>> f = reader().fans();
    assertEquals(List.of("thinkpad"), List.copyOf(f.keySet()));
    assertEquals(2, f.get("thinkpad").size());
    // psutil sorts the sensor paths as strings: ".../hwmon2/device/fan2" before ".../hwmon2/fan1"
    assertEquals(3100, f.get("thinkpad").get(0).current());
    assertEquals(2900, f.get("thinkpad").get(1).current());
  }

  @Test
  void dischargingBatteryFromEnergyAndPower() throws IOException {
    laptop();
    Battery b = reader().battery().get();
    assertEquals(50.0, b.percent(), "energy_now / energy_full wins over capacity");
    assertEquals(OptionalLong.of(7200), b.secsleft(), "30 Wh at 15 W");
    assertEquals(Optional.of(false), b.powerPlugged());
    assertEquals(7200L, b.asDict().get("secsleft"));
  }

  @Test
  void pluggedInIsUnlimited() throws IOException {
    laptop();
    write("class/power_supply/AC/online", "1");
    Battery b = reader().battery().get();
    assertEquals(Optional.of(BatteryTime.POWER_TIME_UNLIMITED), b.timeKind());
    assertEquals(-2L, b.asDict().get("secsleft"));
    assertEquals(Optional.of(true), b.powerPlugged());
  }

  @Test
  void statusDecidesWithoutAcAndCapacityWithoutEnergy() throws IOException {
    write("class/power_supply/BAT1/capacity", "80");
    write("class/power_supply/BAT1/status", "Not charging");
    write("class/power_supply/BAT1/time_to_empty_now", "-1");
    Battery b = reader().battery().get();
    assertEquals(80.0, b.percent());
    assertFalse(b.powerPlugged().isPresent(), "'not charging' says nothing about AC");
    assertEquals(Optional.of(BatteryTime.POWER_TIME_UNKNOWN), b.timeKind(), "psutil #2605");
    write("class/power_supply/BAT1/time_to_empty_now", "90");
    assertEquals(OptionalLong.of(5400), reader().battery().get().secsleft());
    write("class/power_supply/BAT1/status", "Charging");
    assertEquals(Optional.of(true), reader().battery().get().powerPlugged());
  }

  @Test
  void zeroPowerIsUnknownTime() throws IOException {
    laptop();
    write("class/power_supply/BAT0/power_now", "0");
    assertEquals(Optional.of(BatteryTime.POWER_TIME_UNKNOWN), reader().battery().get().timeKind());
  }

  @Test
  void desktopThermalZonesAndNoBattery() throws IOException {
    write("class/thermal/thermal_zone0/type", "x86_pkg_temp");
    write("class/thermal/thermal_zone0/temp", "48000");
    write("class/thermal/thermal_zone0/trip_point_0_type", "passive");
    write("class/thermal/thermal_zone0/trip_point_0_temp", "95000");
    write("class/thermal/thermal_zone0/trip_point_1_type", "critical");
    write("class/thermal/thermal_zone0/trip_point_1_temp", "105000");
    Files.createDirectories(sys.resolve("class/power_supply"));
    Map<String, List<Temperature>> t = reader().temperatures();
    Temperature pkg = t.get("x86_pkg_temp").get(0);
    assertEquals(48.0, pkg.current());
    assertEquals(Optional.of(105.0), pkg.critical());
    assertFalse(pkg.high().isPresent(), "only 'high' trip points are high");
    assertEquals(Optional.empty(), reader().battery());
    assertTrue(reader().fans().isEmpty());
  }

  @Test
  void noPowerSupplyClassIsAnError() {
    assertThrows(UncheckedIOException.class, () -> reader().battery());
  }

  /** The globs the reader lists sysfs with, matched as NIO's glob matches a file name. */
  @Test
  void globsMatchAsNiosGlobDoes() {
    FileSystem fs = FileSystems.getDefault();
    String[] globs = {
      "hwmon*", "temp*_*", "fan*_*", "coretemp.*", "thermal_zone*", "trip_point_*_type", "*"
    };
    String[] names = {
      "hwmon",
      "hwmon0",
      "xhwmon1",
      "temp1_input",
      "temp_",
      "temp1",
      "temp1_crit_alarm",
      "fan2_input",
      "fan",
      "coretemp.0",
      "coretempx0",
      "coretemp.",
      "thermal_zone12",
      "thermal_zon",
      "trip_point_0_type",
      "trip_point__type",
      "trip_point_0_temp",
      "trip_point_1_type_x",
      "a*b"
    };
    for (String glob : globs) {
      PathMatcher nio = fs.getPathMatcher("glob:" + glob);
      for (String name : names) {
        assertEquals(
            nio.matches(fs.getPath(name)),
            SensorsReader.matches(glob, 0, name, 0),
            glob + " against " + name);
      }
    }
  }
}
