package io.psutil4j.linux.cgroup;

import io.psutil4j.linux.parse.ByteCursor;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A PSI file (/proc/pressure/{cpu,memory,io,irq}, cgroup v2 {cpu,memory,io,irq}.pressure; kernel
 * 4.20+, Documentation/accounting/psi.rst): {@code some avg10=0.12 avg60=0.05 avg300=0.01
 * total=123456} and a {@code full} line of the same shape. /proc/pressure/cpu has no full line
 * before 5.13 and /proc/pressure/irq has only a full line.
 */
final class PressureFile {
  private static final byte[] SOME = ascii("some");
  private static final byte[] FULL = ascii("full");
  private static final byte[] AVG10 = ascii(" avg10=");
  private static final byte[] AVG60 = ascii(" avg60=");
  private static final byte[] AVG300 = ascii(" avg300=");
  private static final byte[] TOTAL = ascii(" total=");

  private final @Nullable Line some;
  private final @Nullable Line full;

  private PressureFile(@Nullable Line some, @Nullable Line full) {
    this.some = some;
    this.full = full;
  }

  /** One line: the share of time stalled over 10, 60 and 300 s (percent), and the total (us). */
  public static final class Line {
    private final double avg10;
    private final double avg60;
    private final double avg300;
    private final long totalUsec;

    Line(double avg10, double avg60, double avg300, long totalUsec) {
      this.avg10 = avg10;
      this.avg60 = avg60;
      this.avg300 = avg300;
      this.totalUsec = totalUsec;
    }

    public double avg10() {
      return avg10;
    }

    public double avg60() {
      return avg60;
    }

    public double avg300() {
      return avg300;
    }

    public long totalUsec() {
      return totalUsec;
    }
  }

  /** The "some" line, or null if the file has none (irq). */
  public @Nullable Line some() {
    return some;
  }

  /** The "full" line, or null if the file has none (cpu before 5.13). */
  public @Nullable Line full() {
    return full;
  }

  public static PressureFile parse(Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    Line some = null;
    Line full = null;
    while (!c.atEnd()) {
      if (some == null && c.match(SOME)) {
        some = line(c);
      } else if (full == null && c.match(FULL)) {
        full = line(c);
      } else {
        throw c.error("expected one 'some' and one 'full' line");
      }
    }
    if (some == null && full == null) {
      throw c.error("no 'some' or 'full' line");
    }
    return new PressureFile(some, full);
  }

  private static Line line(ByteCursor c) {
    double avg10 = value(c, AVG10, "avg10");
    double avg60 = value(c, AVG60, "avg60");
    double avg300 = value(c, AVG300, "avg300");
    if (!c.match(TOTAL)) {
      throw c.error("expected 'total='");
    }
    long total = c.nextLong();
    c.endLine();
    return new Line(avg10, avg60, avg300, total);
  }

  private static double value(ByteCursor c, byte[] key, String name) {
    if (!c.match(key)) {
      throw c.error("expected '" + name + "='");
    }
    return c.nextDouble();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
