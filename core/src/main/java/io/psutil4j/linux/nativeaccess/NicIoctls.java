package io.psutil4j.linux.nativeaccess;

import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.AF_INET;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.DUPLEX;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.ENODEV;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.ETHTOOL_CMD_SIZE;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.ETHTOOL_GSET;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.IFNAMSIZ;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.IFREQ_SIZE;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.SIOCETHTOOL;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.SIOCGIFFLAGS;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.SIOCGIFMTU;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.SOCK_CLOEXEC;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.SOCK_DGRAM;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.SPEED;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.SPEED_HI;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.ethtoolUnsupported;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.ifname;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.speed;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * psutil's net_if_stats ioctls through JNA ({@link NicIoctlLayout}): SIOCGIFFLAGS, SIOCGIFMTU and
 * SIOCETHTOOL with ETHTOOL_GSET, all on one AF_INET datagram socket per call.
 */
final class NicIoctls {
  /** The requests as JNA passes an unsigned long. */
  private static final NativeLong GET_FLAGS = new NativeLong(SIOCGIFFLAGS);

  private static final NativeLong GET_MTU = new NativeLong(SIOCGIFMTU);
  private static final NativeLong ETHTOOL = new NativeLong(SIOCETHTOOL);

  private NicIoctls() {}

  /**
   * Per NIC, in order: {@code {flags, mtu, speed, duplex}} as the kernel gives them (speed the
   * 32-bit ethtool value, duplex its byte), speed and duplex -1 where ethtool is not supported
   * (EOPNOTSUPP, EINVAL, EBUSY, as psutil); null for a NIC gone meanwhile (ENODEV).
   */
  static List<long[]> stats(List<String> nics) {
    LibC net = LibcCalls.libc();
    int fd = LibcCalls.checked("socket", () -> net.socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
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

  private static long @Nullable [] stats(LibC net, int fd, Memory ifreq, Memory cmd, String nic) {
    byte[] name = ifname(nic);
    try {
      named(ifreq, name);
      net.ioctl(fd, GET_FLAGS, ifreq);
      long flags = ifreq.getShort(IFNAMSIZ) & 0xFFFF;
      named(ifreq, name);
      net.ioctl(fd, GET_MTU, ifreq);
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
  private static long[] ethtool(LibC net, int fd, Memory ifreq, Memory cmd, byte[] name) {
    cmd.clear();
    cmd.setInt(0, ETHTOOL_GSET);
    named(ifreq, name);
    ifreq.setPointer(IFNAMSIZ, cmd);
    try {
      net.ioctl(fd, ETHTOOL, ifreq);
    } catch (LastErrorException e) {
      int errno = e.getErrorCode();
      if (ethtoolUnsupported(errno)) {
        return new long[] {-1, -1};
      }
      throw e;
    }
    long speed = speed(cmd.getShort(SPEED), cmd.getShort(SPEED_HI));
    return new long[] {speed, cmd.getByte(DUPLEX) & 0xFF};
  }

  private static void named(Memory ifreq, byte[] name) {
    ifreq.clear();
    ifreq.write(0, name, 0, name.length);
  }
}
