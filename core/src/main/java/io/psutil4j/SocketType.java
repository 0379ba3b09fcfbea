package io.psutil4j;

/** Socket types as /proc/net reports them, with the kernel's numbers (socket.SOCK_* in Python). */
public enum SocketType {
  SOCK_STREAM(1),
  SOCK_DGRAM(2),
  SOCK_RAW(3),
  SOCK_RDM(4),
  SOCK_SEQPACKET(5),
  SOCK_DCCP(6),
  SOCK_PACKET(10);

  private final int value;

  SocketType(int value) {
    this.value = value;
  }

  public int value() {
    return value;
  }

  /** The type with the kernel's number {@code n}. */
  public static SocketType of(int n) {
    for (SocketType t : values()) {
      if (t.value == n) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown socket type " + n);
  }
}
