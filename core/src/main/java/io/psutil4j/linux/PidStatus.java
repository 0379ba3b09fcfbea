package io.psutil4j.linux;

import io.psutil4j.linux.parse.ByteCursor;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * /proc/PID/status: the lines psutil reads that stat lacks. Numeric lines fill a table by key
 * index; the memory lines are kB times 1024. A line an older kernel lacks reads as absent.
 */
final class PidStatus {
  /** The numeric keys kept from status. */
  public enum Key {
    TGID("Tgid:", false),
    PPID("PPid:", false),
    THREADS("Threads:", false),
    VOLUNTARY_CTXT_SWITCHES("voluntary_ctxt_switches:", false),
    NONVOLUNTARY_CTXT_SWITCHES("nonvoluntary_ctxt_switches:", false),
    VM_PEAK("VmPeak:", true),
    VM_HWM("VmHWM:", true),
    RSS_ANON("RssAnon:", true),
    RSS_FILE("RssFile:", true),
    RSS_SHMEM("RssShmem:", true),
    VM_SWAP("VmSwap:", true),
    HUGETLB_PAGES("HugetlbPages:", true);

    private final String label;
    private final boolean kib;

    Key(String label, boolean kib) {
      this.label = label;
      this.kib = kib;
    }
  }

  private static final Key[] KEYS = Key.values();
  private static final byte[][] PREFIXES =
      ByteCursor.keyTable(Stream.of(KEYS).map(k -> k.label).collect(Collectors.toList()));
  private static final byte[] THREADS_LABEL = Key.THREADS.label.getBytes(StandardCharsets.US_ASCII);
  private static final byte[] UID = "Uid:".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] GID = "Gid:".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CPUS_ALLOWED_LIST =
      "Cpus_allowed_list:".getBytes(StandardCharsets.US_ASCII);

  private final long[] values;
  private final boolean[] present;
  private final long @Nullable [] uids;
  private final long @Nullable [] gids;
  private final @Nullable String cpusAllowedList;

  private PidStatus(
      long[] values,
      boolean[] present,
      long @Nullable [] uids,
      long @Nullable [] gids,
      @Nullable String cpusAllowedList) {
    this.values = values;
    this.present = present;
    this.uids = uids;
    this.gids = gids;
    this.cpusAllowedList = cpusAllowedList;
  }

  public static PidStatus parse(Object file, byte[] buf, int len) {
    long[] values = new long[KEYS.length];
    boolean[] present = new boolean[KEYS.length];
    long[] uids = null;
    long[] gids = null;
    String cpus = null;
    ByteCursor c = new ByteCursor(file, buf, len);
    while (!c.atEnd()) {
      // the first byte tells most lines from these three without a call
      int first = c.peek();
      if (first == 'U' && c.match(UID)) {
        uids = ids(c);
      } else if (first == 'G' && c.match(GID)) {
        gids = ids(c);
      } else if (first == 'C' && c.match(CPUS_ALLOWED_LIST)) {
        c.skipSpaces();
        cpus = c.atEndOfLine() ? "" : c.nextToken();
      } else {
        int i = c.matchKey(PREFIXES);
        if (i >= 0) {
          long v = c.nextLong();
          values[i] = KEYS[i].kib ? v * 1024 : v;
          present[i] = true;
        }
      }
      c.skipLine();
    }
    return new PidStatus(values, present, uids, gids, cpus);
  }

  /**
   * The Threads: line alone, as a status that has nothing else: num_threads outside a oneshot stops
   * there instead of parsing every line after it.
   */
  public static PidStatus threads(Object file, byte[] buf, int len) {
    long[] values = new long[KEYS.length];
    boolean[] present = new boolean[KEYS.length];
    ByteCursor c = new ByteCursor(file, buf, len);
    while (!c.atEnd()) {
      if (c.peek() == 'T' && c.match(THREADS_LABEL)) {
        values[Key.THREADS.ordinal()] = c.nextLong();
        present[Key.THREADS.ordinal()] = true;
        break;
      }
      c.skipLine();
    }
    return new PidStatus(values, present, null, null, null);
  }

  private static long[] ids(ByteCursor c) {
    // real, effective, saved set, filesystem
    return new long[] {c.nextLong(), c.nextLong(), c.nextLong(), c.nextLong()};
  }

  public boolean has(Key key) {
    return present[key.ordinal()];
  }

  /** The value (bytes for memory keys), 0 when absent (check {@link #has}). */
  public long get(Key key) {
    return values[key.ordinal()];
  }

  /** Real, effective, saved and filesystem uid, or null when the line is missing. */
  public long @Nullable [] uids() {
    return uids == null ? null : uids.clone();
  }

  /** Real, effective, saved and filesystem gid, or null when the line is missing. */
  public long @Nullable [] gids() {
    return gids == null ? null : gids.clone();
  }

  /** The Cpus_allowed_list text ({@code 0-3,8}), or null when missing. */
  public @Nullable String cpusAllowedList() {
    return cpusAllowedList;
  }
}
