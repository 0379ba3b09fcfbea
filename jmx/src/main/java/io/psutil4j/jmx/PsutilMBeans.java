package io.psutil4j.jmx;

import io.psutil4j.DiskUsage;
import io.psutil4j.HeapInfo;
import io.psutil4j.NicStats;
import io.psutil4j.Platforms;
import io.psutil4j.Process;
import io.psutil4j.ProcessRlimit;
import io.psutil4j.SuppressForbidden;
import io.psutil4j.spi.LocatedCgroup;
import io.psutil4j.spi.MeminfoReading;
import io.psutil4j.spi.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.management.InstanceAlreadyExistsException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.jspecify.annotations.Nullable;

/**
 * Registers psutil4j's MBeans in an MBeanServer, with or without the agent: {@code try
 * (Registration r = PsutilMBeans.register(ManagementFactory.getPlatformMBeanServer(),
 * JmxConfig.defaults())) {...}}.
 */
public final class PsutilMBeans {
  static final String CONTAINER_DESCRIPTION =
      "The cgroup this JVM runs in: CPU quota in CPUs, throttling, memory limit, usage, working"
          + " set and headroom, pids, I/O and pressure; notifies when usage nears the limit,"
          + " throttling or pressure cross their thresholds, or an OOM or limit event is counted"
          + " (checked when a client reads)";

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
  @SuppressForbidden(reason = "a registration made without a warning sink warns on stderr")
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
          new TableMBean(CpuTable.TABLE, CpuTable.readings(platform, Readings.cached(cache))));
      // one reading of /proc/meminfo for Memory and Swap: one refresh and one deadline for both
      Readings.Cache<MeminfoReading> meminfo = MemoryTable.sharedMeminfo(platform, cache);
      addIf(
          config.registers(MBeanGroup.MEMORY),
          server,
          done,
          ObjectNames.singleton(domain, "Memory"),
          new TableMBean(MemoryTable.TABLE, MemoryTable.readings(meminfo, Readings.cached(cache))));
      addIf(
          config.registers(MBeanGroup.SWAP),
          server,
          done,
          ObjectNames.singleton(domain, "Swap"),
          new TableMBean(
              SwapTable.TABLE, SwapTable.readings(platform, meminfo, Readings.cached(cache))));
      addIf(
          config.registers(MBeanGroup.HOST),
          server,
          done,
          ObjectNames.singleton(domain, "Host"),
          new TableMBean(HostTable.TABLE, HostTable.readings(platform, Readings.cached(cache))));
      addIf(
          config.registers(MBeanGroup.PROCESS),
          server,
          done,
          ObjectNames.singleton(domain, "Process"),
          processMBean(platform, self, cache, config.controlsPolicy(), config.scale()));
      addIf(
          config.registers(MBeanGroup.NETWORK),
          server,
          done,
          ObjectNames.singleton(domain, "Network"),
          new TableMBean(
              NetworkTable.TABLE,
              NetworkTable.readings(
                  platform, config.scale().socketsIntervalMillis(), Readings.cached(cache))));
      addIf(
          config.registers(MBeanGroup.SENSORS),
          server,
          done,
          ObjectNames.singleton(domain, "Sensors"),
          new TableMBean(
              SensorsTable.TABLE, SensorsTable.readings(platform, Readings.cached(cache))));
      if (config.registers(MBeanGroup.THREADS) && self.pid() == platform.selfPid()) {
        int pid = platform.selfPid();
        add(
            server,
            done,
            ObjectNames.singleton(domain, "Threads"),
            new TableMBean(
                ThreadsTable.TABLE,
                ThreadsTable.readings(
                    () -> platform.tasks(pid),
                    taskList(platform, pid),
                    config.scale().threadsTableMax(),
                    config.scale().threadsIntervalMillis(),
                    Readings.cached(cache))));
      }
      if (!kinds.isEmpty()) {
        add(
            server,
            done,
            ObjectNames.singleton(domain, "Entities"),
            new TableMBean(
                EntityCapsTable.TABLE,
                EntityCapsTable.readings(new EntityCaps(config.scale().entityMax(), kinds))));
      }
      if (config.registers(MBeanGroup.PROCESS_MEMORY) && self.pid() == platform.selfPid()) {
        // the JVM's side of the split (pools, NMT) is this JVM's, so only for this JVM's process
        Supplier<HeapInfo> quietHeap =
            Platforms.nativeLoadsQuietly() ? platform::heapInfo : () -> null;
        add(
            server,
            done,
            ObjectNames.singleton(domain, "ProcessMemory"),
            new TableMBean(
                ProcessMemoryTable.TABLE,
                ProcessMemoryTable.readings(
                    self,
                    quietHeap,
                    config.scale().footprintIntervalMillis(),
                    Readings.cached(cache))));
      }
      addIf(
          config.registers(MBeanGroup.CONTROLS),
          server,
          done,
          ObjectNames.singleton(domain, "Controls"),
          ControlsTable.mbean(new ControlsBean(platform, config.controlsPolicy())));
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
    // statvfs and sysfs cost a call per entity: each keeps its own interval (never below the cache)
    IntervalCalls<String, DiskUsage> statvfs =
        new IntervalCalls<>(
            new DeadlineCalls<String, DiskUsage>(platform::diskUsage)::callAll,
            Math.max(cache, scale.mountsIntervalMillis()));
    IntervalCalls<String, NicStats> sysfs =
        new IntervalCalls<>(
            new DeadlineCalls<String, NicStats>(nic -> NetworkInterfaces.stats(platform, nic))
                ::callAll,
            Math.max(cache, scale.nicsIntervalMillis()));
    List<Entities<?>> kinds = new ArrayList<>();
    addIf(
        config.registers(MBeanGroup.PER_CPU),
        kinds,
        new Entities<>(
            CpuCoreTable.TABLE,
            CpuCoreTable.PER_CPU,
            selector("Cpu", everyCpu, scale, warnings),
            cores::read,
            cache));
    addIf(
        config.registers(MBeanGroup.DISK),
        kinds,
        new Entities<>(
            DiskTable.TABLE,
            DiskTable.PER_DISK,
            selector("Disk", scale.disks(), scale, warnings),
            chooser -> Entities.chosen(platform.diskIoCounters(false), chooser),
            cache));
    addIf(
        config.registers(MBeanGroup.FILE_SYSTEM),
        kinds,
        new Entities<>(
            FileSystemTable.TABLE,
            FileSystemTable.PER_MOUNT,
            selector("FileSystem", scale.mounts(), scale, warnings),
            chooser -> FileSystems.read(platform, chooser, statvfs::get),
            cache));
    addIf(
        config.registers(MBeanGroup.NETWORK_INTERFACE),
        kinds,
        new Entities<>(
            NetworkInterfaceTable.TABLE,
            NetworkInterfaceTable.PER_NIC,
            selector("NetworkInterface", scale.nics(), scale, warnings),
            chooser -> NetworkInterfaces.read(platform, chooser, sysfs::get),
            cache));
    return kinds;
  }

  private static EntitySelector selector(
      String type, NamePatterns patterns, ScaleOptions scale, Consumer<String> warnings) {
    return new EntitySelector(type, patterns, scale.entityMax(), warnings);
  }

  /** Whether {@code config} registers any per-entity type, and so the Entities MBean. */
  static boolean registersEntities(JmxConfig config) {
    return config.registers(MBeanGroup.PER_CPU)
        || config.registers(MBeanGroup.DISK)
        || config.registers(MBeanGroup.FILE_SYSTEM)
        || config.registers(MBeanGroup.NETWORK_INTERFACE);
  }

  private static <T> void addIf(boolean wanted, List<T> list, T item) {
    if (wanted) {
      list.add(item);
    }
  }

  /** The threads of {@code pid} as {@link ThreadCounts} reads them. */
  static ThreadCounts.Tasks taskList(Platform platform, int pid) {
    return new ThreadCounts.Tasks() {
      @Override
      public int[] ids() {
        return platform.taskIds(pid);
      }

      @Override
      public @Nullable String name(int tid) {
        return platform.taskName(pid, tid);
      }

      @Override
      public double cpuSeconds(int tid) {
        return platform.taskCpuSeconds(pid, tid);
      }
    };
  }

  /** Makes a read of a singleton MBean also run the reconciler's check. */
  private static void hook(Object bean, Reconciler reconciler) {
    if (bean instanceof HookableMBean) {
      ((HookableMBean) bean).onRead(reconciler.hook());
    }
  }

  /**
   * The Process MBean: heap_info is read only when loading JNA prints nothing (see {@link
   * Platforms#nativeLoadsQuietly()}); heapTrim runs only where {@code policy} allows it, and it too
   * refuses rather than make the JDK print.
   */
  private static TableMBean processMBean(
      Platform platform, Process self, long cache, ControlsPolicy policy, ScaleOptions scale) {
    boolean isSelf = self.pid() == platform.selfPid();
    Supplier<HeapInfo> heap =
        isSelf && Platforms.nativeLoadsQuietly() ? platform::heapInfo : () -> null;
    HeapTrimmer trimmer =
        isSelf
            ? new HeapTrimmer(
                HeapTrimmer.gate(policy, Platforms::nativeLoadsQuietly),
                () -> ProcessOperations.memoryNow(self, heap),
                platform::heapTrim,
                System::nanoTime,
                HeapTrimmer.DEFAULT_MIN_INTERVAL_MILLIS)
            : null;
    return new TableMBean(
        ProcessTable.TABLE,
        ProcessTable.readings(platform, self, heap, scale, Readings.cached(cache)),
        ProcessTable.operations(trimmer));
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
            () -> platform.locateCgroup(platform.selfPid()),
            () -> (long) Process.of(platform, platform.selfPid()).numFds(),
            () -> openFilesLimit(platform),
            () -> Process.of(platform, platform.selfPid()).memoryInfo().rss()));
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
        new TableEmitterMBean(
            PressureTable.TABLE,
            PressureTable.readings(platform, config, alerts, Readings.cached(config.cacheMillis())),
            alerts.broadcaster()));
  }

  /**
   * The Container MBean reading the group {@code locate} finds: this JVM's, or another pid's in
   * tests, one part at a time; with this JVM's open descriptors and their limit for the near-limit
   * alert, and its resident set size for its share of the memory limit.
   */
  static TableEmitterMBean containerBean(
      ObjectName name,
      JmxConfig config,
      Supplier<LocatedCgroup> locate,
      Supplier<Long> openFiles,
      Supplier<Long> openFilesLimit,
      Supplier<Long> processRss) {
    Alerts alerts =
        new Alerts(
            name,
            Alerts.MEMORY_NEAR_LIMIT,
            Alerts.CPU_THROTTLED,
            Alerts.OPEN_FILES_NEAR_LIMIT,
            Alerts.MEMORY_OOM,
            Alerts.MEMORY_OOM_KILL,
            Alerts.MEMORY_MAX,
            Alerts.GROUP_PRESSURE + ".cpu",
            Alerts.GROUP_PRESSURE + ".memory",
            Alerts.GROUP_PRESSURE + ".io");
    Readings readings =
        ContainerReadings.readings(
            locate,
            openFiles,
            openFilesLimit,
            processRss,
            config,
            alerts,
            Readings.cached(config.cacheMillis()));
    return new TableEmitterMBean(ContainerTable.TABLE, readings, alerts.broadcaster());
  }

  /** This JVM's soft RLIMIT_NOFILE from /proc/self/limits; null when unlimited. */
  private static @Nullable Long openFilesLimit(Platform platform) {
    long soft = Process.of(platform, platform.selfPid()).rlimit(ProcessRlimit.RLIMIT_NOFILE).soft();
    return soft < 0 ? null : soft;
  }
}
