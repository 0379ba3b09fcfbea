package io.psutil4j.examples;

import io.psutil4j.NamedTuple;
import io.psutil4j.Psutil;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** psutil's {@code scripts/meminfo.py}: every virtual and swap memory field, human-readable. */
final class Meminfo implements Command {
  @Override
  public String name() {
    return "meminfo";
  }

  @Override
  public String arguments() {
    return "";
  }

  @Override
  public String summary() {
    return "every virtual_memory and swap_memory field";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Args.rejectUnknown(args);
    out.println("MEMORY\n------");
    print(Psutil.virtualMemory(), out);
    out.println("\nSWAP\n----");
    print(Psutil.swapMemory(), out);
    return 0;
  }

  static void print(NamedTuple nt, PrintStream out) {
    for (Map.Entry<String, Object> field : nt.asDict().entrySet()) {
      String name = field.getKey();
      Object value = field.getValue();
      String text =
          name.equals("percent") ? Py.str(value) : Bytes.human(((Number) value).longValue());
      out.println(Py.format("%-10s : %7s", capitalize(name), text));
    }
  }

  private static String capitalize(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1).toLowerCase(Locale.ROOT);
  }
}
