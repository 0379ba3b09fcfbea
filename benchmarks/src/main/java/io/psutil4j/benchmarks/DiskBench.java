package io.psutil4j.benchmarks;

import io.psutil4j.Psutil;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
import oshi.hardware.HWDiskStore;
import oshi.software.os.OSFileStore;

/** disk_io_counters(perdisk=True), disk_partitions() and disk_usage('/'). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class DiskBench {
  private static final Path DISKSTATS = Paths.get("/proc/diskstats");
  private static final Path FILESYSTEMS = Paths.get("/proc/filesystems");

  /** The realpath psutil takes of /etc/mtab when it is a link into /proc. */
  private static final Path MOUNTS = Paths.get("/proc/self/mounts");

  private static final Path ROOT = Paths.get("/");

  private final Floor floor = new Floor();
  private final File rootFile = new File("/");
  private FileStore rootStore;
  private OSFileStore oshiRoot;

  @Setup
  public void setup() throws IOException {
    rootStore = Files.getFileStore(ROOT);
    for (OSFileStore store : Oshi.os().getFileSystem().getFileStores()) {
      if (store.getMount().equals("/")) {
        oshiRoot = store;
      }
    }
    if (oshiRoot == null) {
      throw new IllegalStateException("OSHI lists no file store mounted on /");
    }
  }

  /** perdisk=True, nowrap=True (psutil's defaults). */
  @Benchmark
  public Object diskIoPerdisk_psutil4j() {
    return Psutil.diskIoCountersPerdisk(true);
  }

  /** Re-enumerates the disks through udev and sysfs on every call; its only fresh read. */
  @Benchmark
  public List<HWDiskStore> diskIoPerdisk_oshi() {
    return Oshi.hal().getDiskStores();
  }

  @Benchmark
  public long diskIoPerdisk_floor() throws IOException {
    return floor.read(DISKSTATS);
  }

  /** Mounts plus a statvfs and udev lookups per file store. */
  @Benchmark
  public Object diskPartitions_psutil4j() {
    return Psutil.diskPartitions();
  }

  @Benchmark
  public List<OSFileStore> diskPartitions_oshi() {
    return Oshi.os().getFileSystem().getFileStores();
  }

  /** getmntent(3) over /etc/mtab, one FileStore per mount. */
  @Benchmark
  public void diskPartitions_jdk(Blackhole bh) {
    for (FileStore store : FileSystems.getDefault().getFileStores()) {
      bh.consume(store.type());
    }
  }

  @Benchmark
  public long diskPartitions_floor() throws IOException {
    return floor.read(FILESYSTEMS) + floor.read(MOUNTS);
  }

  /** updateAttributes() re-lists every file store to find this one again. */
  @Benchmark
  public Object diskUsage_psutil4j() {
    return Psutil.diskUsage("/");
  }

  @Benchmark
  public void diskUsage_oshi(Blackhole bh) {
    oshiRoot.updateAttributes();
    bh.consume(oshiRoot.getTotalSpace());
    bh.consume(oshiRoot.getUsableSpace());
    bh.consume(oshiRoot.getFreeSpace());
  }

  /** One statvfs(2) per getter. */
  @Benchmark
  public void diskUsage_jdk(Blackhole bh) {
    bh.consume(rootFile.getTotalSpace());
    bh.consume(rootFile.getUsableSpace());
    bh.consume(rootFile.getFreeSpace());
  }

  /** One statvfs(2), all psutil needs. */
  @Benchmark
  public long diskUsage_floor() throws IOException {
    return rootStore.getUnallocatedSpace();
  }
}
