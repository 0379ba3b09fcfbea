package io.psutil4j.jmx;

import io.psutil4j.CgroupInfo;
import io.psutil4j.DiskUsage;
import io.psutil4j.NicStats;
import io.psutil4j.Platforms;
import io.psutil4j.Process;
import io.psutil4j.spi.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.management.InstanceAlreadyExistsException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Registers psutil4j's MBeans in an MBeanServer, with or without the agent: {@code try
 * (Registration r = PsutilMBeans.register(ManagementFactory.getPlatformMBeanServer(),
 * JmxConfig.defaults())) {...}}.
 */
public final class PsutilMBeans {
  private PsutilMBeans() {}

  /** Registers every MBean for this machine and this JVM's process. */
  public static Registration register(MBeanServer server, JmxConfig config) {
    Platform platform = Platforms.current();
    return register(server, config, platform, Process.current());
  }

  /**
   * Registers every MBean reading {@code platform}, with {@code self} as the Process MBean. If any
   * registration fails, those already made are undone and the error is thrown.
   *
   * @throws IllegalStateException when a name is taken (e.g. registered twice) or a bean is refused
   */
  public static Registration register(
      MBeanServer server, JmxConfig config, Platform platform, Process self) {
    return register(server, config, platform, self, PsutilMBeans::warn);
  }

  /** One warning line on stderr, as the agent's option warnings. */
  private static void warn(String line) {
    System.err.println("psutil4j: " + line);
  }

  /**
   * As {@link #register(MBeanServer, JmxConfig, Platform, Process)}, warnings to {@code warnings}.
   */
  static Registration register(
      MBeanServer server,
      JmxConfig config,
      Platform platform,
      Process self,
      Consumer<String> warnings) {
    String domain = config.domain();
    long cache = config.cacheMillis();
    Done done = new Done();
    List<Entities<?>> kinds = entityKinds(platform, cache, config, warnings);
    Reconciler reconciler = new Reconciler(server, domain, kinds, cache, System::nanoTime);
    try {
      addIf(
          config.registers(MBeanGroup.CPU),
          server,
          done,
          ObjectNames.singleton(domain, "Cpu"),
          new DescribedMBean<>(
              new CpuBean(platform, cache),
              CpuMXBean.class,
              "All CPUs: times, busy percent, counts and load average (psutil cpu_* and getloadavg)"));
      addIf(
          config.registers(MBeanGroup.MEMORY),
          server,
          done,
          ObjectNames.singleton(domain, "Memory"),
          new DescribedMBean<>(
              new MemoryBean(platform, cache),
              MemoryMXBean.class,
              "System memory (psutil virtual_memory), from /proc/meminfo"));
      addIf(
          config.registers(MBeanGroup.SWAP),
          server,
          done,
          ObjectNames.singleton(domain, "Swap"),
          new DescribedMBean<>(
              new SwapBean(platform, cache),
              SwapMXBean.class,
              "Swap space and swap traffic (psutil swap_memory), from /proc/meminfo and /proc/vmstat"));
      addIf(
          config.registers(MBeanGroup.HOST),
          server,
          done,
          ObjectNames.singleton(domain, "Host"),
          new DescribedMBean<>(
              new HostBean(platform, cache),
              HostMXBean.class,
              "The machine as a whole (psutil boot_time)"));
      addIf(
          config.registers(MBeanGroup.PROCESS),
          server,
          done,
          ObjectNames.singleton(domain, "Process"),
          new DescribedMBean<>(
              processBean(platform, self, cache, config.scale().footprintIntervalMillis()),
              ProcessMXBean.class,
              "This JVM's own process as the kernel sees it (psutil Process), from /proc/self"));
      addIf(
          config.registers(MBeanGroup.NETWORK),
          server,
          done,
          ObjectNames.singleton(domain, "Network"),
          new DescribedMBean<>(
              new NetworkBean(platform, cache),
              NetworkMXBean.class,
              "All network interfaces together (psutil net_io_counters) and Internet sockets by"
                  + " state (psutil net_connections('inet'))"));
      addIf(
          config.registers(MBeanGroup.SENSORS),
          server,
          done,
          ObjectNames.singleton(domain, "Sensors"),
          new DescribedMBean<>(
              new SensorsBean(platform, cache),
              SensorsMXBean.class,
              "Battery and the hottest temperature sensor and fastest fan (psutil sensors_*)"));
      if (config.registers(MBeanGroup.THREADS)
          && platform instanceof io.psutil4j.linux.LinuxPlatform
          && self.pid() == platform.selfPid()) {
        io.psutil4j.linux.LinuxPlatform linux = (io.psutil4j.linux.LinuxPlatform) platform;
        int pid = platform.selfPid();
        add(
            server,
            done,
            ObjectNames.singleton(domain, "Threads"),
            ThreadsBean.describedMBean(
                new ThreadsBean(
                    () -> linux.tasks(pid),
                    taskList(linux, pid),
                    config.scale().threadsTableMax(),
                    cache)));
      }
      if (!kinds.isEmpty()) {
        add(
            server,
            done,
            ObjectNames.singleton(domain, "Entities"),
            new DescribedMBean<>(
                new EntityCapsBean(config.scale().entityMax(), kinds),
                EntityCapsMXBean.class,
                "The cap on per-entity MBeans (Cpu, Disk, FileSystem, NetworkInterface) and how"
                    + " many entities of each type it left without one (option entities.max)"));
      }
      addIf(
          config.registers(MBeanGroup.CONTROLS),
          server,
          done,
          ObjectNames.singleton(domain, "Controls"),
          new DescribedMBean<>(
              new ControlsBean(platform),
              ControlsMXBean.class,
              "Operations that change the system (signals, nice, rlimit, CPU affinity); present"
                  + " only with controls=true"));
      // ---- containers: cgroup and pressure (issue 7) ----
      addContainerBeans(server, done, config, platform);
      for (Object bean : done.beans) {
        hook(bean, reconciler);
      }
      reconciler.reconcile();
    } catch (JMException | RuntimeException e) {
      new Registration(server, done, reconciler).close();
      throw new IllegalStateException("could not register psutil4j MBeans: " + e, e);
    }
    return new Registration(server, done, reconciler);
  }

