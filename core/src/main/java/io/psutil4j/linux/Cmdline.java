package io.psutil4j.linux;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Splits /proc/PID/cmdline as psutil does. Arguments are NUL-terminated, but a process that
 * rewrites its title (setproctitle, psutil #1179) may use spaces: NUL is the separator only when
 * the data ends with NUL; one trailing separator is dropped; a single NUL-split element holding
 * spaces is split on spaces.
 */
final class Cmdline {
  private Cmdline() {}

  static List<String> split(byte[] raw) {
    if (raw.length == 0) {
      return Collections.emptyList();
    }
    byte sep = raw[raw.length - 1] == 0 ? (byte) 0 : (byte) ' ';
    int end = raw[raw.length - 1] == sep ? raw.length - 1 : raw.length;
    List<String> args = splitOn(raw, end, sep);
    if (sep == 0 && args.size() == 1 && args.get(0).indexOf(' ') >= 0) {
      byte[] single = args.get(0).getBytes(StandardCharsets.UTF_8);
      return splitOn(single, single.length, (byte) ' ');
    }
    return args;
  }

  private static List<String> splitOn(byte[] raw, int end, byte sep) {
    List<String> args = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < end; i++) {
      if (raw[i] == sep) {
        args.add(new String(raw, start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    args.add(new String(raw, start, end - start, StandardCharsets.UTF_8));
    return Collections.unmodifiableList(args);
  }
}
