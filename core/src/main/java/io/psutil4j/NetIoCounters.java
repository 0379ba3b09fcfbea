package io.psutil4j;

/**
 * psutil's {@code snetio}: counters of one network interface (or the sum over all) from
 * /proc/net/dev, in the caller's network namespace.
 */
public final class NetIoCounters extends LongTuple {
  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<Long> BYTES_SENT = FIELDS.bytes("bytes_sent");
  public static final TupleField<Long> BYTES_RECV = FIELDS.bytes("bytes_recv");
  public static final TupleField<Long> PACKETS_SENT = FIELDS.longs("packets_sent", Unit.PACKETS);
  public static final TupleField<Long> PACKETS_RECV = FIELDS.longs("packets_recv", Unit.PACKETS);
  public static final TupleField<Long> ERRIN = FIELDS.count("errin");
  public static final TupleField<Long> ERROUT = FIELDS.count("errout");
  public static final TupleField<Long> DROPIN = FIELDS.longs("dropin", Unit.PACKETS);
  public static final TupleField<Long> DROPOUT = FIELDS.longs("dropout", Unit.PACKETS);

  private NetIoCounters(long[] values) {
    super("snetio", FIELDS, values);
  }

  /** Builds from counters in the order of {@link #FIELDS}; each must be >= 0. */
  public static NetIoCounters of(long... values) {
    return new NetIoCounters(values.clone());
  }

  /** Field-by-field sum, as psutil totals the per-entity counters. */
  public static NetIoCounters sum(Iterable<NetIoCounters> parts) {
    return new NetIoCounters(total(FIELDS.size(), parts));
  }

  /** Bytes transmitted. */
  public long bytesSent() {
    return value(BYTES_SENT);
  }

  /** Bytes received. */
  public long bytesRecv() {
    return value(BYTES_RECV);
  }

  /** Packets transmitted. */
  public long packetsSent() {
    return value(PACKETS_SENT);
  }

  /** Packets received. */
  public long packetsRecv() {
    return value(PACKETS_RECV);
  }

  /** Receive errors. */
  public long errin() {
    return value(ERRIN);
  }

  /** Transmit errors. */
  public long errout() {
    return value(ERROUT);
  }

  /** Incoming packets dropped. */
  public long dropin() {
    return value(DROPIN);
  }

  /** Outgoing packets dropped. */
  public long dropout() {
    return value(DROPOUT);
  }

  /** The counters in the order of {@link #FIELDS}, a fresh array. */
  @Override
  public long[] toArray() {
    return super.toArray();
  }
}
