package io.psutil4j;

/**
 * The socket address families psutil reports on Linux, with the kernel's numbers. {@code AF_LINK}
 * is psutil's name for AF_PACKET (17): a NIC's hardware address.
 */
public enum AddressFamily {
  AF_UNSPEC(0),
  AF_UNIX(1),
  AF_INET(2),
  AF_INET6(10),
  AF_LINK(17);

  private final int value;

  AddressFamily(int value) {
    this.value = value;
  }

  /** The kernel's number (socket.AF_* in Python). */
  public int value() {
    return value;
  }
}
