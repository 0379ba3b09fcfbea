package io.psutil4j.benchmarks;

import io.psutil4j.Psutil;
import io.psutil4j.benchmarks.nativeaccess.Ifaddrs;
import java.io.IOException;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import oshi.hardware.NetworkIF;
import oshi.software.os.InternetProtocolStats.IPConnection;

/**
 * net_io_counters(pernic=True), net_if_addrs(), net_if_stats() and net_connections('inet'). OSHI's
 * only fresh view of the NICs is {@code getNetworkIFs(true)}, which re-enumerates them and reads
 * sysfs statistics for each.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class NetBench {
  private static final Path NET_DEV = Paths.get("/proc/net/dev");
  private static final Path PROC = Paths.get("/proc");

  /** kind='inet', psutil's default. */
  static final Path[] INET = {
    Paths.get("/proc/net/tcp"),
    Paths.get("/proc/net/tcp6"),
    Paths.get("/proc/net/udp"),
    Paths.get("/proc/net/udp6")
  };

  private final Floor floor = new Floor();
  private Ifaddrs ifaddrs;
  private final List<Path[]> nicSysFiles = new ArrayList<>();

  @Setup
  public void setup() throws IOException {
    ifaddrs = new Ifaddrs();
    try (DirectoryStream<Path> nics = Files.newDirectoryStream(Paths.get("/sys/class/net"))) {
      for (Path nic : nics) {
        nicSysFiles.add(
            new Path[] {
              nic.resolve("mtu"), nic.resolve("flags"), nic.resolve("speed"), nic.resolve("duplex")
            });
      }
    }
  }

  @Benchmark
  public Object netIoPernic_psutil4j() {
    return Psutil.netIoCountersPernic(true);
  }

  @Benchmark
  public List<NetworkIF> netIoPernic_oshi() {
    return Oshi.hal().getNetworkIFs(true);
  }

  @Benchmark
  public long netIoPernic_floor() throws IOException {
    return floor.read(NET_DEV);
  }

  @Benchmark
  public Object netIfAddrs_psutil4j() {
    return Psutil.netIfAddrs();
  }

  @Benchmark
  public void netIfAddrs_oshi(Blackhole bh) {
    for (NetworkIF nic : Oshi.hal().getNetworkIFs(true)) {
      bh.consume(nic.getIPv4addr());
      bh.consume(nic.getIPv6addr());
      bh.consume(nic.getMacaddr());
    }
  }

  @Benchmark
  public void netIfAddrs_jdk(Blackhole bh) throws IOException {
    Enumeration<NetworkInterface> nics = NetworkInterface.getNetworkInterfaces();
    while (nics.hasMoreElements()) {
      NetworkInterface nic = nics.nextElement();
      for (InterfaceAddress address : nic.getInterfaceAddresses()) {
        bh.consume(address);
      }
      bh.consume(nic.getHardwareAddress());
    }
  }

  /** The syscalls alone: getifaddrs + freeifaddrs, no walk of the list. */
  @Benchmark
  public int netIfAddrs_floor() {
    return ifaddrs.fetchAndFree();
  }

  @Benchmark
  public Object netIfStats_psutil4j() {
    return Psutil.netIfStats();
  }

  @Benchmark
  public void netIfStats_oshi(Blackhole bh) {
    for (NetworkIF nic : Oshi.hal().getNetworkIFs(true)) {
      bh.consume(nic.getMTU());
      bh.consume(nic.getSpeed());
      bh.consume(nic.getIfOperStatus());
    }
  }

  @Benchmark
  public void netIfStats_jdk(Blackhole bh) throws IOException {
    Enumeration<NetworkInterface> nics = NetworkInterface.getNetworkInterfaces();
    while (nics.hasMoreElements()) {
      NetworkInterface nic = nics.nextElement();
      bh.consume(nic.isUp());
      bh.consume(nic.getMTU());
    }
  }

  /**
   * psutil uses three ioctls per NIC; without native code the same facts are sysfs files (speed and
   * duplex go through ethtool inside the kernel, as SIOCETHTOOL does).
   */
  @Benchmark
  public long netIfStats_floor() throws IOException {
    long total = floor.read(NET_DEV);
    for (Path[] files : nicSysFiles) {
      for (Path file : files) {
        try {
          total += floor.read(file);
        } catch (IOException e) {
          // speed and duplex give EINVAL on virtual NICs, as the ethtool ioctl does
          total++;
        }
      }
    }
    return total;
  }

  @Benchmark
  public Object netConnections_psutil4j() {
    return Psutil.netConnections("inet");
  }

  /** tcp, tcp6, udp, udp6 plus a readlink of every fd of every process it may see. */
  @Benchmark
  public List<IPConnection> netConnections_oshi() {
    return Oshi.os().getInternetProtocolStats().getConnections();
  }

  @Benchmark
  public long netConnections_floor() throws IOException {
    long total = 0;
    for (Path file : INET) {
      total += floor.read(file);
    }
    try (DirectoryStream<Path> pids = Files.newDirectoryStream(PROC)) {
      for (Path pid : pids) {
        if (!Floor.isPid(pid)) {
          continue;
        }
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(pid.resolve("fd"))) {
          for (Path fd : fds) {
            total += Files.readSymbolicLink(fd).getNameCount();
          }
        } catch (IOException goneOrDenied) {
          // psutil skips processes that exit or deny their fds
        }
      }
    }
    return total;
  }
}
