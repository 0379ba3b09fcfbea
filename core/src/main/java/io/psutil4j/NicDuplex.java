package io.psutil4j;

/**
 * psutil's {@code NicDuplex}. The values are psutil's (FULL=2, HALF=1, UNKNOWN=0), not the kernel's
 * (ethtool DUPLEX_HALF=0, DUPLEX_FULL=1, DUPLEX_UNKNOWN=0xff).
 */
public enum NicDuplex {
  NIC_DUPLEX_UNKNOWN(0),
  NIC_DUPLEX_HALF(1),
  NIC_DUPLEX_FULL(2);

  private final int value;

  NicDuplex(int value) {
    this.value = value;
  }

  /** psutil's integer value. */
  public int value() {
    return value;
  }
}
