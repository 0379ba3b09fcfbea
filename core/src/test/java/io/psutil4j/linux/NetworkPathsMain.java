package io.psutil4j.linux;

import io.psutil4j.NicStats;
import io.psutil4j.linux.nativeaccess.NativeLinux;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

/**
 * Run in a JVM of its own by {@link NetworkNativeGateTest}: prints "native BINDING" or "files"
 * (which way this JVM's network readings go), then one line per reading whose native answer differs
 * from its fallback, then "END". It makes every network reading once, as a host's MBeans would;
 * where the native way is not allowed it never asks it, so nothing may reach stderr.
 */
public final class NetworkPathsMain {
  private static final Path PROC = Paths.get("/proc");
  private static final Path SYS = Paths.get("/sys");

  private NetworkPathsMain() {}

  public static void main(String[] args) {
    LinuxPlatform live = LinuxPlatform.builder().warningStream(null).build();
    StringBuilder out =
        new StringBuilder(
            live.asksKernelNetwork()
                ? "native " + NativeLinux.fastPathBinding() + "\n"
                : "files\n");
    live.netIfStats();
    live.netIfAddrs();
    live.netConnections("all");
    if (live.asksKernelNetwork()) {
      if (!dicts(new NetReader(PROC, SYS, true).ifStats())
          .equals(dicts(new NetReader(PROC, SYS, false).ifStats()))) {
        out.append("net_if_stats differs\n");
      }
      Map<String, HashSet<Object>> addrs = new HashMap<>();
      new NicAddressReader(SYS, true).read().forEach((k, v) -> addrs.put(k, new HashSet<>(v)));
      Map<String, HashSet<Object>> fallback = new HashMap<>();
      new NicAddressReader(SYS, false).read().forEach((k, v) -> fallback.put(k, new HashSet<>(v)));
      if (!addrs.equals(fallback)) {
        out.append("net_if_addrs differs\n");
      }
    }
    System.out.print(out.append("END\n"));
  }

  private static Map<String, Map<String, Object>> dicts(Map<String, NicStats> stats) {
    Map<String, Map<String, Object>> out = new HashMap<>();
    stats.forEach((nic, s) -> out.put(nic, s.asDict()));
    return out;
  }
}
