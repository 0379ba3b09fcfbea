package io.psutil4j;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * psutil's {@code snicaddr}: one address of a network interface. For {@link AddressFamily#AF_LINK}
 * the address is the MAC, lower-case hex with colons. IPv6 link-local addresses carry a {@code
 * %nic} suffix. {@code broadcast} and {@code ptp} (the point-to-point peer) are never both set.
 */
public final class NicAddress extends FieldTuple {
  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<AddressFamily> FAMILY =
      FIELDS.field("family", AddressFamily.class);
  public static final TupleField<String> ADDRESS = FIELDS.text("address").orNull();
  public static final TupleField<String> NETMASK = FIELDS.text("netmask").orNull();
  public static final TupleField<String> BROADCAST = FIELDS.text("broadcast").orNull();
  public static final TupleField<String> PTP = FIELDS.text("ptp").orNull();

  private NicAddress(@Nullable Object... values) {
    super("snicaddr", FIELDS, values);
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
    return value(FAMILY);
  }

  /** The address; absent only for psutil's AF_UNSPEC placeholder of a NIC without addresses. */
  public Optional<String> address() {
    return optional(ADDRESS);
  }

  public Optional<String> netmask() {
    return optional(NETMASK);
  }

  public Optional<String> broadcast() {
    return optional(BROADCAST);
  }

  public Optional<String> ptp() {
    return optional(PTP);
  }
}
