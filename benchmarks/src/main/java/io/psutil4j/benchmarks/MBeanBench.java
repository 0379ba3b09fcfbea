package io.psutil4j.benchmarks;

import io.psutil4j.Platforms;
import io.psutil4j.Process;
import io.psutil4j.ProcessRlimit;
import io.psutil4j.Psutil;
import io.psutil4j.jmx.JmxConfig;
import io.psutil4j.jmx.MBeanGroup;
import io.psutil4j.jmx.PsutilMBeans;
import io.psutil4j.jmx.Registration;
import io.psutil4j.spi.Platform;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.management.AttributeList;
import javax.management.JMException;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Every attribute of the host and process MBeans (Cpu, Memory, Swap, Host, Process) read through
 * the platform MBeanServer, as a scraper that knows the attribute names does: one {@code
 * getAttributes} per MBean. Registered twice: with cache 0 (every request reads the kernel) and
 * with the default 1000 ms cache. {@code _coreSum} makes the same core calls directly and {@code
 * _floor} reads the same kernel files without parsing; {@code mbeanReadAllGroups_psutil4j} reads
 * every MBean of the default registration (per-CPU, disks, mounts, NICs, threads, cgroup, ...).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class MBeanBench {
  private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
  private final Floor floor = new Floor();
  private Registration uncached;
  private Registration cached;
  private final List<ObjectName> uncachedNames = new ArrayList<>();
  private final List<String[]> uncachedAttributes = new ArrayList<>();
  private final List<ObjectName> cachedNames = new ArrayList<>();
  private final List<String[]> cachedAttributes = new ArrayList<>();
  private final ObjectName jdkOs = name("java.lang:type=OperatingSystem");
  private String[] jdkOsAttributes;
  private Process self;

  /** The files one snapshot of every MBean needs, each read once. */
  private final List<Path> floorFiles = new ArrayList<>();

  private Path floorFdDir;
  private Path floorProcDir;

  private static final Set<MBeanGroup> HOST_AND_PROCESS =
      EnumSet.of(
          MBeanGroup.CPU, MBeanGroup.MEMORY, MBeanGroup.SWAP, MBeanGroup.HOST, MBeanGroup.PROCESS);

  private Registration everything;
  private final List<ObjectName> everythingNames = new ArrayList<>();
  private final List<String[]> everythingAttributes = new ArrayList<>();
  private final Platform platform = Platforms.current();

  @Setup
  public void setup() throws JMException, IOException {
    uncached =
        PsutilMBeans.register(server, JmxConfig.of("psutil4j", 0).withGroups(HOST_AND_PROCESS));
    cached =
        PsutilMBeans.register(
            server,
            JmxConfig.of("psutil4j.cached", JmxConfig.DEFAULT_CACHE_MILLIS)
                .withGroups(HOST_AND_PROCESS));
    everything = PsutilMBeans.register(server, JmxConfig.of("psutil4j.all", 0));
    collect(uncached.names(), uncachedNames, uncachedAttributes);
    collect(cached.names(), cachedNames, cachedAttributes);
    collect(everything.names(), everythingNames, everythingAttributes);
    jdkOsAttributes = attributeNames(jdkOs);
    self = Process.current();

    Path dir = Paths.get("/proc", Long.toString(ProcessHandle.current().pid()));
    for (String file : new String[] {"stat", "loadavg", "meminfo", "vmstat", "cpuinfo"}) {
      floorFiles.add(Paths.get("/proc", file));
    }
    floorFiles.add(Paths.get("/sys/devices/system/cpu/online"));
    floorFiles.add(Paths.get("/var/run/utmp"));
    try (DirectoryStream<Path> cpus =
        Files.newDirectoryStream(Paths.get("/sys/devices/system/cpu"), "cpu[0-9]*")) {
      for (Path cpu : cpus) {
        floorFiles.add(cpu.resolve("topology/core_cpus_list"));
      }
    }
    for (String file : new String[] {"stat", "status", "statm", "smaps_rollup", "io", "limits"}) {
      floorFiles.add(dir.resolve(file));
    }
    floorFdDir = dir.resolve("fd");
    floorProcDir = Paths.get("/proc");
  }

  @TearDown
  public void tearDown() {
    uncached.close();
    cached.close();
    everything.close();
  }

  private void collect(List<ObjectName> names, List<ObjectName> into, List<String[]> attributes)
      throws JMException {
    for (ObjectName name : names) {
      into.add(name);
      attributes.add(attributeNames(name));
    }
  }

  private String[] attributeNames(ObjectName name) throws JMException {
    MBeanAttributeInfo[] infos = server.getMBeanInfo(name).getAttributes();
    String[] names = new String[infos.length];
    for (int i = 0; i < infos.length; i++) {
      names[i] = infos[i].getName();
    }
    return names;
  }

  private static ObjectName name(String name) {
    try {
      return new ObjectName(name);
    } catch (JMException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private void readAll(List<ObjectName> names, List<String[]> attributes, Blackhole bh)
      throws JMException {
    for (int i = 0; i < names.size(); i++) {
      AttributeList values = server.getAttributes(names.get(i), attributes.get(i));
      if (values.size() != attributes.get(i).length) {
        throw new IllegalStateException(names.get(i) + " answered " + values.size());
      }
      bh.consume(values);
    }
  }

  /** Cache 0: each attribute is a fresh kernel reading. */
  @Benchmark
  public void mbeanReadAll_psutil4j(Blackhole bh) throws JMException {
    readAll(uncachedNames, uncachedAttributes, bh);
  }

  /** The default 1 s cache: about one kernel reading per MBean per second, the rest is JMX. */
  @Benchmark
  public void mbeanReadAll_psutil4jCache1s(Blackhole bh) throws JMException {
    readAll(cachedNames, cachedAttributes, bh);
  }

  /**
   * The core calls one snapshot of every MBean makes, called directly: the target for a read of all
   * attributes.
   */
  @Benchmark
  public void mbeanReadAll_coreSum(Blackhole bh) {
    bh.consume(platform.cpuTimesAndStats());
    bh.consume(Psutil.getloadavg());
    bh.consume(Psutil.cpuCount(true));
    bh.consume(Psutil.cpuCount(false));
    bh.consume(platform.cpuFreqPercpu());
    bh.consume(Psutil.virtualMemory());
    bh.consume(Psutil.swapMemory());
    bh.consume(Psutil.bootTime());
    bh.consume(Psutil.users());
    bh.consume(Psutil.pids());
    Process.Oneshot scope = self.oneshot();
    try {
      bh.consume(self.ppid());
      bh.consume(self.name());
      bh.consume(self.createTime());
      bh.consume(self.memoryInfo());
      bh.consume(self.numFds());
      bh.consume(self.numThreads());
      bh.consume(self.numCtxSwitches());
      bh.consume(self.memoryInfoEx());
      bh.consume(self.memoryFootprint());
      bh.consume(self.pageFaults());
      bh.consume(self.ioCounters());
      bh.consume(self.cpuTimes());
      bh.consume(self.cpuPercent());
      bh.consume(self.rlimit(ProcessRlimit.RLIMIT_NOFILE));
    } finally {
      scope.close();
    }
    bh.consume(platform.heapInfo());
  }

  /** Every MBean the agent registers by default, cache 0: the cost of one full scrape. */
  @Benchmark
  public void mbeanReadAllGroups_psutil4j(Blackhole bh) throws JMException {
    readAll(everythingNames, everythingAttributes, bh);
  }

  /** Every attribute of the JDK's java.lang:type=OperatingSystem MXBean. */
  @Benchmark
  public AttributeList mbeanReadAll_jdk() throws JMException {
    return server.getAttributes(jdkOs, jdkOsAttributes);
  }

  @Benchmark
  public long mbeanReadAll_floor() throws IOException {
    long total = (long) Floor.list(floorFdDir) + Floor.list(floorProcDir);
    for (Path file : floorFiles) {
      total += floor.read(file);
    }
    return total;
  }
}
