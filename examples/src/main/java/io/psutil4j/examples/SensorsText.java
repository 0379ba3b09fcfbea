package io.psutil4j.examples;

import io.psutil4j.Battery;
import io.psutil4j.Fan;
import io.psutil4j.Temperature;
import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The text of psutil's sensor scripts ({@code temperatures.py}, {@code fans.py}, {@code
 * battery.py}, {@code sensors.py}), from values, so each layout is tested on any host.
 */
final class SensorsText {
  private SensorsText() {}

  static void temperatures(Map<String, List<Temperature>> temps, PrintStream out) {
    for (Map.Entry<String, List<Temperature>> chip : temps.entrySet()) {
      out.println(chip.getKey());
      for (Temperature t : chip.getValue()) {
        out.println(
            Py.format(
                "    %-20s %s °C (high = %s °C, critical = %s °C)",
                t.label().isEmpty() ? chip.getKey() : t.label(),
                t.current(),
                Py.str(t.high()),
                Py.str(t.critical())));
      }
      out.println();
    }
  }

  static void fans(Map<String, List<Fan>> fans, PrintStream out) {
    for (Map.Entry<String, List<Fan>> chip : fans.entrySet()) {
      out.println(chip.getKey());
      for (Fan f : chip.getValue()) {
        out.println(fanLine(chip.getKey(), f));
      }
      out.println();
    }
  }

  private static String fanLine(String chip, Fan f) {
    return Py.format("    %-20s %s RPM", f.label().isEmpty() ? chip : f.label(), f.current());
  }

  /** battery.py's lines; {@code indent} is "" there and four spaces in sensors.py. */
  static void battery(Battery b, String indent, PrintStream out) {
    out.println(indent + "charge:     " + Py.round2(b.percent()) + "%");
    if (b.powerPlugged().orElse(false)) {
      out.println(indent + "status:     " + (b.percent() < 100 ? "charging" : "fully charged"));
      out.println(indent + "plugged in: yes");
    } else {
      String left =
          b.secsleft().isPresent()
              ? Py.secs2hours(b.secsleft().getAsLong())
              : b.timeKind().get().name();
      out.println(indent + "left:       " + left);
      out.println(indent + "status:     discharging");
      out.println(indent + "plugged in: no");
    }
  }

  /** sensors.py: temperatures and fans per chip, then the battery; or a line saying none. */
  static void sensors(
      Map<String, List<Temperature>> temps,
      Map<String, List<Fan>> fans,
      Optional<Battery> battery,
      PrintStream out) {
    // the script's own words, on stdout, and it still ends with status 0
    if (temps.isEmpty() && fans.isEmpty() && battery.isEmpty()) {
      out.println("can't read any temperature, fans or battery info");
      return;
    }
    Set<String> names = new LinkedHashSet<>(temps.keySet());
    names.addAll(fans.keySet());
    for (String name : names) {
      out.println(name);
      if (temps.containsKey(name)) {
        out.println("    Temperatures:");
        for (Temperature t : temps.get(name)) {
          out.println(
              Py.format(
                  "        %-20s %s°C (high=%s°C, critical=%s°C)",
                  t.label().isEmpty() ? name : t.label(),
                  t.current(),
                  Py.str(t.high()),
                  Py.str(t.critical())));
        }
      }
      if (fans.containsKey(name)) {
        out.println("    Fans:");
        for (Fan f : fans.get(name)) {
          out.println(
              Py.format(
                  "        %-20s %s RPM", f.label().isEmpty() ? name : f.label(), f.current()));
        }
      }
    }
    if (battery.isPresent()) {
      out.println("Battery:");
      battery(battery.get(), "    ", out);
    }
  }
}
