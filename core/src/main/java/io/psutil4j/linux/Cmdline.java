package io.psutil4j.linux;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits /proc/PID/cmdline and /proc/PID/environ as psutil does, on bytes.
 *
 * <p>cmdline: arguments are NUL-terminated, but a process that rewrites its title (setproctitle,
 * psutil #1179) may use spaces: NUL is the separator only when the data ends with NUL; one trailing
 * separator is dropped; a single NUL-split element holding spaces is split on spaces.
 *
 * <p>Decoding is psutil's: UTF-8 with surrogateescape, so a byte that is not valid UTF-8 becomes
 * U+DC00 plus the byte and valid text around it is kept. The exact bytes are also available from
 * {@code Process.cmdlineBytes()}.
 */
final class Cmdline {
  private Cmdline() {}

  static List<String> split(byte[] raw) {
    List<byte[]> parts = splitBytes(raw);
    List<String> args = new ArrayList<>(parts.size());
    for (byte[] part : parts) {
      args.add(decode(part, 0, part.length));
    }
    return Collections.unmodifiableList(args);
  }

  static List<byte[]> splitBytes(byte[] raw) {
    if (raw.length == 0) {
      return Collections.emptyList();
    }
    byte sep = raw[raw.length - 1] == 0 ? (byte) 0 : (byte) ' ';
    int end = raw.length - 1; // the last byte is the separator or, for spaces, maybe not
    if (raw[end] != sep) {
      end = raw.length;
    }
    List<byte[]> args = splitOn(raw, 0, end, sep);
    if (sep == 0 && args.size() == 1 && indexOf(args.get(0), (byte) ' ') >= 0) {
      byte[] single = args.get(0);
      return splitOn(single, 0, single.length, (byte) ' ');
    }
    return args;
  }

  /**
   * environ: {@code KEY=VALUE} entries separated by NUL; stops at an empty entry (a NUL at the
   * start or two in a row); entries without '=' or with an empty key are skipped; the last of a
   * duplicate key wins.
   */
  static Map<String, String> environ(byte[] raw) {
    Map<String, String> env = new LinkedHashMap<>();
    int start = 0;
    while (start < raw.length) {
      int end = start;
      while (end < raw.length && raw[end] != 0) {
        end++;
      }
      if (end == start) {
        break;
      }
      int eq = start;
      while (eq < end && raw[eq] != '=') {
        eq++;
      }
      if (eq < end && eq > start) {
        String key = decode(raw, start, eq - start);
        env.remove(key);
        env.put(key, decode(raw, eq + 1, end - eq - 1));
      }
      start = end + 1;
    }
    return Collections.unmodifiableMap(env);
  }

  /**
   * UTF-8 with Python's surrogateescape: each byte that is not part of valid UTF-8 becomes the lone
   * surrogate U+DC80..U+DCFF, so valid text stays readable and every byte can be recovered.
   */
  static String decode(byte[] raw, int from, int len) {
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(raw, from, len);
    CharBuffer out = CharBuffer.allocate(len); // UTF-8 and escapes never give more chars than bytes
    CoderResult result = utf8.decode(in, out, true);
    while (result.isError()) {
      for (int i = 0; i < result.length(); i++) {
        out.put((char) (0xDC00 | (in.get() & 0xFF)));
      }
      result = utf8.decode(in, out, true);
    }
    utf8.flush(out);
    return out.flip().toString();
  }

  private static List<byte[]> splitOn(byte[] raw, int from, int end, byte sep) {
    List<byte[]> args = new ArrayList<>();
    int start = from;
    for (int i = from; i < end; i++) {
      if (raw[i] == sep) {
        args.add(Arrays.copyOfRange(raw, start, i));
        start = i + 1;
      }
    }
    args.add(Arrays.copyOfRange(raw, start, end));
    return Collections.unmodifiableList(args);
  }

  private static int indexOf(byte[] raw, byte b) {
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
