package io.psutil4j.linux.nativeaccess;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

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

  /** One binding's ioctl on its AF_INET datagram socket. */
  interface Ioctl {
    /**
     * ioctl(fd, request, ifreq) with {@code ifreq}'s bytes in native memory, ifr_data pointing to
     * {@code cmd}'s when one is given; both read back after the call. 0, or the errno it failed
     * with.
     */
    int call(long request, byte[] ifreq, byte @Nullable [] cmd);
  }

  /** Per NIC, in order, what {@link NativeLinux#nicStats} says. */
  static List<long[]> stats(Ioctl ioctl, List<String> nics) {
    List<long[]> out = new ArrayList<>(nics.size());
    for (String nic : nics) {
      out.add(stats(ioctl, nic));
    }
    return out;
  }

  private static long @Nullable [] stats(Ioctl ioctl, String nic) {
    byte[] name = ifname(nic);
    byte[] ifreq = Arrays.copyOf(name, IFREQ_SIZE);
    int errno = ioctl.call(SIOCGIFFLAGS, ifreq, null);
    if (errno != 0) {
      return gone(nic, errno);
    }
    long flags = Short.toUnsignedLong(nativeOrder(ifreq).getShort(IFNAMSIZ));
    ifreq = Arrays.copyOf(name, IFREQ_SIZE);
    errno = ioctl.call(SIOCGIFMTU, ifreq, null);
    if (errno != 0) {
      return gone(nic, errno);
    }
    long mtu = nativeOrder(ifreq).getInt(IFNAMSIZ);
    byte[] cmd = new byte[ETHTOOL_CMD_SIZE];
    nativeOrder(cmd).putInt(0, ETHTOOL_GSET);
    errno = ioctl.call(SIOCETHTOOL, Arrays.copyOf(name, IFREQ_SIZE), cmd);
    if (errno != 0) {
      return ethtoolUnsupported(errno) ? new long[] {flags, mtu, -1, -1} : gone(nic, errno);
    }
    ByteBuffer ethtool = nativeOrder(cmd);
    long speed = speed(ethtool.getShort(SPEED), ethtool.getShort(SPEED_HI));
    return new long[] {flags, mtu, speed, Byte.toUnsignedLong(cmd[DUPLEX])};
  }

  /** Null for a NIC removed since /proc/net/dev listed it (psutil skips it), else the error. */
  private static long @Nullable [] gone(String nic, int errno) {
    if (errno == ENODEV) {
      return null;
    }
    throw new NativeError("ioctl(" + nic + ")", errno);
  }

  private static ByteBuffer nativeOrder(byte[] bytes) {
    return ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder());
  }

  /** The ifr_name bytes of {@code nic}; a name of IFNAMSIZ bytes or more is refused. */
  private static byte[] ifname(String nic) {
    byte[] name = nic.getBytes(StandardCharsets.UTF_8);
    if (name.length >= IFNAMSIZ) {
      throw new IllegalArgumentException("NIC name longer than IFNAMSIZ - 1: '" + nic + "'");
    }
    return name;
  }

  /** The errnos of SIOCETHTOOL for which psutil reports no speed nor duplex rather than fail. */
  private static boolean ethtoolUnsupported(int errno) {
    return errno == EOPNOTSUPP || errno == NativeError.EINVAL || errno == EBUSY;
  }

  /** ethtool_cmd's speed: speed_hi above speed, 32 bits. */
  private static long speed(short low, short high) {
    return (low & 0xFFFFL) | (high & 0xFFFFL) << 16;
  }
}
