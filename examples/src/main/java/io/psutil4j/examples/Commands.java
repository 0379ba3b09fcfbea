package io.psutil4j.examples;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Every command of the CLI, in the order the usage lists them. */
final class Commands {
  private static final List<Command> ALL =
      Collections.unmodifiableList(
          Arrays.asList(
              // system-wide scripts
              new Free(),
              new Meminfo(),
              new CpuDistribution(),
              new DiskUsageCommand(),
              new Netstat(),
              new Ifconfig(),
              new Nettop(),
              new SensorCommands.Sensors(),
              new SensorCommands.Temperatures(),
              new SensorCommands.Fans(),
              new SensorCommands.BatteryStatus(),
              new Who(),
              // process scripts
              new Ps(),
              new Pstree(),
              new Top(),
              new Procinfo(),
              new Procsmem(),
              new Pmap(),
              new Pidof(),
              new Killall(),
              new Iotop(),
              // containers (not a psutil script)
              new Cgroup(),
              // the whole picture, and the agent demo
              new Dump(),
              new Demo(),
              // generated from the MBeans: docs/metrics.md, examples/config/*.yaml
              new MetricsReferenceCommand(),
              new Help()));

  private Commands() {}

  static List<Command> all() {
    return ALL;
  }

  static Command find(String name) {
    for (Command c : ALL) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    return null;
  }
}
