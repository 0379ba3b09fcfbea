package io.psutil4j.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** {@code java -jar psutil4j-examples.jar <command> [args]}. */
public final class Main {
  private Main() {}

  public static void main(String[] argv) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(Arrays.asList(argv), out, err));
  }

  /** Runs one command line and returns its exit code; never exits the JVM itself. */
  static int run(List<String> argv, PrintStream out, PrintStream err) {
    if (argv.isEmpty() || argv.get(0).equals("-h") || argv.get(0).equals("--help")) {
      PrintStream to = argv.isEmpty() ? err : out;
      printUsage(to);
      return argv.isEmpty() ? 2 : 0;
    }
    Command command = Commands.find(argv.get(0));
    if (command == null) {
      err.println("psutil4j: unknown command '" + argv.get(0) + "'");
      printUsage(err);
      return 2;
    }
    try {
      return command.run(argv.subList(1, argv.size()), out, err);
    } catch (UsageException e) {
      err.println("psutil4j " + command.name() + ": " + e.getMessage());
      err.println(usage(command));
      return 2;
    }
  }

  /** {@code usage: psutil4j NAME ARGUMENTS}, for a usage error and for {@code help NAME}. */
  static String usage(Command c) {
    return "usage: psutil4j " + c.name() + (c.arguments().isEmpty() ? "" : " " + c.arguments());
  }

  static void printUsage(PrintStream to) {
    to.println("usage: java -jar psutil4j-examples.jar <command> [args]");
    to.println("commands:");
    for (Command c : Commands.all()) {
      String call = c.name() + (c.arguments().isEmpty() ? "" : " " + c.arguments());
      to.println(String.format(Locale.ROOT, "  %-22s %s", call, c.summary()));
    }
  }
}
