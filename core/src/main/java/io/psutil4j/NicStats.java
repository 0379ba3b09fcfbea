package io.psutil4j;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * psutil's {@code snicstats}: one network interface's state. {@code isup} is the kernel's
 * IFF_RUNNING (up and the link operational), not just administratively up; {@code speed} is in
 * Mbit/s, 0 when unknown; {@code mtu} in bytes; {@code flags} is psutil's comma-separated list of
 * lower-case flag names ({@code up,broadcast,running,multicast}).
 */
public final class NicStats extends Tuple {
  private final boolean isup;
  private final NicDuplex duplex;
  private final int speed;
  private final int mtu;
  private final String flags;

  private NicStats(boolean isup, NicDuplex duplex, int speed, int mtu, String flags) {
    super("snicstats");
    this.isup = isup;
    this.duplex = Objects.requireNonNull(duplex, "duplex");
    this.speed = (int) Fields.requireNonNegative("speed", speed);
    this.mtu = (int) Fields.requireNonNegative("mtu", mtu);
    this.flags = Objects.requireNonNull(flags, "flags");
  }

  public static NicStats of(boolean isup, NicDuplex duplex, int speed, int mtu, String flags) {
    return new NicStats(isup, duplex, speed, mtu, flags);
  }

  public boolean isup() {
    return isup;
  }

  public NicDuplex duplex() {
    return duplex;
  }

  /** Link speed, Mbit/s; 0 when the driver does not say. */
  public int speed() {
    return speed;
  }

  /** Maximum transmission unit, bytes. */
  public int mtu() {
    return mtu;
  }

  public String flags() {
    return flags;
  }

  /** Duplex as psutil's integer value, as json.dumps writes an IntEnum. */
  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered(
        "isup", isup, "duplex", duplex.value(), "speed", speed, "mtu", mtu, "flags", flags);
  }

  @Override
  Map<String, Object> reprFields() {
    Map<String, Object> fields = new LinkedHashMap<>(asDict());
    fields.put("isup", Repr.literal(isup ? "True" : "False"));
    fields.put("duplex", Repr.member("NicDuplex", duplex.name(), duplex.value()));
    return fields;
  }
}
