package io.psutil4j.linux;

import io.psutil4j.MemoryFootprint;
import io.psutil4j.MemoryMap;
import io.psutil4j.linux.parse.ByteCursor;
import io.psutil4j.linux.parse.ParseException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * /proc/PID/smaps and /proc/PID/smaps_rollup (same shape; the rollup has one {@code [rollup]}
 * mapping). A mapping starts with a header line ({@code start-end perms offset dev inode [path]},
 * lower-case hex first) followed by {@code Key: value kB} lines; {@code VmFlags} and the lines
 * without kB are skipped. Totals for memory_footprint: uss = every {@code Private_*} line, pss =
 * the {@code Pss:} line only, swap = the {@code Swap:} line only (not SwapPss), kB times 1024.
 */
final class Smaps {
  /** The per-mapping keys kept, in {@link MemoryMap#FIELDS} order. */
  private static final String[] KEYS = {
    "Rss:",
    "Size:",
    "Pss:",
    "Shared_Clean:",
    "Shared_Dirty:",
    "Private_Clean:",
    "Private_Dirty:",
    "Referenced:",
    "Anonymous:",
    "Swap:"
  };

  private static final int PSS = 2;
  private static final int PRIVATE_CLEAN = 5;
  private static final int PRIVATE_DIRTY = 6;
  private static final int SWAP = 9;
  private static final byte[][] PREFIXES = new byte[KEYS.length][];
  private static final byte[] PRIVATE_HUGETLB =
      "Private_Hugetlb:".getBytes(StandardCharsets.US_ASCII);

  static {
    for (int i = 0; i < KEYS.length; i++) {
      PREFIXES[i] = KEYS[i].getBytes(StandardCharsets.US_ASCII);
    }
  }

  /**
   * A mapping's header line, read before its sizes: the path as the kernel shows it, empty for an
   * anonymous mapping.
   */
  private static final class Header {
    private final String addr;
    private final String perms;
    private final String path;

    Header(String addr, String perms, String path) {
      this.addr = addr;
      this.perms = perms;
      this.path = path;
    }

    MemoryMap mapping(long[] sizes) {
      return MemoryMap.mapping(addr, perms, path, sizes);
    }
  }

  private final List<MemoryMap> mappings;
  private final MemoryFootprint footprint;

  private Smaps(List<MemoryMap> mappings, MemoryFootprint footprint) {
    this.mappings = mappings;
    this.footprint = footprint;
  }

  public static Smaps parse(Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    List<MemoryMap> mappings = new ArrayList<>();
    Header current = null;
    long[] sizes = new long[KEYS.length];
    long uss = 0;
    long pss = 0;
    long swap = 0;
    while (!c.atEnd()) {
      if (isHeader(c)) {
        if (current != null) {
          mappings.add(current.mapping(sizes));
          Arrays.fill(sizes, 0);
        }
        current = header(c);
        c.skipLine();
        continue;
      }
      if (current == null) {
        throw c.error("expected a mapping header line");
      }
      boolean known = false;
      for (int i = 0; i < KEYS.length; i++) {
        if (c.match(PREFIXES[i])) {
          long bytes = kib(c);
          sizes[i] = sum(c, sizes[i], bytes);
          if (i == PSS) {
            pss = sum(c, pss, bytes);
          } else if (i == SWAP) {
            swap = sum(c, swap, bytes);
          } else if (i == PRIVATE_CLEAN || i == PRIVATE_DIRTY) {
            uss = sum(c, uss, bytes);
          }
          known = true;
          break;
        }
      }
      if (!known && c.match(PRIVATE_HUGETLB)) {
        uss = sum(c, uss, kib(c));
      }
      c.skipLine();
    }
    if (current != null) {
      mappings.add(current.mapping(sizes));
    }
    return new Smaps(Collections.unmodifiableList(mappings), MemoryFootprint.of(uss, pss, swap));
  }

  private static long kib(ByteCursor c) {
    long kb = c.nextLong();
    if (kb > Long.MAX_VALUE / 1024) {
      throw c.error("size overflows 64 bits");
    }
    return kb * 1024;
  }

  /** A total that cannot wrap: the footprint refuses a negative size, this names the line. */
  private static long sum(ByteCursor c, long total, long bytes) {
    if (total > Long.MAX_VALUE - bytes) {
      throw c.error("total size overflows 64 bits");
    }
    return total + bytes;
  }

  private static boolean isHeader(ByteCursor c) {
    return c.peekDigit() || peekLowerHex(c);
  }

  private static boolean peekLowerHex(ByteCursor c) {
    for (byte b = 'a'; b <= 'f'; b++) {
      if (c.peekIs(b)) {
        return true;
      }
    }
    return false;
  }

  private static Header header(ByteCursor c) {
    String addr = c.nextToken();
    if (addr.indexOf('-') <= 0) {
      throw new ParseException(c.file(), c.line(), addr, "expected an address range");
    }
    String perms = c.nextToken();
    c.skipToken(); // offset
    c.skipToken(); // device
    c.skipToken(); // inode
    c.skipSpaces();
    int start = c.position();
    int end = start;
    while (!c.atEndOfLine()) {
      c.seek(++end);
    }
    return new Header(addr, perms, c.text(start, end));
  }

  /**
   * Every mapping, in address order, with its path as the kernel shows it (empty for an anonymous
   * mapping, {@code (deleted)} kept).
   */
  public List<MemoryMap> mappings() {
    return mappings;
  }

  /**
   * psutil's {@code memory_footprint()} over all mappings: uss is Private_Clean + Private_Dirty +
   * Private_Hugetlb, pss the Pss lines, swap the Swap lines; bytes.
   */
  public MemoryFootprint footprint() {
    return footprint;
  }
}
