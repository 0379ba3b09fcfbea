package io.psutil4j.linux;

import io.psutil4j.Battery;
import io.psutil4j.BatteryTime;
import io.psutil4j.Fan;
import io.psutil4j.Temperature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * psutil's sensors from sysfs. hwmon is notoriously inconsistent (files that vanish or fail with
 * ENODEV/ENXIO, psutil #1009, #1101, #1129, #1245, #1323), so a sensor whose value cannot be read
 * is skipped, and an unreadable threshold is absent, never an error. Thresholds and the Fahrenheit
 * conversion are applied by {@link io.psutil4j.Psutil}.
 */
final class SensorsReader {
  private final Path sysRoot;

  SensorsReader(Path sysRoot) {
    this.sysRoot = sysRoot;
  }

  /**
   * hwmon {@code temp*} sensors grouped by the chip's {@code name} (chips of the same name share
   * one list), or thermal zones when no hwmon sensor exists at all.
   */
  Map<String, List<Temperature>> temperatures() {
    TreeSet<String> bases = new TreeSet<>();
    Path hwmon = sysRoot.resolve("class/hwmon");
    for (Path chip : list(hwmon, "hwmon*")) {
      collectBases(chip, "temp*_*", bases);
      collectBases(chip.resolve("device"), "temp*_*", bases);
    }
    // coretemp exposes its sensors under the platform device only on some kernels (#1708)
    for (Path core : list(sysRoot.resolve("devices/platform"), "coretemp.*")) {
      for (Path chip : list(core.resolve("hwmon"), "hwmon*")) {
        collectBases(chip, "temp*_*", bases);
      }
    }
    Map<String, List<Temperature>> out = new LinkedHashMap<>();
    if (bases.isEmpty()) {
      return thermalZones();
    }
    for (String base : bases) {
      Path basePath = sysRoot.getFileSystem().getPath(base);
      Double current = milli(read(base + "_input"));
      String name = read(basePath.resolveSibling("name").toString());
      if (current == null || name == null) {
        continue;
      }
      String label = read(base + "_label");
      out.computeIfAbsent(name, k -> new ArrayList<>())
          .add(
              Temperature.of(
                  label == null ? "" : label,
                  current,
                  milli(read(base + "_max")),
                  milli(read(base + "_crit"))));
    }
    return freeze(out);
  }

  private Map<String, List<Temperature>> thermalZones() {
    Map<String, List<Temperature>> out = new LinkedHashMap<>();
    for (Path zone : list(sysRoot.resolve("class/thermal"), "thermal_zone*")) {
      Double current = milli(read(zone.resolve("temp").toString()));
      String name = read(zone.resolve("type").toString());
      if (current == null || name == null) {
        continue;
      }
      Double high = null;
      Double critical = null;
      TreeSet<String> trips = new TreeSet<>();
      for (Path trip : list(zone, "trip_point_*_type")) {
        String file = trip.getFileName().toString();
        trips.add(file.substring(0, file.length() - "_type".length()));
      }
      for (String trip : trips) {
        String type = read(zone.resolve(trip + "_type").toString());
        Double temp = milli(read(zone.resolve(trip + "_temp").toString()));
        if ("critical".equals(type)) {
          critical = temp;
        } else if ("high".equals(type)) {
          high = temp;
        }
      }
      out.computeIfAbsent(name, k -> new ArrayList<>())
          .add(Temperature.of("", current, high, critical));
    }
    return freeze(out);
  }

  /** hwmon {@code fan*} sensors grouped by chip name, RPM. */
  Map<String, List<Fan>> fans() {
    TreeSet<String> bases = new TreeSet<>();
    for (Path chip : list(sysRoot.resolve("class/hwmon"), "hwmon*")) {
      collectBases(chip, "fan*_*", bases);
      collectBases(chip.resolve("device"), "fan*_*", bases);
    }
    Map<String, List<Fan>> out = new LinkedHashMap<>();
    for (String base : bases) {
      String input = read(base + "_input");
      String name = read(sysRoot.getFileSystem().getPath(base).resolveSibling("name").toString());
      Long rpm = integer(input);
      if (rpm == null || rpm < 0 || name == null) {
        continue;
      }
      String label = read(base + "_label");
      out.computeIfAbsent(name, k -> new ArrayList<>())
          .add(Fan.of(label == null ? "" : label, rpm));
    }
    return freeze(out);
  }

