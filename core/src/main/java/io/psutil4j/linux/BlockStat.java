package io.psutil4j.linux;

import io.psutil4j.linux.parse.ByteCursor;

/**
 * /sys/block/DEV[/PART]/stat: one line of counters (reads, read merges, read sectors, read ms,
 * writes, write merges, write sectors, write ms, in flight, io ticks, ...). Returned in {@link
 * Diskstats}' row order.
 */
final class BlockStat {
  private BlockStat() {}

  public static long[] parse(Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    long[] f = new long[10];
    for (int i = 0; i < f.length; i++) {
      f[i] = c.nextLong();
    }
    long[] v = new long[9];
    v[Diskstats.READS] = f[0];
    v[Diskstats.READ_MERGED] = f[1];
    v[Diskstats.READ_SECTORS] = f[2];
    v[Diskstats.READ_MS] = f[3];
    v[Diskstats.WRITES] = f[4];
    v[Diskstats.WRITE_MERGED] = f[5];
    v[Diskstats.WRITE_SECTORS] = f[6];
    v[Diskstats.WRITE_MS] = f[7];
    v[Diskstats.BUSY_MS] = f[9];
    return v;
  }
}
