package io.psutil4j.linux;

import io.psutil4j.NetIoCounters;
import io.psutil4j.NicDuplex;
import io.psutil4j.NicStats;
import io.psutil4j.linux.nativeaccess.NativeError;
import io.psutil4j.linux.nativeaccess.NativeLinux;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * psutil's {@code net_io_counters} (/proc/net/dev) and {@code net_if_stats}. Where native calls are
 * allowed quietly, net_if_stats asks the kernel as psutil does: SIOCGIFFLAGS, SIOCGIFMTU and
 * ETHTOOL_GSET on one socket. Otherwise (or when those fail) the same values come from
 * /sys/class/net/NIC, except IFF_RUNNING, which the kernel computes for SIOCGIFFLAGS
 * (net/core/dev.c dev_get_flags: up and operstate up or unknown) and we compute the same way.
 */
final class NetReader {
  private static final int IFF_UP = 0x1;
  private static final int IFF_RUNNING = 0x40;

  /** SIOCGIFFLAGS's 16 flag bits and psutil's names for them, in psutil's order. */
  private static final int[] FLAG_BITS = {
    0x1, 0x2, 0x4, 0x8, 0x10, 0x20, 0x40, 0x80, 0x100, 0x200, 0x400, 0x800, 0x1000, 0x2000, 0x4000,
    0x8000
  };

  private static final String[] FLAG_NAMES = {
    "up", "broadcast", "debug", "loopback", "pointopoint", "notrailers", "running", "noarp",
    "promisc", "allmulti", "master", "slave", "multicast", "portsel", "automedia", "dynamic"
  };

  private static final int DUPLEX_HALF = 0;
  private static final int DUPLEX_FULL = 1;

  private final Path procRoot;
  private final Path sysRoot;
  private final boolean ioctls;

  /**
   * @param ioctls whether to ask the kernel by ioctl: only for this machine's own /proc and /sys,
   *     and only where native access is quiet
   */
  NetReader(Path procRoot, Path sysRoot, boolean ioctls) {
    this.procRoot = procRoot;
    this.sysRoot = sysRoot;
    this.ioctls = ioctls;
  }

  Map<String, long[]> rawNetDev() {
    try {
      return KernelFiles.read(procRoot.resolve("net/dev"), NetDev::parse);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Map<String, NetIoCounters> ioCounters() {
    Map<String, NetIoCounters> out = new LinkedHashMap<>();
    rawNetDev().forEach((nic, v) -> out.put(nic, NetIoCounters.of(v)));
    return Collections.unmodifiableMap(out);
  }

  /** Each NIC of /proc/net/dev that still exists (psutil skips ENODEV). */
  Map<String, NicStats> ifStats() {
    List<String> nics = new ArrayList<>(rawNetDev().keySet());
    List<NicStats> stats = ioctls ? fromIoctls(nics) : null;
    Map<String, NicStats> out = new LinkedHashMap<>();
    for (int i = 0; i < nics.size(); i++) {
      NicStats one = stats != null ? stats.get(i) : fromSysfs(nics.get(i));
      if (one != null) {
        out.put(nics.get(i), one);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** One NIC; null when it is gone (ENODEV). */
  @Nullable NicStats ifStats(String nic) {
    List<NicStats> stats = ioctls ? fromIoctls(List.of(nic)) : null;
    return stats != null ? stats.get(0) : fromSysfs(nic);
  }

  /** psutil's ioctls, or null when they cannot be made here (the caller reads sysfs instead). */
  private static @Nullable List<NicStats> fromIoctls(List<String> nics) {
    List<long[]> raw;
    try {
      raw = NativeLinux.nicStats(nics);
    } catch (UnsupportedOperationException | NativeError | IllegalArgumentException e) {
      return null;
    }
    List<NicStats> out = new ArrayList<>(raw.size());
    for (long[] r : raw) {
      out.add(r == null ? null : fromKernel((int) r[0], (int) r[1], r[2], (int) r[3]));
    }
    return out;
  }

  /** psutil's conversion: isup is IFF_RUNNING; SPEED_UNKNOWN (-1 as u32) and no ethtool give 0. */
  private static NicStats fromKernel(int flags, int mtu, long speed, int duplex) {
    NicDuplex d =
        duplex == DUPLEX_FULL
            ? NicDuplex.NIC_DUPLEX_FULL
            : duplex == DUPLEX_HALF ? NicDuplex.NIC_DUPLEX_HALF : NicDuplex.NIC_DUPLEX_UNKNOWN;
    return NicStats.of(
        (flags & IFF_RUNNING) != 0,
        d,
        speed < 0 || speed > Integer.MAX_VALUE ? 0 : (int) speed,
        mtu,
        flagNames(flags));
  }

  /** One NIC's sysfs files; null when it is gone (ENODEV). */
  private @Nullable NicStats fromSysfs(String nic) {
    Path dir = sysRoot.resolve("class/net").resolve(nic);
    String flagsText = CpuFreqReader.text(dir.resolve("flags"));
    String mtuText = CpuFreqReader.text(dir.resolve("mtu"));
    if (flagsText == null || mtuText == null) {
      return null; // gone between the two reads: ENODEV
    }
    int flags = (int) parseLong(flagsText, dir.resolve("flags"));
    if ((flags & IFF_UP) != 0 && operUp(CpuFreqReader.text(dir.resolve("operstate")))) {
      flags |= IFF_RUNNING;
    }
    long speed = speed(CpuFreqReader.text(dir.resolve("speed")));
    return NicStats.of(
        (flags & IFF_RUNNING) != 0,
        duplex(CpuFreqReader.text(dir.resolve("duplex"))),
        (int) speed,
        (int) parseLong(mtuText, dir.resolve("mtu")),
        flagNames(flags));
  }

  /** The kernel's netif_oper_up: operstate up, or unknown (drivers that never set it, lo). */
  private static boolean operUp(@Nullable String operstate) {
    return "up".equals(operstate) || "unknown".equals(operstate);
  }

  /** Mbit/s; psutil gives 0 for SPEED_UNKNOWN (-1), above INT_MAX, or when ethtool fails. */
  private static long speed(@Nullable String text) {
    if (text == null) {
      return 0;
    }
    try {
      long v = Long.parseLong(text);
      return v < 0 || v > Integer.MAX_VALUE ? 0 : v;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static NicDuplex duplex(@Nullable String text) {
    if ("full".equals(text)) {
      return NicDuplex.NIC_DUPLEX_FULL;
    }
    if ("half".equals(text)) {
      return NicDuplex.NIC_DUPLEX_HALF;
    }
    return NicDuplex.NIC_DUPLEX_UNKNOWN;
  }

  static String flagNames(int flags) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < FLAG_BITS.length; i++) {
      if ((flags & FLAG_BITS[i]) != 0) {
        out.append(out.length() == 0 ? "" : ",").append(FLAG_NAMES[i]);
      }
    }
    return out.toString();
  }

  /** Decimal or 0x-prefixed hex (sysfs prints flags as 0x1003). */
  private static long parseLong(String text, Path file) {
    try {
      return text.startsWith("0x") ? Long.parseLong(text.substring(2), 16) : Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new UncheckedIOException(
          new IOException(file + ": expected a number, got '" + text + "'"));
    }
  }
}
