package io.psutil4j.benchmarks;

import io.psutil4j.Process;
import io.psutil4j.Psutil;
import io.psutil4j.jmx.JmxConfig;
import io.psutil4j.jmx.PsutilMBeans;
import io.psutil4j.jmx.Registration;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
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
 * Every attribute of every psutil4j MBean read through the platform MBeanServer, as a scraper that
 * knows the attribute names does: one {@code getAttributes} per MBean. Registered twice: with cache
 * 0 (every attribute reads the kernel) and with the default 1000 ms cache.
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

  @Setup
  public void setup() throws JMException, IOException {
    uncached = PsutilMBeans.register(server, JmxConfig.of("psutil4j", 0));
    cached =
        PsutilMBeans.register(
            server, JmxConfig.of("psutil4j.cached", JmxConfig.DEFAULT_CACHE_MILLIS));
    collect(uncached.names(), uncachedNames, uncachedAttributes);
    collect(cached.names(), cachedNames, cachedAttributes);
    jdkOsAttributes = attributeNames(jdkOs);
    self = Process.current();

    Path dir = Paths.get("/proc", Long.toString(ProcessHandle.current().pid()));
    for (String file : new String[] {"stat", "loadavg", "meminfo", "vmstat"}) {
      floorFiles.add(Paths.get("/proc", file));
    }
    try (DirectoryStream<Path> cpus =
        Files.newDirectoryStream(Paths.get("/sys/devices/system/cpu"), "cpu[0-9]*")) {
      for (Path cpu : cpus) {
        floorFiles.add(cpu.resolve("topology/core_cpus_list"));
      }
    }
    for (String file : new String[] {"stat", "status", "statm"}) {
      floorFiles.add(dir.resolve(file));
    }
    floorFdDir = dir.resolve("fd");
  }

  @TearDown
  public void tearDown() {
    uncached.close();
    cached.close();
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
    bh.consume(Psutil.cpuTimes());
    bh.consume(Psutil.getloadavg());
    bh.consume(Psutil.cpuCount(true));
    bh.consume(Psutil.cpuCount(false));
    bh.consume(Psutil.virtualMemory());
    bh.consume(Psutil.swapMemory());
    bh.consume(Psutil.bootTime());
    Process.Oneshot scope = self.oneshot();
    try {
      bh.consume(self.ppid());
      bh.consume(self.name());
      bh.consume(self.createTime());
      bh.consume(self.memoryInfo());
      bh.consume(self.numFds());
      bh.consume(self.numThreads());
      bh.consume(self.numCtxSwitches());
    } finally {
      scope.close();
    }
  }

  /** Every attribute of the JDK's java.lang:type=OperatingSystem MXBean. */
  @Benchmark
  public AttributeList mbeanReadAll_jdk() throws JMException {
    return server.getAttributes(jdkOs, jdkOsAttributes);
  }

  @Benchmark
  public long mbeanReadAll_floor() throws IOException {
    long total = Floor.list(floorFdDir);
    for (Path file : floorFiles) {
      total += floor.read(file);
    }
    return total;
  }
}
