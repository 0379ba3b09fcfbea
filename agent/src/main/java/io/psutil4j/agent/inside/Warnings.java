package io.psutil4j.agent.inside;

import java.io.PrintStream;

/**
 * The agent's warning lines on the host's stderr, at most {@value #MAX_LINES} of them: thousands of
 * bad option items must not flood the host's output, so past the limit they are only counted, and
 * {@link #finish} says how many were left out in one more line.
 */
final class Warnings {
  static final int MAX_LINES = 10;

  private final PrintStream out;
  private int given;

  Warnings(PrintStream out) {
    this.out = out;
  }

  void warn(String message) {
    if (++given <= MAX_LINES) {
      out.println("psutil4j: " + message);
    }
  }

  /** One summary line for the warnings left out, if any. */
  void finish() {
    if (given > MAX_LINES) {
      out.println(
          "psutil4j: "
              + (given - MAX_LINES)
              + " more warnings about the options not shown ("
              + given
              + " in all); their defaults are used");
    }
  }
}
