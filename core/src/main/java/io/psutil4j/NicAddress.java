package io.psutil4j;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * psutil's {@code snicaddr}: one address of a network interface. For {@link AddressFamily#AF_LINK}
 * the address is the MAC, lower-case hex with colons. IPv6 link-local addresses carry a {@code
 * %nic} suffix. {@code broadcast} and {@code ptp} (the point-to-point peer) are never both set.
 */
public final class NicAddress extends Tuple {
  private final AddressFamily family;
  private final @Nullable String address;
  private final @Nullable String netmask;
  private final @Nullable String broadcast;
  private final @Nullable String ptp;

  private NicAddress(
      AddressFamily family,
      @Nullable String address,
      @Nullable String netmask,
      @Nullable String broadcast,
      @Nullable String ptp) {
    super("snicaddr");
    this.family = Objects.requireNonNull(family, "family");
    this.address = address;
    this.netmask = netmask;
    this.broadcast = broadcast;
    this.ptp = ptp;
    if (broadcast != null && ptp != null) {
      throw new IllegalArgumentException(
          "broadcast and ptp are exclusive: " + broadcast + ", " + ptp);
    }
  }

  /** Every field but {@code family} may be null, as psutil's None. */
  public static NicAddress of(
      AddressFamily family,
      @Nullable String address,
      @Nullable String netmask,
      @Nullable String broadcast,
      @Nullable String ptp) {
    return new NicAddress(family, address, netmask, broadcast, ptp);
  }

  public AddressFamily family() {
    return family;
  }

  /** The address; absent only for psutil's AF_UNSPEC placeholder of a NIC without addresses. */
  public Optional<String> address() {
    return Optional.ofNullable(address);
  }

  public Optional<String> netmask() {
    return Optional.ofNullable(netmask);
  }

  public Optional<String> broadcast() {
    return Optional.ofNullable(broadcast);
  }

  public Optional<String> ptp() {
    return Optional.ofNullable(ptp);
  }

  /** The family as psutil's JSON gives it: the int ({@code AF_INET} is 2). */
  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered(
        "family",
        family.value(),
        "address",
        address,
        "netmask",
        netmask,
        "broadcast",
        broadcast,
        "ptp",
        ptp);
  }

  @Override
  Map<String, Object> reprFields() {
    Map<String, Object> fields = new LinkedHashMap<>(asDict());
    fields.put("family", Repr.member("AddressFamily", family.name(), family.value()));
    return fields;
  }
}
