package io.psutil4j.linux;

import io.psutil4j.linux.parse.ByteCursor;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * /proc/meminfo: the lines psutil uses, in bytes. Each line is split at its first ':' (a key such
 * as {@code ShadowCallStack:10373888 kB} has no blank after the colon) and its first number is
 * taken times 1024.
 */
final class Meminfo {
  /** The meminfo keys psutil reads. */
  public enum Key {
    MEM_TOTAL("MemTotal"),
    MEM_FREE("MemFree"),
    MEM_AVAILABLE("MemAvailable"),
    BUFFERS("Buffers"),
    CACHED("Cached"),
    S_RECLAIMABLE("SReclaimable"),
    SHMEM("Shmem"),
    MEM_SHARED("MemShared"),
    ACTIVE("Active"),
    INACTIVE("Inactive"),
    INACT_DIRTY("Inact_dirty"),
    INACT_CLEAN("Inact_clean"),
    INACT_LAUNDRY("Inact_laundry"),
    SLAB("Slab"),
    ACTIVE_FILE("Active(file)"),
    INACTIVE_FILE("Inactive(file)"),
    SWAP_TOTAL("SwapTotal"),
    SWAP_FREE("SwapFree");

    private final String label;

    Key(String label) {
      this.label = label;
    }

    /** The key as the kernel writes it, e.g. {@code MemAvailable}. */
    public String label() {
      return label;
    }
  }

  private static final Key[] KEYS = Key.values();
  private static final byte[][] PREFIXES =
      ByteCursor.keyTable(Stream.of(KEYS).map(k -> k.label + ":").collect(Collectors.toList()));

  private final long[] bytes;
  private final boolean[] present;

  private Meminfo(long[] bytes, boolean[] present) {
    this.bytes = bytes;
    this.present = present;
  }

  public static Meminfo parse(Object file, byte[] buf, int len) {
    long[] bytes = new long[KEYS.length];
    boolean[] present = new boolean[KEYS.length];
    ByteCursor c = new ByteCursor(file, buf, len);
    while (!c.atEnd()) {
      int i = c.matchKey(PREFIXES);
      if (i >= 0) {
        long kib = c.nextLong();
        if (kib > Long.MAX_VALUE / 1024) {
          throw c.error("value of " + KEYS[i].label + " overflows bytes");
        }
        bytes[i] = kib * 1024;
        present[i] = true;
      }
      c.skipLine();
    }
    return new Meminfo(bytes, present);
  }

  public boolean has(Key key) {
    return present[key.ordinal()];
  }

  /** The value in bytes, 0 when the line is missing (check {@link #has}). */
  public long get(Key key) {
    return bytes[key.ordinal()];
  }
}
