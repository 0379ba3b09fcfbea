package io.psutil4j.linux.parse;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A forward-only cursor over the bytes of one kernel file. Reads decimal numbers and matches
 * prefixes in place, so parsing a /proc file allocates nothing per line. Every failure is a {@link
 * ParseException} naming the file, the line and the token.
 */
public final class ByteCursor {
  /** {@link #decimal}'s answer for a text that is not an unsigned decimal. */
  public static final long NOT_DECIMAL = -1;

  /** {@link #decimal}'s answer for an unsigned decimal above {@link Long#MAX_VALUE}. */
  public static final long OVERFLOW = -2;

  private static final int MAX_TOKEN_IN_ERROR = 40;

  private final Object file;
  private final byte[] buf;
  private final int end;
  private int pos;
  private int line = 1;

  public ByteCursor(Object file, byte[] buf, int len) {
    if (len < 0 || len > buf.length) {
      throw new IllegalArgumentException("length " + len + " outside buffer of " + buf.length);
    }
    this.file = file;
    this.buf = buf;
    this.end = len;
  }

  public Object file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int position() {
    return pos;
  }

  public boolean atEnd() {
    return pos >= end;
  }

  public boolean atEndOfLine() {
    return pos >= end || buf[pos] == '\n';
  }

  // The loops over bytes below work on locals: a refresh runs interpreted at first (a few dozen
  // times a host), where each field access in a per-byte loop is a bytecode of its own.

  /** Skips blanks (spaces and tabs), never a newline. */
  public ByteCursor skipSpaces() {
    byte[] b = buf;
    int p = pos;
    int e = end;
    while (p < e && (b[p] == ' ' || b[p] == '\t')) {
      p++;
    }
    pos = p;
    return this;
  }

  /** Moves past the next newline, or to the end. */
  public ByteCursor skipLine() {
    byte[] b = buf;
    int p = pos;
    int e = end;
    while (p < e && b[p] != '\n') {
      p++;
    }
    if (p < e) {
      p++;
      line++;
    }
    pos = p;
    return this;
  }

  /** Fails unless only blanks remain on this line; then moves past its newline. */
  public ByteCursor endLine() {
    skipSpaces();
    if (!atEndOfLine()) {
      throw error("expected the end of the line");
    }
    return skipLine();
  }

  /** Moves to the byte after the next {@code b} on this line; fails if the line has none. */
  public ByteCursor skipPast(byte b) {
    while (pos < end && buf[pos] != '\n') {
      if (buf[pos++] == b) {
        return this;
      }
    }
    throw error("expected '" + (char) b + "'");
  }

  /** Skips one token of non-blank bytes. */
  public ByteCursor skipToken() {
    skipSpaces();
    pos = tokenEnd(pos);
    return this;
  }

  /** Whether the bytes at the cursor are {@code prefix}; advances past it when they are. */
  public boolean match(byte[] prefix) {
    int p = pos;
    int n = prefix.length;
    if (end - p < n) {
      return false;
    }
    byte[] bytes = buf;
    for (int i = 0; i < n; i++) {
      if (bytes[p + i] != prefix[i]) {
        return false;
      }
    }
    pos = p + n;
    return true;
  }

  /**
   * The ASCII prefixes of a key table ({@code "MemTotal:"}, ...), for {@link #matchKey}: a parser
   * keeps its values in an array indexed as its keys are.
   */
  public static byte[][] keyTable(List<String> keys) {
    byte[][] table = new byte[keys.size()][];
    for (int i = 0; i < table.length; i++) {
      table[i] = keys.get(i).getBytes(StandardCharsets.US_ASCII);
    }
    return table;
  }

