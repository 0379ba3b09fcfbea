package io.psutil4j.linux.nativeaccess;

import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.AF_INET;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.ETHTOOL_CMD_SIZE;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.IFNAMSIZ;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.IFREQ_SIZE;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.SOCK_CLOEXEC;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.SOCK_DGRAM;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import java.util.List;

/**
 * psutil's net_if_stats ioctls through JNA ({@link NicIoctlLayout}): SIOCGIFFLAGS, SIOCGIFMTU and
 * SIOCETHTOOL with ETHTOOL_GSET, all on one AF_INET datagram socket per call.
 */
final class NicIoctls {
  private NicIoctls() {}

  /** As {@link NicIoctlLayout#stats(NicIoctlLayout.Ioctl, List)}. */
  static List<long[]> stats(List<String> nics) {
    LibC net = LibcCalls.libc();
    int fd = LibcCalls.checked("socket", () -> net.socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
    try {
      Memory ifreq = new Memory(IFREQ_SIZE);
      Memory cmd = new Memory(ETHTOOL_CMD_SIZE);
      return NicIoctlLayout.stats(
          (request, req, data) -> {
            ifreq.write(0, req, 0, IFREQ_SIZE);
            if (data != null) {
              cmd.write(0, data, 0, ETHTOOL_CMD_SIZE);
              ifreq.setPointer(IFNAMSIZ, cmd);
            }
            try {
              net.ioctl(fd, new NativeLong(request), ifreq);
            } catch (LastErrorException e) {
              return e.getErrorCode();
            }
            ifreq.read(0, req, 0, IFREQ_SIZE);
            if (data != null) {
              cmd.read(0, data, 0, ETHTOOL_CMD_SIZE);
            }
            return 0;
          },
          nics);
    } finally {
      net.close(fd);
    }
  }
}
