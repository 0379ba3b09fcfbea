package io.psutil4j;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * psutil's {@code snicaddr}: one address of a network interface. For {@link AddressFamily#AF_LINK}
 * the address is the MAC, lower-case hex with colons. IPv6 link-local addresses carry a {@code
 * %nic} suffix. {@code broadcast} and {@code ptp} (the point-to-point peer) are never both set.
 */
public final class NicAddress extends FieldTuple<NicAddress.Field> {
  /** psutil's fields, in psutil's order: the family (its int in the dict), then strings. */
  enum Field implements TupleField {
    FAMILY,
    ADDRESS,
    NETMASK,
    BROADCAST,
    PTP;

    @Override
    public Class<?> type() {
      return this == FAMILY ? AddressFamily.class : String.class;
    }

    @Override
    public boolean nullable() {
      return this != FAMILY;
    }
  }

  private NicAddress(@Nullable Object... values) {
    super("snicaddr", Field.class, values);
  }

  /** Every field but {@code family} may be null, as psutil's None. */
  public static NicAddress of(
      AddressFamily family,
      @Nullable String address,
      @Nullable String netmask,
      @Nullable String broadcast,
      @Nullable String ptp) {
    if (broadcast != null && ptp != null) {
      throw new IllegalArgumentException(
          "broadcast and ptp are exclusive: " + broadcast + ", " + ptp);
    }
    return new NicAddress(family, address, netmask, broadcast, ptp);
  }

  public AddressFamily family() {
    return value(Field.FAMILY, AddressFamily.class);
  }

  /** The address; absent only for psutil's AF_UNSPEC placeholder of a NIC without addresses. */
  public Optional<String> address() {
    return optional(Field.ADDRESS, String.class);
  }

  public Optional<String> netmask() {
    return optional(Field.NETMASK, String.class);
  }

  public Optional<String> broadcast() {
    return optional(Field.BROADCAST, String.class);
  }

  public Optional<String> ptp() {
    return optional(Field.PTP, String.class);
  }
}
