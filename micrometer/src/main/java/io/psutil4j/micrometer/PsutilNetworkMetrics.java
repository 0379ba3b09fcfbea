package io.psutil4j.micrometer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.psutil4j.NetIoCounters;
import io.psutil4j.Platforms;
import io.psutil4j.spi.Platform;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Traffic of each network interface of this network namespace, psutil's {@code
 * net_io_counters(pernic=True)}, tag {@code device}. The interfaces are those present when bound.
 *
 * <pre>
 * system.network.io{device,direction=receive|transmit}        counter, bytes
 * system.network.packets{device,direction=receive|transmit}   counter
 * system.network.errors{device,direction=receive|transmit}    counter
 * system.network.dropped{device,direction=receive|transmit}   counter
 * </pre>
 */
public final class PsutilNetworkMetrics implements MeterBinder {
  private final Platform platform;
  private final Iterable<Tag> tags;

  /** The interfaces of the host (network namespace) this JVM runs in. */
  public PsutilNetworkMetrics() {
    this(Platforms.current(), Tags.empty());
  }

  /** The interfaces {@code platform} reads, every meter with {@code tags}. */
  public PsutilNetworkMetrics(Platform platform, Iterable<Tag> tags) {
    this.platform = platform;
    this.tags = tags;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Reading<Map<String, NetIoCounters>> nics = Reading.of(platform::netIoCountersPernic);
    Map<String, NetIoCounters> present = Reading.once(platform::netIoCountersPernic);
    if (present == null) {
      return;
    }
    Meters meters = new Meters(registry, tags);
    for (String device : present.keySet()) {
      Supplier<NetIoCounters> nic = () -> PsutilDiskMetrics.entry(nics.get(), device);
      Meters of = meters.tagged("device", device);
      of.directions(
          "system.network.io",
          "Bytes since boot (psutil net_io_counters(pernic=True))",
          BaseUnits.BYTES,
          nic,
          "receive",
          NetIoCounters::bytesRecv,
          "transmit",
          NetIoCounters::bytesSent);
      of.directions(
          "system.network.packets",
          "Packets since boot (psutil net_io_counters(pernic=True))",
          null,
          nic,
          "receive",
          NetIoCounters::packetsRecv,
          "transmit",
          NetIoCounters::packetsSent);
      of.directions(
          "system.network.errors",
          "Errors since boot (psutil net_io_counters(pernic=True))",
          null,
          nic,
          "receive",
          NetIoCounters::errin,
          "transmit",
          NetIoCounters::errout);
      of.directions(
          "system.network.dropped",
          "Dropped packets since boot (psutil net_io_counters(pernic=True))",
          null,
          nic,
          "receive",
          NetIoCounters::dropin,
          "transmit",
          NetIoCounters::dropout);
    }
  }
}
