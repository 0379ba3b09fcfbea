package io.psutil4j;

import java.util.List;

/**
 * psutil's {@code snetio}: counters of one network interface (or the sum over all) from
 * /proc/net/dev, in the caller's network namespace.
 */
public final class NetIoCounters extends LongTuple {
  /** psutil's field names, in psutil's order: the order of {@link #of} and {@link #toArray}. */
  public static final List<String> FIELDS =
      List.of(
          "bytes_sent",
          "bytes_recv",
          "packets_sent",
          "packets_recv",
          "errin",
          "errout",
          "dropin",
          "dropout");

  private NetIoCounters(long[] values) {
    super("snetio", FIELDS, values);
  }

  /** Builds from counters in the order of {@link #FIELDS}; each must be >= 0. */
  public static NetIoCounters of(long... values) {
    return new NetIoCounters(checked("snetio", FIELDS, values));
  }

  /** Field-by-field sum, as psutil totals the per-entity counters. */
  public static NetIoCounters sum(Iterable<NetIoCounters> parts) {
    return new NetIoCounters(total(FIELDS.size(), parts));
  }

  /** Bytes transmitted. */
  public long bytesSent() {
    return value(0);
  }

  /** Bytes received. */
  public long bytesRecv() {
    return value(1);
  }

  /** Packets transmitted. */
  public long packetsSent() {
    return value(2);
  }

  /** Packets received. */
  public long packetsRecv() {
    return value(3);
  }

  /** Receive errors. */
  public long errin() {
    return value(4);
  }

  /** Transmit errors. */
  public long errout() {
    return value(5);
  }

  /** Incoming packets dropped. */
  public long dropin() {
    return value(6);
  }

  /** Outgoing packets dropped. */
  public long dropout() {
    return value(7);
  }

  /** The counters in the order of {@link #FIELDS}, a fresh array. */
  @Override
  public long[] toArray() {
    return super.toArray();
  }
}
