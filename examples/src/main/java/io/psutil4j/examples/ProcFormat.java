package io.psutil4j.examples;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formatting shared by the process scripts, as psutil's scripts format. */
final class ProcFormat {
  private static final DateTimeFormatter HOUR_MINUTE =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  private static final DateTimeFormatter MONTH_DAY =
      DateTimeFormatter.ofPattern("MMMdd", Locale.ROOT);

  private ProcFormat() {}

  /** ps.py's START: HH:MM when started today, else e.g. {@code Nov27}. */
  static String start(double createTime) {
    ZonedDateTime t =
        Instant.ofEpochMilli((long) (createTime * 1000)).atZone(ZoneId.systemDefault());
    return t.toLocalDate().equals(LocalDate.now(ZoneId.systemDefault()))
        ? HOUR_MINUTE.format(t)
        : MONTH_DAY.format(t);
  }

  /** ps.py's TIME: minutes:seconds of user + system CPU. */
  static String cpuTime(double seconds) {
    long s = (long) seconds;
    return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  /** top.py's TIME+: minutes:seconds.hundredths. */
  static String cpuTimePlus(double seconds) {
    long hundredths = (long) (seconds * 100);
    return String.format(
        Locale.ROOT, "%d:%02d.%02d", hundredths / 6000, (hundredths / 100) % 60, hundredths % 100);
  }

  /** A user name cut to {@code width}, as the scripts do for wide names. */
  static String user(Object name, int width) {
    if (name == null) {
      return "";
    }
    String s = name.toString();
    return s.length() > width ? s.substring(0, width) : s;
  }

  /**
   * Text for one table cell: control characters (a newline in a {@code sh -c} script's argv) become
   * {@code ?}, as procps' ps shows them, so one process stays one line.
   */
  static String oneLine(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isISOControl(text.charAt(i))) {
        if (sb == null) {
          sb = new StringBuilder(text);
        }
        sb.setCharAt(i, '?');
      }
    }
    return sb == null ? text : sb.toString();
  }

  static String fmt(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }

  /** A percentage bar of {@code width} cells, as top.py draws. */
  static String bar(double percent, int width) {
    int filled = (int) Math.round(Math.max(0, Math.min(100, percent)) / 100.0 * width);
    return "[" + "|".repeat(filled) + " ".repeat(width - filled) + "]";
  }
}
