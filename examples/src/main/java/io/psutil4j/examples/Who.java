package io.psutil4j.examples;

import io.psutil4j.AccessDenied;
import io.psutil4j.NoSuchProcess;
import io.psutil4j.Process;
import io.psutil4j.Psutil;
import io.psutil4j.User;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** psutil's {@code scripts/who.py}: the logged-in users, like who(1). */
final class Who implements Command {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  @Override
  public String name() {
    return "who";
  }

  @Override
  public String arguments() {
    return "";
  }

  @Override
  public String summary() {
    return "logged-in users, like who";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Args.rejectUnknown(args);
    for (User user : Psutil.users()) {
      out.println(line(user, processName(user.pid())));
    }
    return 0;
  }

  static String line(User user, String procName) {
    String started =
        WHEN.format(Instant.ofEpochSecond((long) user.started()).atZone(ZoneId.systemDefault()));
    return Py.format(
            "%-12s %-10s %-10s %-14s %s",
            user.name(),
            user.terminal().orElse("-"),
            started,
            user.host().isEmpty() ? "" : "(" + user.host() + ")",
            procName)
        .trim();
  }

  private static String processName(int pid) {
    if (pid == 0) {
      return "";
    }
    try {
      return Process.of(pid).name();
    } catch (NoSuchProcess | AccessDenied e) {
      return "";
    }
  }
}
