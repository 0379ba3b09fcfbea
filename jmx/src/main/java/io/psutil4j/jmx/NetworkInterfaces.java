package io.psutil4j.jmx;

import io.psutil4j.AddressFamily;
import io.psutil4j.NetIoCounters;
import io.psutil4j.NicAddress;
import io.psutil4j.NicStats;
import io.psutil4j.spi.Platform;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** The NetworkInterface reading: one per NIC of /proc/net/dev, with its stats and addresses. */
final class NetworkInterfaces {
  private NetworkInterfaces() {}

  /** One NIC; stats and addresses are null when their read failed. */
  static final class Nic {
    final NetIoCounters io;
    final @Nullable NicStats stats;
    final @Nullable String ipv4;
    final @Nullable String ipv6;

    Nic(NetIoCounters io, @Nullable NicStats stats, @Nullable String ipv4, @Nullable String ipv6) {
      this.io = io;
      this.stats = stats;
      this.ipv4 = ipv4;
      this.ipv6 = ipv6;
    }
  }

  /**
   * The chosen NICs, each with its sysfs files read through {@code stats} ({@link DeadlineCalls}: a
   * NIC whose sysfs read hangs reads null stats and is skipped until that read returns; {@link
   * IntervalCalls}: read at most every nics.interval). The counters of /proc/net/dev and the
   * addresses, one read for every NIC, are read each time.
   */
  static Map<String, Nic> read(
      Platform platform,
      EntitySelector selector,
      Function<Collection<String>, Map<String, NicStats>> stats) {
    Map<String, NetIoCounters> io = Entities.chosen(platform.netIoCountersPernic(), selector);
    Map<String, NicStats> state = stats.apply(io.keySet());
    Map<String, List<NicAddress>> addrs = quietly(platform::netIfAddrs);
    Map<String, Nic> out = new LinkedHashMap<>();
    for (Map.Entry<String, NetIoCounters> e : io.entrySet()) {
      List<NicAddress> a = addrs.getOrDefault(e.getKey(), Collections.emptyList());
      out.put(
          e.getKey(),
          new Nic(
              e.getValue(),
              state.get(e.getKey()),
              first(a, AddressFamily.AF_INET),
              first(a, AddressFamily.AF_INET6)));
    }
    return out;
  }

  /** One NIC's state by its sysfs files; null when it is gone. */
  static @Nullable NicStats stats(Platform platform, String nic) {
    return platform.netIfStats(nic).orElse(null);
  }

  private static @Nullable String first(List<NicAddress> addrs, AddressFamily family) {
    for (NicAddress a : addrs) {
      if (a.family() == family && a.address().isPresent()) {
        return a.address().get();
      }
    }
    return null;
  }

  private static <V> Map<String, V> quietly(Supplier<Map<String, V>> read) {
    try {
      return read.get();
    } catch (RuntimeException e) {
      return Collections.emptyMap();
    }
  }
}