  /**
   * The per-entity MBean types, each with one shared reading: Cpu per cpu, Disk, FileSystem,
   * NetworkInterface. Disk, NIC and CPU names are never quoted (the kernel's names hold none of the
   * characters ObjectName reserves); mountpoints always are, so a mount's name has one form.
   */
  static List<Entities<?>> entityKinds(
      Platform platform, long cache, JmxConfig config, Consumer<String> warnings) {
    ScaleOptions scale = config.scale();
    NamePatterns everyCpu = new NamePatterns(NamePatterns.ALL, List.of());
    CpuCores cores = new CpuCores(platform);
    DeadlineCalls<String, DiskUsage> statvfs = new DeadlineCalls<>(platform::diskUsage);
    DeadlineCalls<String, NicStats> sysfs =
        new DeadlineCalls<>(nic -> NetworkInterfaces.stats(platform, nic));
    List<Entities<?>> kinds = new ArrayList<>();
    addIf(
        config.registers(MBeanGroup.PER_CPU),
        kinds,
        new Entities<>(
            "Cpu",
            "One logical CPU, named by the kernel's CPU number: times, busy percent, frequency"
                + " (psutil cpu_times/cpu_percent/cpu_freq with percpu=True)",
            false,
            selector("Cpu", everyCpu, scale, warnings),
            cores::read,
            cache,
            CpuCoreMXBean.class,
            CpuCoreBean::new));
    addIf(
        config.registers(MBeanGroup.DISK),
        kinds,
        new Entities<>(
            "Disk",
            "One disk or partition (psutil disk_io_counters(perdisk=True)), from /proc/diskstats",
            false,
            selector("Disk", scale.disks(), scale, warnings),
            chooser -> Entities.chosen(platform.diskIoCounters(false), chooser),
            cache,
            DiskMXBean.class,
            DiskBean::new));
    addIf(
        config.registers(MBeanGroup.FILE_SYSTEM),
        kinds,
        new Entities<>(
            "FileSystem",
            "One mounted file system (psutil disk_partitions + disk_usage); a mount whose statvfs"
                + " hangs past 1 s reads null until that call returns",
            true,
            selector("FileSystem", scale.mounts(), scale, warnings),
            chooser -> FileSystems.read(platform, chooser, statvfs),
            cache,
            FileSystemMXBean.class,
            FileSystemBean::new));
    addIf(
        config.registers(MBeanGroup.NETWORK_INTERFACE),
        kinds,
        new Entities<>(
            "NetworkInterface",
            "One network interface (psutil net_io_counters(pernic=True), net_if_stats,"
                + " net_if_addrs); a NIC whose sysfs read hangs past 1 s reads null stats until"
                + " that read returns",
            false,
            selector("NetworkInterface", scale.nics(), scale, warnings),
            chooser -> NetworkInterfaces.read(platform, chooser, sysfs),
            cache,
            NetworkInterfaceMXBean.class,
            NetworkInterfaceBean::new));
    return kinds;
  }

  private static EntitySelector selector(
      String type, NamePatterns patterns, ScaleOptions scale, Consumer<String> warnings) {
    return new EntitySelector(type, patterns, scale.entityMax(), warnings);
  }

  private static <T> void addIf(boolean wanted, List<T> list, T item) {
    if (wanted) {
      list.add(item);
    }
  }

  /** The threads of {@code pid} as {@link ThreadCounts} reads them. */
  static ThreadCounts.Tasks taskList(io.psutil4j.linux.LinuxPlatform linux, int pid) {
    return new ThreadCounts.Tasks() {
      @Override
      public int[] ids() {
        return linux.taskIds(pid);
      }

      @Override
      public String name(int tid) {
        return linux.taskName(pid, tid);
      }

      @Override
      public double cpuSeconds(int tid) {
        return linux.taskCpuSeconds(pid, tid);
      }
    };
  }

