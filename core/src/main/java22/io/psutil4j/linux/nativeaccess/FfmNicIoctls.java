package io.psutil4j.linux.nativeaccess;

import static io.psutil4j.linux.nativeaccess.FfmLibc.bind;
import static io.psutil4j.linux.nativeaccess.FfmLibc.call;
import static io.psutil4j.linux.nativeaccess.FfmLibc.unexpected;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.AF_INET;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.ETHTOOL_CMD_SIZE;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.IFNAMSIZ;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.IFREQ_SIZE;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.SOCK_CLOEXEC;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.SOCK_DGRAM;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.List;

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
            return NicIoctlLayout.stats(
                (request, req, data) -> {
                  MemorySegment.copy(req, 0, ifreq, JAVA_BYTE, 0, IFREQ_SIZE);
                  if (data != null) {
                    MemorySegment.copy(data, 0, cmd, JAVA_BYTE, 0, ETHTOOL_CMD_SIZE);
                    ifreq.set(ADDRESS, IFNAMSIZ, cmd);
                  }
                  try {
                    if ((int) IOCTL.invokeExact(state, fd, request, ifreq) != 0) {
                      return FfmLibc.errno(state);
                    }
                  } catch (Throwable t) {
                    throw unexpected("ioctl", t);
                  }
                  MemorySegment.copy(ifreq, JAVA_BYTE, 0, req, 0, IFREQ_SIZE);
                  if (data != null) {
                    MemorySegment.copy(cmd, JAVA_BYTE, 0, data, 0, ETHTOOL_CMD_SIZE);
                  }
                  return 0;
                },
                nics);
          } finally {
            int ignored = (int) FfmLibc.CLOSE.invokeExact(fd);
          }
        });
  }
}
