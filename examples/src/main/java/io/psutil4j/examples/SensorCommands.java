package io.psutil4j.examples;

import io.psutil4j.Battery;
import io.psutil4j.Fan;
import io.psutil4j.Psutil;
import io.psutil4j.Temperature;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The four sensor scripts of psutil as commands. */
final class SensorCommands {
  private SensorCommands() {}

  /** No battery class in sysfs at all (psutil raises) reads as no battery in the scripts. */
  private static Optional<Battery> battery() {
    try {
      return Psutil.sensorsBattery();
    } catch (UncheckedIOException e) {
      return Optional.empty();
    }
  }

  /** {@code scripts/temperatures.py}. */
  static final class Temperatures implements Command {
    @Override
    public String name() {
      return "temperatures";
    }

    @Override
    public String arguments() {
      return "";
    }

    @Override
    public String summary() {
      return "hardware temperatures with high and critical limits";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
      Args.rejectUnknown(args);
      Map<String, List<Temperature>> temps = Psutil.sensorsTemperatures();
      if (temps.isEmpty()) {
        err.println("can't read any temperature");
        return 1;
      }
      SensorsText.temperatures(temps, out);
      return 0;
    }
  }

  /** {@code scripts/fans.py}. */
  static final class Fans implements Command {
    @Override
    public String name() {
      return "fans";
    }

    @Override
    public String arguments() {
      return "";
    }

    @Override
    public String summary() {
      return "fan speeds in RPM";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
      Args.rejectUnknown(args);
      Map<String, List<Fan>> fans = Psutil.sensorsFans();
      if (fans.isEmpty()) {
        out.println("no fans detected");
        return 0;
      }
      SensorsText.fans(fans, out);
      return 0;
    }
  }

  /** {@code scripts/battery.py}. */
  static final class BatteryStatus implements Command {
    @Override
    public String name() {
      return "battery";
    }

    @Override
    public String arguments() {
      return "";
    }

    @Override
    public String summary() {
      return "battery charge, time left and AC state";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
      Args.rejectUnknown(args);
      Optional<Battery> b = battery();
      if (!b.isPresent()) {
        err.println("no battery is installed");
        return 1;
      }
      SensorsText.battery(b.get(), "", out);
      return 0;
    }
  }

  /** {@code scripts/sensors.py}. */
  static final class Sensors implements Command {
    @Override
    public String name() {
      return "sensors";
    }

    @Override
    public String arguments() {
      return "";
    }

    @Override
    public String summary() {
      return "temperatures, fans and battery together, like sensors";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
      Args.rejectUnknown(args);
      SensorsText.sensors(Psutil.sensorsTemperatures(), Psutil.sensorsFans(), battery(), out);
      return 0;
    }
  }
}