  /**
   * The index of the key of {@code table} at the cursor, advancing past it; -1, without moving,
   * when none is there. No String is made per line.
   */
  public int matchKey(byte[][] table) {
    int first = pos < end ? buf[pos] : -1;
    for (int i = 0; i < table.length; i++) {
      byte[] key = table[i];
      // most keys are told from the line at their first byte, without a call
      if (key.length == 0 || (key[0] == first && match(key))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Reads the token at the cursor (after blanks) as a key of {@code table}: its index when the
   * token is exactly one of them, else -1; either way the cursor moves past the token. Fails as
   * {@link #nextToken} does when there is no token. No String is made.
   */
  public int nextKey(byte[][] table) {
    skipSpaces();
    int start = pos;
    pos = tokenEnd(pos);
    if (pos == start) {
      throw error("expected a token");
    }
    int length = pos - start;
    for (int i = 0; i < table.length; i++) {
      if (table[i].length == length && sameBytes(table[i], start)) {
        return i;
      }
    }
    return -1;
  }

  private boolean sameBytes(byte[] key, int at) {
    for (int i = 0; i < key.length; i++) {
      if (buf[at + i] != key[i]) {
        return false;
      }
    }
    return true;
  }

  /** The next byte, without moving; -1 at the end. */
  public int peek() {
    return pos < end ? buf[pos] : -1;
  }

  /** Whether the next byte is {@code b}, without moving. */
  public boolean peekIs(byte b) {
    return pos < end && buf[pos] == b;
  }

  /** Whether the next byte is an ASCII digit, without moving. */
  public boolean peekDigit() {
    return pos < end && buf[pos] >= '0' && buf[pos] <= '9';
  }

  /**
   * Reads an unsigned decimal after optional blanks. Kernel counters are unsigned 64-bit; a value
   * above {@link Long#MAX_VALUE} is an error rather than a silently negative number.
   */
  public long nextLong() {
    skipSpaces();
    int start = pos;
    long value = nextDigits();
    if (pos < end && !isBlank(buf[pos]) && !isDelimiter(buf[pos])) {
      throw errorAt(start, "expected a decimal number");
    }
    return value;
  }

  /**
   * Reads a 64-bit kernel word: a signed decimal, or an unsigned one up to 2^64-1 kept as its two's
   * complement bits (/proc/PID/stat prints rsslim as 18446744073709551615 for "unlimited").
   */
  public long nextWord() {
    skipSpaces();
    if (peekIs((byte) '-')) {
      pos++;
      return -nextLong();
    }
    byte[] b = buf;
    int e = end;
    int start = pos;
    int p = start;
    long value = 0;
    while (p < e && b[p] >= '0' && b[p] <= '9') {
      int digit = b[p] - '0';
      // up to this no digit can overflow 64 unsigned bits: the exact (slow) test only above it
      if ((value < 0 || value > MAX_BEFORE_ANY_DIGIT)
          && Long.compareUnsigned(value, Long.divideUnsigned(-1L - digit, 10)) > 0) {
        pos = p;
        throw errorAt(start, "number overflows 64 bits");
      }
      value = value * 10 + digit;
      p++;
    }
    pos = p;
    if (pos == start || (pos < end && !isBlank(buf[pos]) && !isDelimiter(buf[pos]))) {
      throw errorAt(start, "expected a decimal number");
    }
    return value;
  }

  /** (2^64 - 1 - 9) / 10: a value at most this, times ten plus a digit, fits 64 unsigned bits. */
  private static final long MAX_BEFORE_ANY_DIGIT = 1844674407370955160L;

  /** Reads a decimal with an optional fraction, as in /proc/loadavg or /proc/uptime. */
  public double nextDouble() {
    skipSpaces();
    int start = pos;
    long whole = 0;
    while (pos < end && buf[pos] >= '0' && buf[pos] <= '9' && whole < Long.MAX_VALUE / 100) {
      whole = whole * 10 + (buf[pos++] - '0');
    }
    long fraction = 0;
    long scale = 1;
    boolean truncated = false;
    if (pos > start && peekIs((byte) '.')) {
      pos++;
      while (pos < end && buf[pos] >= '0' && buf[pos] <= '9') {
        if (scale < 1_000_000_000_000L) {
          fraction = fraction * 10 + (buf[pos] - '0');
          scale *= 10;
        } else {
          truncated = true;
        }
        pos++;
      }
    }
    if (pos == start || (pos < end && !isBlank(buf[pos]) && !isDelimiter(buf[pos]))) {
      throw errorAt(start, "expected a decimal fraction");
    }
    // One correctly rounded division of two exact integers gives the double nearest to the
    // decimal, as strtod/float() do; whole + fraction / scale rounds twice (1.39 would come out
    // as 1.3900000000000001).
    if (!truncated && whole <= ((1L << 53) - fraction) / scale) {
      return (double) (whole * scale + fraction) / scale;
    }
    return Double.parseDouble(new String(buf, start, pos - start, StandardCharsets.US_ASCII));
  }

  /** Reads a token of non-blank bytes as text (UTF-8, lossless for ASCII); allocates. */
  public String nextToken() {
    skipSpaces();
    int start = pos;
    pos = tokenEnd(pos);
    if (pos == start) {
      throw error("expected a token");
    }
    return new String(buf, start, pos - start, StandardCharsets.UTF_8);
  }

  /** The bytes from the cursor up to (not including) {@code b} on this line; moves past b. */
  public String textUntil(byte b) {
    int start = pos;
    while (pos < end && buf[pos] != b && buf[pos] != '\n') {
      pos++;
    }
    if (pos >= end || buf[pos] != b) {
      throw errorAt(start, "expected '" + (char) b + "'");
    }
    String text = new String(buf, start, pos - start, StandardCharsets.UTF_8);
    pos++;
    return text;
  }

  /** Index of the last {@code b} in the whole input at or after the cursor, or -1. */
  public int lastIndexOf(byte b) {
    byte[] bytes = buf;
    int from = pos;
    for (int i = end - 1; i >= from; i--) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /** Text of bytes [from, to) of the input, decoded as UTF-8 (malformed bytes replaced). */
  public String text(int from, int to) {
    return new String(buf, from, to - from, StandardCharsets.UTF_8);
  }

  /** Moves the cursor to an absolute position (not before the current one). */
  public void seek(int position) {
    if (position < pos || position > end) {
      throw errorAt(pos, "bad seek to " + position);
    }
    byte[] bytes = buf;
    int lines = line;
    for (int i = pos; i < position; i++) {
      if (bytes[i] == '\n') {
        lines++;
      }
    }
    line = lines;
    pos = position;
  }

  public ParseException error(String problem) {
    return errorAt(pos, problem);
  }

  private ParseException errorAt(int start, String problem) {
    int tokenEnd = start;
    while (tokenEnd < end && !isBlank(buf[tokenEnd]) && tokenEnd - start < MAX_TOKEN_IN_ERROR) {
      tokenEnd++;
    }
    String token;
    if (start >= end) {
      token = "<end of file>";
    } else if (tokenEnd == start) {
      token = buf[start] == '\n' ? "<end of line>" : "<blank>";
    } else {
      token = text(start, tokenEnd);
    }
    return new ParseException(file, line, token, problem);
  }

  /** The end of the token of non-blank bytes at {@code from}: one call, not one per byte. */
  private int tokenEnd(int from) {
    byte[] b = buf;
    int e = end;
    int p = from;
    while (p < e) {
      byte x = b[p];
      if (x == ' ' || x == '\t' || x == '\n') {
        break;
      }
      p++;
    }
    return p;
  }

  private static boolean isBlank(byte b) {
    return b == ' ' || b == '\t' || b == '\n';
  }

  private static boolean isDelimiter(byte b) {
    return b == ')' || b == ',' || b == ':' || b == '\0';
  }

  /**
   * Reads an unsigned decimal with no check of the byte after it (for {@code 0-3} or {@code 8:0});
   * fails when no digit is at the cursor or on 64-bit overflow.
   */
  public long nextDigits() {
    byte[] b = buf;
    int e = end;
    int start = pos;
    int p = start;
    long value = 0;
    while (p < e && b[p] >= '0' && b[p] <= '9') {
      // up to this no digit can overflow 63 bits: appendDigit's division only above it
      value =
          value <= MAX_SIGNED_BEFORE_ANY_DIGIT
              ? value * 10 + (b[p] - '0')
              : appendDigit(value, b[p]);
      if (value == OVERFLOW) {
        throw errorAt(start, "number overflows 64 bits");
      }
      p++;
    }
    pos = p;
    if (p == start) {
      throw errorAt(start, "expected a decimal number");
    }
    return value;
  }

  /** (2^63 - 1 - 9) / 10: a value at most this, times ten plus a digit, fits 63 bits. */
  private static final long MAX_SIGNED_BEFORE_ANY_DIGIT = (Long.MAX_VALUE - 9) / 10;

  /**
   * {@code text[from, to)} as an unsigned decimal; {@link #NOT_DECIMAL} when it is empty or holds
   * anything but ASCII digits, {@link #OVERFLOW} when it does not fit 63 bits.
   */
  public static long decimal(byte[] text, int from, int to) {
    long value = from < to ? 0 : NOT_DECIMAL;
    for (int i = from; i < to && value >= 0; i++) {
      byte ch = text[i];
      // up to this no digit can overflow 63 bits: appendDigit's division only above it
      value =
          value <= MAX_SIGNED_BEFORE_ANY_DIGIT && ch >= '0' && ch <= '9'
              ? value * 10 + (ch - '0')
              : appendDigit(value, ch);
    }
    return value;
  }

  /** {@link #decimal(byte[], int, int)} of a token already made a String. */
  public static long decimal(String token) {
    long value = token.isEmpty() ? NOT_DECIMAL : 0;
    for (int i = 0; i < token.length() && value >= 0; i++) {
      value = appendDigit(value, token.charAt(i));
    }
    return value;
  }

  /** {@code value * 10 + digit}: the one step of every decimal read here. */
  private static long appendDigit(long value, int ch) {
    if (ch < '0' || ch > '9') {
      return NOT_DECIMAL;
    }
    int digit = ch - '0';
    if (value > (Long.MAX_VALUE - digit) / 10) {
      return OVERFLOW;
    }
    return value * 10 + digit;
  }

  /**
   * Reads exactly {@code digits} hex digits (upper or lower case) as an unsigned number, as in
   * /proc/net/tcp's {@code 0100007F:0016}; at most 16 digits.
   */
  public long nextHex(int digits) {
    if (digits < 1 || digits > 16) {
      throw new IllegalArgumentException("1..16 hex digits, got " + digits);
    }
    int start = pos;
    if (end - pos < digits) {
      throw errorAt(start, "expected " + digits + " hex digits");
    }
    long value = 0;
    for (int i = 0; i < digits; i++) {
      int d = hexDigit(buf[pos + i]);
      if (d < 0) {
        throw errorAt(start, "expected " + digits + " hex digits");
      }
      value = (value << 4) | d;
    }
    pos += digits;
    return value;
  }

  /** Reads a run of hex digits (1 to 16) of any length, as a state or a port. */
  public long nextHexRun() {
    int start = pos;
    long value = 0;
    int d;
    while (pos < end && (d = hexDigit(buf[pos])) >= 0) {
      if (pos - start >= 16) {
        throw errorAt(start, "hex number longer than 64 bits");
      }
      value = (value << 4) | d;
      pos++;
    }
    if (pos == start) {
      throw errorAt(start, "expected a hex number");
    }
    return value;
  }

  /** Moves one byte forward, failing at the end of the input. */
  public ByteCursor skipByte() {
    if (pos >= end) {
      throw errorAt(pos, "unexpected end of file");
    }
    if (buf[pos] == '\n') {
      line++;
    }
    pos++;
    return this;
  }

  /** The rest of this line (not the newline) as UTF-8 text; leaves the cursor at the newline. */
  public String restOfLine() {
    int start = pos;
    while (pos < end && buf[pos] != '\n') {
      pos++;
    }
    return text(start, pos);
  }

  /** Absolute index of the last {@code b} between the cursor and the end of this line, or -1. */
  public int lastOnLine(byte b) {
    byte[] bytes = buf;
    int e = end;
    int found = -1;
    for (int i = pos; i < e; i++) {
      byte x = bytes[i];
      if (x == '\n') {
        break;
      }
      if (x == b) {
        found = i;
      }
    }
    return found;
  }

  private static int hexDigit(byte b) {
    if (b >= '0' && b <= '9') {
      return b - '0';
    }
    if (b >= 'a' && b <= 'f') {
      return b - 'a' + 10;
    }
    if (b >= 'A' && b <= 'F') {
      return b - 'A' + 10;
    }
    return -1;
  }
}
