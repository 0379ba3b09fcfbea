package io.psutil4j.linux;

import io.psutil4j.linux.parse.ByteCursor;
import java.nio.charset.StandardCharsets;

/** /proc/vmstat: the swap page counters {@code pswpin} and {@code pswpout}. */
final class Vmstat {
  private static final byte[] PSWPIN = "pswpin ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PSWPOUT = "pswpout ".getBytes(StandardCharsets.US_ASCII);

  private final long pswpin;
  private final long pswpout;
  private final boolean complete;

  private Vmstat(long pswpin, long pswpout, boolean complete) {
    this.pswpin = pswpin;
    this.pswpout = pswpout;
    this.complete = complete;
  }

  public static Vmstat parse(Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    long in = 0;
    long out = 0;
    int found = 0;
    while (!c.atEnd() && found < 2) {
      if (c.peek() != 'p') {
        // most of the ~170 lines are told at their first byte, without a call per key
      } else if (c.match(PSWPIN)) {
        in = c.nextLong();
        found++;
      } else if (c.match(PSWPOUT)) {
        out = c.nextLong();
        found++;
      }
      c.skipLine();
    }
    return new Vmstat(in, out, found == 2);
  }

  /** Pages swapped in since boot. */
  public long pswpin() {
    return pswpin;
  }

  /** Pages swapped out since boot. */
  public long pswpout() {
    return pswpout;
  }

  /** Whether both lines were there (a kernel without swap support has neither). */
  public boolean complete() {
    return complete;
  }
}
