package io.psutil4j.examples;

import java.io.PrintStream;
import java.util.List;

/** One CLI command, a port of one of psutil's scripts. */
interface Command {
  /** The name typed on the command line, as psutil's script is named ({@code free}). */
  String name();

  /** The arguments it takes, for the usage text ({@code "[-n FRAMES]"}). */
  String arguments();

  /** One line saying what it shows. */
  String summary();

  /**
   * Runs the command.
   *
   * @return the process exit code
   * @throws UsageException for a bad argument; the CLI prints its message and the usage, exit 2
   */
  int run(List<String> args, PrintStream out, PrintStream err) throws UsageException;
}
