package io.psutil4j.linux;

import io.psutil4j.linux.parse.ByteCursor;
import io.psutil4j.linux.parse.IntsBuilder;
import io.psutil4j.linux.parse.ParseException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;

/**
 * /proc/stat: the aggregate and per-CPU tick counters, context switches, interrupts, soft
 * interrupts and the boot time. Ticks stay in the kernel's order (user, nice, system, idle, iowait,
 * irq, softirq, steal, guest, guest_nice); fields an old kernel lacks are 0.
 */
final class ProcStat {
  /** How many tick fields a cpu line can carry (2.6.33+). */
  public static final int TICK_FIELDS = 10;

  private static final byte[] CPU = "cpu".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] BTIME = "btime ".getBytes(StandardCharsets.US_ASCII);

  private final long[] total;
  private final List<long[]> perCpu;
  private final int[] cpuNumbers;
  private final StatCounters counters;
  private final long btime;
  private final boolean hasBtime;

  private ProcStat(
      long[] total,
      List<long[]> perCpu,
      int[] cpuNumbers,
      StatCounters counters,
      long btime,
      boolean hasBtime) {
    this.total = total;
    this.perCpu = perCpu;
    this.cpuNumbers = cpuNumbers;
    this.counters = counters;
    this.btime = btime;
    this.hasBtime = hasBtime;
  }

  public static ProcStat parse(Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    long[] total = null;
    List<long[]> perCpu = new ArrayList<>();
    IntsBuilder numbers = new IntsBuilder(8);
    StatCounters.Tally counters = new StatCounters.Tally();
    long btime = 0;
    boolean hasBtime = false;
    while (!c.atEnd()) {
      if (c.match(CPU)) {
        if (c.peekDigit()) {
          // psutil indexes by position (offline CPUs are absent); the number is kept beside it
          numbers.add((int) c.nextLong());
          perCpu.add(ticks(c));
        } else {
          total = ticks(c);
        }
      } else if (!counters.take(c) && c.match(BTIME)) {
        btime = c.nextLong();
        hasBtime = true;
      }
      c.skipLine();
    }
    if (total == null) {
      throw new ParseException(file, 1, "<no cpu line>", "missing the aggregate 'cpu' line");
    }
    return new ProcStat(
        total,
        Collections.unmodifiableList(perCpu),
        numbers.toArray(),
        counters.counters(),
        btime,
        hasBtime);
  }

  /**
   * Only the aggregate {@code cpu} line's ticks (kernel order), stopping there: psutil's
   * cpu_times() reads just the first line, and the per-CPU and {@code intr} lines are most of the
   * file's numbers.
   */
  public static long[] totalTicksOnly(Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    while (!c.atEnd()) {
      if (c.match(CPU) && !c.peekDigit()) {
        return ticks(c);
      }
      c.skipLine();
    }
    throw new ParseException(file, 1, "<no cpu line>", "missing the aggregate 'cpu' line");
  }

  /**
   * Only the {@code btime} line (whole seconds since the epoch), stopping there as psutil's
   * boot_time() does; empty when the file has none.
   */
  public static OptionalLong btimeOnly(Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    while (!c.atEnd()) {
      if (c.match(BTIME)) {
        return OptionalLong.of(c.nextLong());
      }
      c.skipLine();
    }
    return OptionalLong.empty();
  }

  private static long[] ticks(ByteCursor c) {
    long[] ticks = new long[TICK_FIELDS];
    int n = 0;
    c.skipSpaces();
    while (n < TICK_FIELDS && !c.atEndOfLine()) {
      ticks[n++] = c.nextLong();
      c.skipSpaces();
    }
    if (n < 4) {
      throw c.error("a cpu line needs at least user, nice, system and idle");
    }
    return ticks;
  }

  /** Aggregate ticks in kernel order; a fresh copy. */
  public long[] totalTicks() {
    return total.clone();
  }

  /** Number of per-CPU lines: the online CPUs. */
  public int cpuCount() {
    return perCpu.size();
  }

  /** Ticks of the CPU at {@code index} (position, not number) in kernel order; a fresh copy. */
  public long[] cpuTicks(int index) {
    return perCpu.get(index).clone();
  }

  /** The kernel's number of the CPU at {@code index}: N of its cpuN line. */
  public int cpuNumber(int index) {
    if (index < 0 || index >= cpuNumbers.length) {
      throw new IndexOutOfBoundsException("no CPU at position " + index);
    }
    return cpuNumbers[index];
  }

  public long ctxt() {
    return counters.ctxt();
  }

  public long intr() {
    return counters.intr();
  }

  public long softirq() {
    return counters.softirq();
  }

  public boolean hasBtime() {
    return hasBtime;
  }

  /** Boot time, whole seconds since the epoch. */
  public long btime() {
    return btime;
  }
}
