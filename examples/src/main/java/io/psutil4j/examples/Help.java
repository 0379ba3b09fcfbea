package io.psutil4j.examples;

import java.io.PrintStream;
import java.util.List;

/** {@code help [COMMAND]}: the command list that {@code --help} prints, or one command's usage. */
final class Help implements Command {
  @Override
  public String name() {
    return "help";
  }

  @Override
  public String arguments() {
    return "[COMMAND]";
  }

  @Override
  public String summary() {
    return "this list, or how to call one command";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    if (args.isEmpty()) {
      Main.printUsage(out);
      return 0;
    }
    if (args.size() > 1) {
      throw new UsageException("takes one command name at most");
    }
    Command command = Commands.find(args.get(0));
    if (command == null) {
      throw new UsageException("unknown command '" + args.get(0) + "'");
    }
    out.println(Main.usage(command));
    out.println(command.summary());
    return 0;
  }
}
