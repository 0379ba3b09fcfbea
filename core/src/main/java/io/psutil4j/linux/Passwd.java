package io.psutil4j.linux;

import io.psutil4j.linux.parse.ByteCursor;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * /etc/passwd ({@code name:password:uid:gid:gecos:home:shell}) to a uid-to-name table. Like glibc's
 * files backend, a line that is not a valid entry (comment, NIS {@code +}/{@code -} line, bad uid)
 * is skipped, and the first entry of a uid wins. Never throws on content.
 */
final class Passwd {
  private Passwd() {}

  public static Map<Long, String> parse(Object file, byte[] buf, int len) {
    Map<Long, String> names = new HashMap<>();
    int start = 0;
    while (start < len) {
      int end = start;
      while (end < len && buf[end] != '\n') {
        end++;
      }
      entry(buf, start, end, names);
      start = end + 1;
    }
    return Collections.unmodifiableMap(names);
  }

  private static void entry(byte[] buf, int start, int end, Map<Long, String> names) {
    if (start >= end || buf[start] == '#' || buf[start] == '+' || buf[start] == '-') {
      return;
    }
    int nameEnd = indexOf(buf, start, end, (byte) ':');
    int passEnd = nameEnd < 0 ? -1 : indexOf(buf, nameEnd + 1, end, (byte) ':');
    int uidEnd = passEnd < 0 ? -1 : indexOf(buf, passEnd + 1, end, (byte) ':');
    if (nameEnd <= start || uidEnd < 0 || uidEnd == passEnd + 1 || uidEnd - passEnd > 11) {
      return;
    }
    long uid = ByteCursor.decimal(buf, passEnd + 1, uidEnd);
    if (uid < 0) {
      return;
    }
    names.putIfAbsent(uid, new String(buf, start, nameEnd - start, StandardCharsets.UTF_8));
  }

  private static int indexOf(byte[] buf, int from, int end, byte b) {
    for (int i = from; i < end; i++) {
      if (buf[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
