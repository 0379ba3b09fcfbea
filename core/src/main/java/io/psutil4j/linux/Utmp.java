package io.psutil4j.linux;

import io.psutil4j.linux.parse.ParseException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * /var/run/utmp: glibc's {@code struct utmp} records of 384 bytes (the layout of x86_64, aarch64
 * and the other 64-bit ports with 32-bit {@code ut_tv}, in native byte order). Only {@code
 * USER_PROCESS} records are returned, as psutil's users() keeps them.
 */
final class Utmp {
  /** sizeof(struct utmp) on glibc. */
  public static final int RECORD_SIZE = 384;

  /** ut_type of a logged-in user's session. */
  public static final int USER_PROCESS = 7;

  private static final int TYPE = 0;
  private static final int PID = 4;
  private static final int LINE = 8;
  private static final int LINE_SIZE = 32;
  private static final int USER = 44;
  private static final int USER_SIZE = 32;
  private static final int HOST = 76;
  private static final int HOST_SIZE = 256;
  private static final int TV_SEC = 340;

  /** One USER_PROCESS record, fields as the kernel wrote them (NUL padding removed). */
  public static final class Record {
    public final String user;
    public final String line;
    public final String host;
    public final long seconds;
    public final int pid;

    Record(String user, String line, String host, long seconds, int pid) {
      this.user = user;
      this.line = line;
      this.host = host;
      this.seconds = seconds;
      this.pid = pid;
    }
  }

  private Utmp() {}

  public static List<Record> parse(Object file, byte[] buf, int len) {
    if (len % RECORD_SIZE != 0) {
      throw new ParseException(
          file,
          len / RECORD_SIZE + 1,
          "<" + len % RECORD_SIZE + " trailing bytes>",
          "utmp is not a whole number of " + RECORD_SIZE + "-byte records");
    }
    ByteBuffer b = ByteBuffer.wrap(buf, 0, len).order(ByteOrder.nativeOrder());
    List<Record> out = new ArrayList<>();
    for (int at = 0; at < len; at += RECORD_SIZE) {
      int record = at / RECORD_SIZE + 1;
      if (b.getShort(at + TYPE) != USER_PROCESS) {
        continue;
      }
      int pid = b.getInt(at + PID);
      long seconds = b.getInt(at + TV_SEC) & 0xFFFFFFFFL; // time_t as a 32-bit unsigned field
      if (pid < 0) {
        throw new ParseException(file, record, Integer.toString(pid), "negative ut_pid");
      }
      out.add(
          new Record(
              text(buf, at + USER, USER_SIZE),
              text(buf, at + LINE, LINE_SIZE),
              text(buf, at + HOST, HOST_SIZE),
              seconds,
              pid));
    }
    return Collections.unmodifiableList(out);
  }

  /** A NUL-padded char array as text (UTF-8, malformed bytes replaced). */
  private static String text(byte[] buf, int from, int size) {
    int end = from;
    while (end < from + size && buf[end] != 0) {
      end++;
    }
    return new String(buf, from, end - from, StandardCharsets.UTF_8);
  }
}
