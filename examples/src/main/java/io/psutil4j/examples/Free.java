package io.psutil4j.examples;

import io.psutil4j.Psutil;
import io.psutil4j.SwapMemory;
import io.psutil4j.VirtualMemory;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** psutil's {@code scripts/free.py}: the {@code free} command, in KiB. */
final class Free implements Command {
  @Override
  public String name() {
    return "free";
  }

  @Override
  public String arguments() {
    return "";
  }

  @Override
  public String summary() {
    return "memory and swap in KiB, like free(1)";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Args.rejectUnknown(args);
    VirtualMemory mem = Psutil.virtualMemory();
    SwapMemory swap = Psutil.swapMemory();
    out.println(row("", "total", "used", "free", "shared", "buffers", "cache"));
    out.println(
        row(
            "Mem:",
            kib(mem.total()),
            kib(mem.used()),
            kib(mem.free()),
            kib(mem.shared()),
            kib(mem.buffers()),
            kib(mem.cached())));
    out.println(row("Swap:", kib(swap.total()), kib(swap.used()), kib(swap.free()), "", "", ""));
    return 0;
  }

  private static String row(Object... cells) {
    return String.format(Locale.ROOT, "%-7s %10s %10s %10s %10s %10s %10s", cells);
  }

  private static String kib(long bytes) {
    return Long.toString(bytes / 1024);
  }
}
