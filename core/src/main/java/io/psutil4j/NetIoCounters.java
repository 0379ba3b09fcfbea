package io.psutil4j;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * psutil's {@code snetio}: counters of one network interface (or the sum over all) from
 * /proc/net/dev, in the caller's network namespace.
 */
public final class NetIoCounters implements NamedTuple {
  /** psutil's field names, in psutil's order: the order of {@link #of} and {@link #toArray}. */
  public static final String[] FIELDS = {
    "bytes_sent",
    "bytes_recv",
    "packets_sent",
    "packets_recv",
    "errin",
    "errout",
    "dropin",
    "dropout"
  };

  private final long[] values;

  private NetIoCounters(long[] values) {
    this.values = values;
  }

  /** Builds from counters in the order of {@link #FIELDS}; each must be >= 0. */
  public static NetIoCounters of(long... values) {
    if (values.length != FIELDS.length) {
      throw new IllegalArgumentException(
          "snetio needs " + FIELDS.length + " fields, got " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      Fields.requireNonNegative(FIELDS[i], values[i]);
    }
    return new NetIoCounters(values.clone());
  }

  /** Field-by-field sum, as psutil totals the per-entity counters. */
  public static NetIoCounters sum(Iterable<NetIoCounters> parts) {
    long[] total = new long[FIELDS.length];
    for (NetIoCounters p : parts) {
      for (int i = 0; i < total.length; i++) {
        total[i] += p.values[i];
      }
    }
    return new NetIoCounters(total);
  }

  /** Bytes transmitted. */
  public long bytesSent() {
    return values[0];
  }

  /** Bytes received. */
  public long bytesRecv() {
    return values[1];
  }

  /** Packets transmitted. */
  public long packetsSent() {
    return values[2];
  }

  /** Packets received. */
  public long packetsRecv() {
    return values[3];
  }

  /** Receive errors. */
  public long errin() {
    return values[4];
  }

  /** Transmit errors. */
  public long errout() {
    return values[5];
  }

  /** Incoming packets dropped. */
  public long dropin() {
    return values[6];
  }

  /** Outgoing packets dropped. */
  public long dropout() {
    return values[7];
  }

  /** The counters in the order of {@link #FIELDS}, a fresh array. */
  public long[] toArray() {
    return values.clone();
  }

  @Override
  public Map<String, Object> asDict() {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < FIELDS.length; i++) {
      map.put(FIELDS[i], values[i]);
    }
    return Collections.unmodifiableMap(map);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NetIoCounters && Arrays.equals(values, ((NetIoCounters) o).values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return Repr.of("snetio", asDict());
  }
}
