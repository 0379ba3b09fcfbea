package io.psutil4j.linux.nativeaccess;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * psutil's net_if_stats ioctls (psutil/arch/linux/net.c): SIOCGIFFLAGS, SIOCGIFMTU and SIOCETHTOOL
 * with ETHTOOL_GSET, all on one AF_INET datagram socket per call.
 */
final class NicIoctls {
  private static final int AF_INET = 2;
  private static final int SOCK_DGRAM = 2;
  private static final int SOCK_CLOEXEC = 02000000;
  private static final NativeLong SIOCGIFFLAGS = new NativeLong(0x8913);
  private static final NativeLong SIOCGIFMTU = new NativeLong(0x8921);
  private static final NativeLong SIOCETHTOOL = new NativeLong(0x8946);
  private static final int ETHTOOL_GSET = 1;

  private static final int ENODEV = 19;
  private static final int EBUSY = 16;
  private static final int EOPNOTSUPP = 95;

  /** struct ifreq: IFNAMSIZ name, then a 24-byte union (short flags, int mtu, void *data). */
  private static final int IFNAMSIZ = 16;

  private static final int IFREQ_SIZE = IFNAMSIZ + 24;

  /** struct ethtool_cmd: u16 speed at 12, u8 duplex at 14, u16 speed_hi at 28; 44 bytes. */
  private static final int ETHTOOL_CMD_SIZE = 44;

  private static final int SPEED = 12;
  private static final int DUPLEX = 14;
  private static final int SPEED_HI = 28;

  private NicIoctls() {}

  /**
   * Per NIC, in order: {@code {flags, mtu, speed, duplex}} as the kernel gives them (speed the
   * 32-bit ethtool value, duplex its byte), speed and duplex -1 where ethtool is not supported
   * (EOPNOTSUPP, EINVAL, EBUSY, as psutil); null for a NIC gone meanwhile (ENODEV).
   */
  static List<long[]> stats(List<String> nics) {
    NetLibC net = NetLibC.Holder.net();
    int fd;
    try {
      fd = net.socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    } catch (LastErrorException e) {
      throw new NativeError("socket", e.getErrorCode());
    }
    try {
      Memory ifreq = new Memory(IFREQ_SIZE);
      Memory cmd = new Memory(ETHTOOL_CMD_SIZE);
      List<long[]> out = new ArrayList<>(nics.size());
      for (String nic : nics) {
        out.add(stats(net, fd, ifreq, cmd, nic));
      }
      return out;
    } finally {
      net.close(fd);
    }
  }

  private static long @Nullable [] stats(
      NetLibC net, int fd, Memory ifreq, Memory cmd, String nic) {
    byte[] name = nic.getBytes(StandardCharsets.UTF_8);
    if (name.length >= IFNAMSIZ) {
      throw new IllegalArgumentException("NIC name longer than IFNAMSIZ - 1: '" + nic + "'");
    }
    try {
      named(ifreq, name);
      net.ioctl(fd, SIOCGIFFLAGS, ifreq);
      long flags = ifreq.getShort(IFNAMSIZ) & 0xFFFF;
      named(ifreq, name);
      net.ioctl(fd, SIOCGIFMTU, ifreq);
      long mtu = ifreq.getInt(IFNAMSIZ);
      long[] ethtool = ethtool(net, fd, ifreq, cmd, name);
      return new long[] {flags, mtu, ethtool[0], ethtool[1]};
    } catch (LastErrorException e) {
      if (e.getErrorCode() == ENODEV) {
        return null; // psutil skips a NIC removed since /proc/net/dev listed it
      }
      throw new NativeError("ioctl(" + nic + ")", e.getErrorCode());
    }
  }

  /** {speed, duplex} from ETHTOOL_GSET, or {-1, -1} where the driver has no answer. */
  private static long[] ethtool(NetLibC net, int fd, Memory ifreq, Memory cmd, byte[] name) {
    cmd.clear();
    cmd.setInt(0, ETHTOOL_GSET);
    named(ifreq, name);
    ifreq.setPointer(IFNAMSIZ, cmd);
    try {
      net.ioctl(fd, SIOCETHTOOL, ifreq);
    } catch (LastErrorException e) {
      int errno = e.getErrorCode();
      if (errno == EOPNOTSUPP || errno == NativeError.EINVAL || errno == EBUSY) {
        return new long[] {-1, -1};
      }
      throw e;
    }
    long speed = (cmd.getShort(SPEED) & 0xFFFFL) | (cmd.getShort(SPEED_HI) & 0xFFFFL) << 16;
    return new long[] {speed, cmd.getByte(DUPLEX) & 0xFF};
  }

  private static void named(Memory ifreq, byte[] name) {
    ifreq.clear();
    ifreq.write(0, name, 0, name.length);
  }
}
