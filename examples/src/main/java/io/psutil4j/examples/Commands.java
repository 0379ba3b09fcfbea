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
              // process scripts
              // the whole picture, and the agent demo
              new Dump(),
              new Demo(),
              // generated from the MBeans: docs/metrics.md, examples/config/*.yaml
              new MetricsReferenceCommand()));

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
