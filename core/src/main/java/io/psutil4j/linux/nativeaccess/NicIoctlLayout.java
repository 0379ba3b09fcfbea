package io.psutil4j.linux.nativeaccess;

import java.nio.charset.StandardCharsets;

/**
 * What psutil's net_if_stats ioctls (psutil/arch/linux/net.c) send and get back, whichever binding
 * makes them: the requests, the layouts of struct ifreq and struct ethtool_cmd, and which errnos
 * mean "no answer" rather than a failure. No JNA here: the FFM binding uses it too.
 */
final class NicIoctlLayout {
  static final int AF_INET = 2;
  static final int SOCK_DGRAM = 2;
  static final int SOCK_CLOEXEC = 02000000;
  static final int SIOCGIFFLAGS = 0x8913;
  static final int SIOCGIFMTU = 0x8921;
  static final int SIOCETHTOOL = 0x8946;
  static final int ETHTOOL_GSET = 1;

  static final int ENODEV = 19;
  private static final int EBUSY = 16;
  private static final int EOPNOTSUPP = 95;

  /** struct ifreq: IFNAMSIZ name, then a 24-byte union (short flags, int mtu, void *data). */
  static final int IFNAMSIZ = 16;

  static final int IFREQ_SIZE = IFNAMSIZ + 24;

  /** struct ethtool_cmd: u16 speed at 12, u8 duplex at 14, u16 speed_hi at 28; 44 bytes. */
  static final int ETHTOOL_CMD_SIZE = 44;

  static final int SPEED = 12;
  static final int DUPLEX = 14;
  static final int SPEED_HI = 28;

  private NicIoctlLayout() {}

  /** The ifr_name bytes of {@code nic}; a name of IFNAMSIZ bytes or more is refused. */
  static byte[] ifname(String nic) {
    byte[] name = nic.getBytes(StandardCharsets.UTF_8);
    if (name.length >= IFNAMSIZ) {
      throw new IllegalArgumentException("NIC name longer than IFNAMSIZ - 1: '" + nic + "'");
    }
    return name;
  }

  /** The errnos of SIOCETHTOOL for which psutil reports no speed nor duplex rather than fail. */
  static boolean ethtoolUnsupported(int errno) {
    return errno == EOPNOTSUPP || errno == NativeError.EINVAL || errno == EBUSY;
  }

  /** ethtool_cmd's speed: speed_hi above speed, 32 bits. */
  static long speed(short low, short high) {
    return (low & 0xFFFFL) | (high & 0xFFFFL) << 16;
  }
}
