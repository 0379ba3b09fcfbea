package io.psutil4j.jmx;

import io.psutil4j.CtxSwitchesAllThreads;
import io.psutil4j.HeapInfo;
import io.psutil4j.IoCounters;
import io.psutil4j.MemoryFootprint;
import io.psutil4j.MemoryInfo;
import io.psutil4j.MemoryInfoEx;
import io.psutil4j.PageFaults;
import io.psutil4j.Process;
import io.psutil4j.ProcessCpuTimes;
import io.psutil4j.ProcessRlimit;
import io.psutil4j.PsutilException;
import io.psutil4j.ResourceLimit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The JVM's own process. One refresh reads each /proc/self file once, inside one oneshot scope, for
 * all attributes; a value the kernel denies is null on its own without hiding the others.
 */
final class ProcessBean implements ProcessMXBean {
  /** One refresh of the process; any field may be null when it could not be read. */
  private static final class Reading {
    Integer ppid;
    String name;
    Double createTime;
    MemoryInfo memory;
    Integer numFds;
    Integer numThreads;
    MemoryInfoEx memoryEx;
    PageFaults faults;
    IoCounters io;
    ProcessCpuTimes cpu;
    Double cpuPercent;
    ResourceLimit nofile;
    HeapInfo heap;
  }

  /** The shortest interval between two reads of smaps_rollup, unless an option says otherwise. */
  static final long FOOTPRINT_MIN_MILLIS = ScaleOptions.DEFAULT_FOOTPRINT_INTERVAL_MILLIS;

  private final Process process;
  private final Snapshot<Reading> snapshot;

  /**
   * smaps_rollup on its own, slower interval: its cost grows with resident memory (about 10 ms per
   * GB here) and it walks the page tables under the JVM's own mmap lock, so the cheap attributes
   * never pay for it.
   */
  private final Snapshot<MemoryFootprint> footprint;

  private final AllThreadSwitches ctxSwitches;

  private final Supplier<HeapInfo> heapInfo;
  private final HeapTrimmer trimmer;

  ProcessBean(Process process, long cacheMillis) {
    this(process, cacheMillis, () -> null, null);
  }

  /**
   * @param heapInfo this process's malloc heap; null when it cannot be read without side effects
   *     (see {@link NativeAccess})
   * @param trimmer the heapTrim operation, or null where there is none (another pid, in tests)
   */
  ProcessBean(Process process, long cacheMillis, Supplier<HeapInfo> heapInfo, HeapTrimmer trimmer) {
    this(process, cacheMillis, heapInfo, trimmer, FOOTPRINT_MIN_MILLIS);
  }

  /**
   * @param footprintMillis the shortest interval between two reads of smaps_rollup
   */
  ProcessBean(
      Process process,
      long cacheMillis,
      Supplier<HeapInfo> heapInfo,
      HeapTrimmer trimmer,
      long footprintMillis) {
    this.process = process;
    this.heapInfo = heapInfo;
    this.trimmer = trimmer;
    this.snapshot = new Snapshot<>(this::read, cacheMillis);
    this.footprint =
        new Snapshot<>(
            () -> field(process::memoryFootprint), Math.max(cacheMillis, footprintMillis));
    this.ctxSwitches =
        new AllThreadSwitches(() -> field(process::numCtxSwitchesAllThreads), cacheMillis);
  }

  private Reading read() {
    Reading r = new Reading();
    Process.Oneshot scope = process.oneshot();
    try {
      r.ppid = field(process::ppid);
      r.name = field(process::name);
      r.createTime = field(process::createTime);
      r.memory = field(process::memoryInfo);
      r.numFds = field(process::numFds);
      r.numThreads = field(process::numThreads);
      r.memoryEx = field(process::memoryInfoEx);
      r.faults = field(process::pageFaults);
      r.io = field(process::ioCounters);
      r.cpu = field(process::cpuTimes);
      r.cpuPercent = field(process::cpuPercent);
      r.nofile = field(() -> process.rlimit(ProcessRlimit.RLIMIT_NOFILE));
    } finally {
      scope.close();
    }
    r.heap = heapField(heapInfo);
    return r;
  }

  private static <T> T field(Supplier<T> getter) {
    try {
      return getter.get();
    } catch (PsutilException | UnsupportedOperationException e) {
      return null;
    }
  }

  private static HeapInfo heapField(Supplier<HeapInfo> heap) {
    try {
      return heap.get();
    } catch (RuntimeException | LinkageError e) {
      // JNA or glibc's mallinfo unavailable: the heap reads as unknown, the rest stays
      return null;
    }
  }

  private <R> R get(Function<Reading, R> field) {
    Reading r = snapshot.get();
    return r == null ? null : field.apply(r);
  }

  private <R> R switches(Function<CtxSwitchesAllThreads, R> field) {
    CtxSwitchesAllThreads c = ctxSwitches.get();
    return c == null ? null : field.apply(c);
  }

  private <R> R memory(Function<MemoryInfo, R> field) {
    return get(r -> r.memory == null ? null : field.apply(r.memory));
  }

  @Override
  public Integer getPid() {
    return process.pid();
  }

  @Override
  public Integer getPpid() {
    return get(r -> r.ppid);
  }

  @Override
  public String getName() {
    return get(r -> r.name);
  }

  @Override
  public Double getCreateTime() {
    return get(r -> r.createTime);
  }

  @Override
  public Long getRss() {
    return memory(MemoryInfo::rss);
  }

