package io.psutil4j.linux.nativeaccess;

import static io.psutil4j.linux.nativeaccess.FfmLibc.call;
import static io.psutil4j.linux.nativeaccess.FfmLibc.bind;
import static io.psutil4j.linux.nativeaccess.FfmLibc.errno;
import static io.psutil4j.linux.nativeaccess.FfmLibc.failure;
import static io.psutil4j.linux.nativeaccess.FfmLibc.unexpected;
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
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** psutil's net_if_stats ioctls through FFM, as {@link NicIoctls} makes them through JNA. */
final class FfmNicIoctls {
  /** ioctl(int, unsigned long, ...): the third argument is variadic. */
  private static final MethodHandle IOCTL =
      bind(
          "ioctl",
          FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS),
          Linker.Option.captureCallState("errno"),
          Linker.Option.firstVariadicArg(2));

  private FfmNicIoctls() {}

  /** As {@link NicIoctls#stats(List)}. */
  static List<long[]> stats(List<String> nics) {
    return call(
        "ioctl",
        (arena, state) -> {
      int fd = FfmLibc.socket(state, AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0, "socket");
      try {
        MemorySegment ifreq = arena.allocate(IFREQ_SIZE, Long.BYTES);
        MemorySegment cmd = arena.allocate(ETHTOOL_CMD_SIZE, Long.BYTES);
        List<long[]> out = new ArrayList<>(nics.size());
        for (String nic : nics) {
          out.add(stats(fd, state, ifreq, cmd, nic));
        }
        return out;
      } finally {
        int ignored = (int) FfmLibc.CLOSE.invokeExact(fd);
      }
        });
  }

  private static long @Nullable [] stats(
      int fd, MemorySegment state, MemorySegment ifreq, MemorySegment cmd, String nic)
      throws Throwable {
    byte[] name = NicIoctlLayout.ifname(nic);
    named(ifreq, name);
    if ((int) IOCTL.invokeExact(state, fd, (long) SIOCGIFFLAGS, ifreq) != 0) {
      return gone(nic, state);
    }
    long flags = Short.toUnsignedLong(ifreq.get(JAVA_SHORT, IFNAMSIZ));
    named(ifreq, name);
    if ((int) IOCTL.invokeExact(state, fd, (long) SIOCGIFMTU, ifreq) != 0) {
      return gone(nic, state);
    }
    long mtu = ifreq.get(JAVA_INT, IFNAMSIZ);
    cmd.fill((byte) 0);
    cmd.set(JAVA_INT, 0, ETHTOOL_GSET);
    named(ifreq, name);
    ifreq.set(ADDRESS, IFNAMSIZ, cmd);
    if ((int) IOCTL.invokeExact(state, fd, (long) SIOCETHTOOL, ifreq) != 0) {
      if (NicIoctlLayout.ethtoolUnsupported(errno(state))) {
        return new long[] {flags, mtu, -1, -1};
      }
      return gone(nic, state);
    }
    long speed = NicIoctlLayout.speed(cmd.get(JAVA_SHORT, SPEED), cmd.get(JAVA_SHORT, SPEED_HI));
    return new long[] {flags, mtu, speed, Byte.toUnsignedLong(cmd.get(JAVA_BYTE, DUPLEX))};
  }

  /** Null for a NIC removed since /proc/net/dev listed it (psutil skips it), else the error. */
  private static long @Nullable [] gone(String nic, MemorySegment state) {
    if (errno(state) == ENODEV) {
      return null;
    }
    throw failure("ioctl(" + nic + ")", state);
  }

  private static void named(MemorySegment ifreq, byte[] name) {
    ifreq.fill((byte) 0);
    MemorySegment.copy(name, 0, ifreq, JAVA_BYTE, 0, name.length);
  }
}