  /**
   * The first battery ({@code BAT*} or a name containing "battery", smallest name first), or empty.
   *
   * @throws UncheckedIOException when /sys/class/power_supply does not exist, as psutil raises
   */
  Optional<Battery> battery() {
    Path supplies = sysRoot.resolve("class/power_supply");
    if (!KernelFiles.isDirectory(supplies)) {
      throw new UncheckedIOException(new NoSuchFileException(supplies.toString()));
    }
    TreeSet<String> batteries = new TreeSet<>();
    for (Path p : list(supplies, "*")) {
      String n = p.getFileName().toString();
      if (n.startsWith("BAT") || n.toLowerCase(Locale.ROOT).contains("battery")) {
        batteries.add(n);
      }
    }
    if (batteries.isEmpty()) {
      return Optional.empty();
    }
    Path bat = supplies.resolve(batteries.first());
    Long energyNow = firstInt(bat, "energy_now", "charge_now");
    Long powerNow = firstInt(bat, "power_now", "current_now");
    Long energyFull = firstInt(bat, "energy_full", "charge_full");
    Long timeToEmpty = firstInt(bat, "time_to_empty_now");

    double percent;
    if (energyNow != null && energyFull != null) {
      percent = energyFull == 0 ? 0.0 : 100.0 * energyNow / energyFull;
    } else {
      Long capacity = firstInt(bat, "capacity");
      if (capacity == null) {
        return Optional.empty();
      }
      percent = capacity;
    }

    Boolean plugged = null;
    Long online = firstInt(supplies.resolve("AC0"), "online");
    if (online == null) {
      online = firstInt(supplies.resolve("AC"), "online");
    }
    if (online != null) {
      plugged = online == 1;
    } else {
      String status = read(bat.resolve("status").toString());
      status = status == null ? "" : status.toLowerCase(Locale.ROOT);
      if (status.equals("discharging")) {
        plugged = false;
      } else if (status.equals("charging") || status.equals("full")) {
        plugged = true;
      }
    }

    if (Boolean.TRUE.equals(plugged)) {
      return Optional.of(Battery.of(percent, BatteryTime.POWER_TIME_UNLIMITED, plugged));
    }
    if (energyNow != null && powerNow != null) {
      if (powerNow == 0) {
        return Optional.of(Battery.of(percent, BatteryTime.POWER_TIME_UNKNOWN, plugged));
      }
      long secs = (long) (energyNow / (double) Math.abs(powerNow) * 3600);
      return Optional.of(Battery.of(percent, Math.max(0, secs), plugged));
    }
    if (timeToEmpty != null && timeToEmpty >= 0) {
      return Optional.of(Battery.of(percent, timeToEmpty * 60, plugged));
    }
    // a negative time_to_empty is unknown (psutil #2605)
    return Optional.of(Battery.of(percent, BatteryTime.POWER_TIME_UNKNOWN, plugged));
  }

  /** Each matching file of {@code dir}, cut at the first '_' of its name ({@code temp1_input}). */
  private static void collectBases(Path dir, String glob, Set<String> bases) {
    for (Path f : list(dir, glob)) {
      String name = f.getFileName().toString();
      bases.add(f.resolveSibling(name.substring(0, name.indexOf('_'))).toString());
    }
  }

  /**
   * The entries of {@code dir} whose names match {@code glob} (its only wildcard is {@code *}),
   * sorted; none when it is not a directory or went away, as psutil's glob gives. Most of these
   * directories are missing or hold nothing that matches (a VM has no hwmon): a listing of names
   * costs no exception and no pattern compiled per call, where a glob DirectoryStream costs both.
   */
  private static List<Path> list(Path dir, String glob) {
    List<Path> out = new ArrayList<>();
    String[] names;
    try {
      names = KernelFiles.isDirectory(dir) ? KernelFiles.entryNames(dir) : null;
    } catch (IOException e) {
      names = null; // a chip that went away: skip it, as psutil's glob would
    }
    if (names == null) {
      return out;
    }
    for (String name : names) {
      if (matches(glob, 0, name, 0)) {
        out.add(dir.resolve(name));
      }
    }
    Collections.sort(out);
    return out;
  }

  /** Whether {@code name} from {@code n} matches {@code glob} from {@code g}; '*' is any run. */
  static boolean matches(String glob, int g, String name, int n) {
    for (; g < glob.length(); g++, n++) {
      char want = glob.charAt(g);
      if (want == '*') {
        for (int rest = n; rest <= name.length(); rest++) {
          if (matches(glob, g + 1, name, rest)) {
            return true;
          }
        }
        return false;
      }
      if (n >= name.length() || name.charAt(n) != want) {
        return false;
      }
    }
    return n == name.length();
  }

  private static @Nullable Long firstInt(Path dir, String... names) {
    for (String n : names) {
      String text = read(dir.resolve(n).toString());
      if (text != null) {
        return integer(text);
      }
    }
    return null;
  }

  private static @Nullable String read(String path) {
    try {
      return new String(Files.readAllBytes(Paths.get(path)), StandardCharsets.UTF_8).trim();
    } catch (IOException | UncheckedIOException e) {
      return null;
    }
  }

  private static @Nullable Double milli(@Nullable String text) {
    if (text == null) {
      return null;
    }
    try {
      return Double.parseDouble(text) / 1000.0;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static @Nullable Long integer(@Nullable String text) {
    if (text == null) {
      return null;
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static <T> Map<String, List<T>> freeze(Map<String, List<T>> m) {
    Map<String, List<T>> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, Collections.unmodifiableList(v)));
    return Collections.unmodifiableMap(out);
  }
}