  @Override
  public Long getVms() {
    return memory(MemoryInfo::vms);
  }

  @Override
  public Long getShared() {
    return memory(MemoryInfo::shared);
  }

  @Override
  public Long getText() {
    return memory(MemoryInfo::text);
  }

  @Override
  public Long getData() {
    return memory(MemoryInfo::data);
  }

  @Override
  public Integer getNumFds() {
    return get(r -> r.numFds);
  }

  @Override
  public Integer getNumThreads() {
    return get(r -> r.numThreads);
  }

  @Override
  public Long getCtxSwitchesVoluntary() {
    return switches(CtxSwitchesAllThreads::voluntary);
  }

  @Override
  public Long getCtxSwitchesInvoluntary() {
    return switches(CtxSwitchesAllThreads::involuntary);
  }

  @Override
  public String getCtxSwitchesSource() {
    return switches(c -> c.source().label());
  }

  private <R> R footprint(Function<MemoryFootprint, R> field) {
    MemoryFootprint f = footprint.get();
    return f == null ? null : field.apply(f);
  }

  private <T, R> R part(Function<Reading, T> part, Function<T, R> field) {
    return get(
        r -> {
          T t = part.apply(r);
          return t == null ? null : field.apply(t);
        });
  }

  @Override
  public Long getPeakRss() {
    return part(r -> r.memoryEx, MemoryInfoEx::peakRss);
  }

  @Override
  public Long getPeakVms() {
    return part(r -> r.memoryEx, MemoryInfoEx::peakVms);
  }

  @Override
  public Long getRssAnon() {
    return part(r -> r.memoryEx, MemoryInfoEx::rssAnon);
  }

  @Override
  public Long getRssFile() {
    return part(r -> r.memoryEx, MemoryInfoEx::rssFile);
  }

  @Override
  public Long getRssShmem() {
    return part(r -> r.memoryEx, MemoryInfoEx::rssShmem);
  }

  @Override
  public Long getSwap() {
    return part(r -> r.memoryEx, MemoryInfoEx::swap);
  }

  @Override
  public Long getHugetlb() {
    return part(r -> r.memoryEx, MemoryInfoEx::hugetlb);
  }

  @Override
  public Long getUss() {
    return footprint(MemoryFootprint::uss);
  }

  @Override
  public Long getPss() {
    return footprint(MemoryFootprint::pss);
  }

  @Override
  public Long getFootprintSwap() {
    return footprint(MemoryFootprint::swap);
  }

  @Override
  public Long getMinorFaults() {
    return part(r -> r.faults, PageFaults::minor);
  }

  @Override
  public Long getMajorFaults() {
    return part(r -> r.faults, PageFaults::major);
  }

  @Override
  public Long getReadCount() {
    return part(r -> r.io, IoCounters::readCount);
  }

  @Override
  public Long getWriteCount() {
    return part(r -> r.io, IoCounters::writeCount);
  }

  @Override
  public Long getReadBytes() {
    return part(r -> r.io, IoCounters::readBytes);
  }

  @Override
  public Long getWriteBytes() {
    return part(r -> r.io, IoCounters::writeBytes);
  }

  @Override
  public Long getReadChars() {
    return part(r -> r.io, IoCounters::readChars);
  }

  @Override
  public Long getWriteChars() {
    return part(r -> r.io, IoCounters::writeChars);
  }

  @Override
  public Double getUser() {
    return part(r -> r.cpu, ProcessCpuTimes::user);
  }

  @Override
  public Double getSystem() {
    return part(r -> r.cpu, ProcessCpuTimes::system);
  }

  @Override
  public Double getChildrenUser() {
    return part(r -> r.cpu, ProcessCpuTimes::childrenUser);
  }

  @Override
  public Double getChildrenSystem() {
    return part(r -> r.cpu, ProcessCpuTimes::childrenSystem);
  }

  @Override
  public Double getIowait() {
    return part(r -> r.cpu, ProcessCpuTimes::iowait);
  }

  @Override
  public Double getCpuPercent() {
    return get(r -> r.cpuPercent);
  }

  private static Long limit(long value) {
    return value < 0 ? null : value;
  }

  @Override
  public Long getRlimitNofileSoft() {
    return part(r -> r.nofile, l -> limit(l.soft()));
  }

  @Override
  public Long getRlimitNofileHard() {
    return part(r -> r.nofile, l -> limit(l.hard()));
  }

  @Override
  public Long getHeapUsed() {
    return part(r -> r.heap, HeapInfo::heapUsed);
  }

  @Override
  public Long getMmapUsed() {
    return part(r -> r.heap, HeapInfo::mmapUsed);
  }

  @Override
  public HeapTrimResult heapTrim() {
    if (trimmer == null) {
      throw new UnsupportedOperationException("heapTrim trims this JVM's own heap only");
    }
    return trimmer.trim();
  }

  /** RSS, USS and heap_info now, for heapTrim's before and after; unreadable parts are null. */
  static HeapTrimmer.Memory memoryNow(Process process, Supplier<HeapInfo> heap) {
    MemoryInfo m = field(process::memoryInfo);
    MemoryFootprint f = field(process::memoryFootprint);
    HeapInfo h = heapField(heap);
    return new HeapTrimmer.Memory(
        m == null ? null : m.rss(),
        f == null ? null : f.uss(),
        h == null ? null : h.heapUsed(),
        h == null ? null : h.mmapUsed());
  }
}