  /** Makes a read of a singleton MBean also run the reconciler's check. */
  private static void hook(Object bean, Reconciler reconciler) {
    if (bean instanceof DescribedMBean) {
      ((DescribedMBean<?>) bean).onRead(reconciler.hook());
    }
  }

  /**
   * The Process MBean: heap_info is read only when loading JNA prints nothing (see {@link
   * NativeAccess}); heapTrim, which a user calls on purpose, always may load it.
   */
  private static ProcessBean processBean(
      Platform platform, Process self, long cache, long footprintMillis) {
    boolean isSelf = self.pid() == platform.selfPid();
    Supplier<io.psutil4j.HeapInfo> heap =
        isSelf && NativeAccess.silent() ? platform::heapInfo : () -> null;
    Supplier<io.psutil4j.HeapInfo> heapForTrim = isSelf ? platform::heapInfo : () -> null;
    HeapTrimmer trimmer =
        isSelf
            ? new HeapTrimmer(
                () -> ProcessBean.memoryNow(self, heapForTrim),
                platform::heapTrim,
                System::nanoTime,
                HeapTrimmer.DEFAULT_MIN_INTERVAL_MILLIS)
            : null;
    return new ProcessBean(self, cache, heap, trimmer, footprintMillis);
  }

  private static void addIf(
      boolean wanted, MBeanServer server, List<ObjectName> done, ObjectName name, Object bean)
      throws JMException {
    if (wanted) {
      add(server, done, name, bean);
    }
  }

  private static void add(MBeanServer server, List<ObjectName> done, ObjectName name, Object bean)
      throws JMException {
    try {
      server.registerMBean(bean, name);
    } catch (InstanceAlreadyExistsException e) {
      throw new IllegalStateException(name + " is already registered", e);
    }
    done.add(name);
    if (done instanceof Done) {
      ((Done) done).beans.add(bean);
    }
  }

  /** The names registered so far, and their beans (to hook the reconciler into). */
  private static final class Done extends ArrayList<ObjectName> {
    private static final long serialVersionUID = 1L;
    final transient List<Object> beans = new ArrayList<>();
  }

  // ---- containers: cgroup and pressure (issue 7) ----

  private static void addContainerBeans(
      MBeanServer server, List<ObjectName> done, JmxConfig config, Platform platform)
      throws JMException {
    ObjectName container = ObjectNames.singleton(config.domain(), "Container");
    addIf(
        config.registers(MBeanGroup.CONTAINER),
        server,
        done,
        container,
        containerBean(
            container,
            config,
            () -> platform.cgroup(platform.selfPid()),
            () -> (long) Process.of(platform, platform.selfPid()).numFds(),
            () -> openFilesLimit(platform)));
    ObjectName pressure = ObjectNames.singleton(config.domain(), "Pressure");
    Alerts alerts =
        new Alerts(
            pressure,
            Alerts.HOST_PRESSURE + ".cpu",
            Alerts.HOST_PRESSURE + ".memory",
            Alerts.HOST_PRESSURE + ".io");
    addIf(
        config.registers(MBeanGroup.PRESSURE),
        server,
        done,
        pressure,
        new DescribedEmitterMBean<>(
            new PressureBean(platform, config, alerts),
            PressureMXBean.class,
            "Host-wide pressure stall information, from /proc/pressure; notifies when some avg10"
                + " crosses its threshold (checked when a client reads)",
            alerts.broadcaster()));
  }

  /**
   * The Container MBean reading {@code reader}: this JVM's group, or another pid's in tests; with
   * this JVM's open descriptors and their limit for the near-limit alert.
   */
  static Object containerBean(
      ObjectName name,
      JmxConfig config,
      Supplier<CgroupInfo> reader,
      Supplier<Long> openFiles,
      Supplier<Long> openFilesLimit) {
    Alerts alerts =
        new Alerts(
            name,
            Alerts.MEMORY_NEAR_LIMIT,
            Alerts.CPU_THROTTLED,
            Alerts.OPEN_FILES_NEAR_LIMIT,
            Alerts.GROUP_PRESSURE + ".cpu",
            Alerts.GROUP_PRESSURE + ".memory",
            Alerts.GROUP_PRESSURE + ".io");
    return new DescribedEmitterMBean<>(
        new ContainerBean(reader, openFiles, openFilesLimit, config, alerts),
        ContainerMXBean.class,
        "The cgroup this JVM runs in: CPU quota in CPUs, throttling, memory limit and usage, pids,"
            + " I/O and pressure; notifies when usage nears the limit, throttling or pressure cross"
            + " their thresholds (checked when a client reads)",
        alerts.broadcaster());
  }

  /** This JVM's soft RLIMIT_NOFILE from /proc/self/limits; null when unlimited. */
  private static Long openFilesLimit(Platform platform) {
    long soft =
        Process.of(platform, platform.selfPid())
            .rlimit(io.psutil4j.ProcessRlimit.RLIMIT_NOFILE)
            .soft();
    return soft < 0 ? null : soft;
  }
}
