package io.psutil4j.linux;

import io.psutil4j.DiskIoCounters;
import io.psutil4j.DiskPartition;
import io.psutil4j.DiskUsage;
import io.psutil4j.linux.nativeaccess.NativeError;
import io.psutil4j.linux.nativeaccess.NativeLinux;
import io.psutil4j.linux.parse.Mounts;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * psutil's disk functions: {@code disk_usage} (statvfs through the JDK's FileStore, which reports
 * f_blocks, f_bfree and f_bavail times f_frsize exactly as psutil computes them), {@code
 * disk_partitions} (the mount table filtered by /proc/filesystems) and {@code disk_io_counters}
 * (/proc/diskstats, whole disks told by /sys/block).
 */
final class DiskReader {
  /** The kernel's diskstats sector, whatever the device's own (psutil #1305, #965). */
  private static final long SECTOR = 512;

  private static final Path MTAB = Paths.get("/etc/mtab");

  private final Path procRoot;
  private final Path sysRoot;

  // Resolved once: the platform keeps this reader, and a refresh reads these files every time.
  private final Path diskstats;
  private final Path filesystems;
  private final Path selfMounts;
  private final Path sysBlock;
  private final boolean liveProc;

  DiskReader(Path procRoot, Path sysRoot) {
    this.procRoot = procRoot;
    this.sysRoot = sysRoot;
    this.diskstats = procRoot.resolve("diskstats");
    this.filesystems = procRoot.resolve("filesystems");
    this.selfMounts = procRoot.resolve("self/mounts");
    this.sysBlock = sysRoot.resolve("block");
    this.liveProc = procRoot.equals(Paths.get("/proc"));
  }

  /** statvfs(path): a live call on this machine's file systems, whatever the roots. */
  static DiskUsage usage(String path) {
    // java.io.File asks statvfs(2) directly; Files.getFileStore first scans /proc/mounts for the
    // mount, which cost 15x the statvfs calls themselves. File answers 0 for a missing path, so
    // existence is checked first, as statvfs would fail.
    File file = new File(path);
    if (!file.exists()) {
      throw new UncheckedIOException(whyUnreachable(path));
    }
    long total = file.getTotalSpace(); // f_blocks * f_frsize
    long bfree = file.getFreeSpace(); // f_bfree: free blocks, root's reserve included
    long bavail = file.getUsableSpace(); // f_bavail: free to unprivileged users
    return DiskUsage.of(total, Math.max(0, total - bfree), bavail);
  }

  /**
   * statvfs(path) in one libc call, where File asks it three times (and stats the path first). A
   * path with a NUL byte, which C would cut short, goes the File way.
   */
  static DiskUsage usageByStatvfs(String path) {
    if (path.indexOf('\0') >= 0) {
      return usage(path);
    }
    long[] fs;
    try {
      fs = NativeLinux.statvfs(path);
    } catch (NativeError e) {
      throw new UncheckedIOException(whyUnreachable(path));
    }
    long frsize = fs[0];
    long total = fs[1] * frsize;
    long bfree = fs[2] * frsize;
    long bavail = fs[3] * frsize;
    return DiskUsage.of(total, Math.max(0, total - bfree), bavail);
  }

  /** EACCES (a directory on the way not searchable) or ENOENT, as statvfs would tell. */
  private static IOException whyUnreachable(String path) {
    try {
      Files.readAttributes(Paths.get(path), BasicFileAttributes.class);
      return new NoSuchFileException(path, null, "vanished meanwhile");
    } catch (IOException e) {
      return e; // AccessDeniedException or NoSuchFileException, naming the path
    } catch (InvalidPathException e) {
      return new NoSuchFileException(path, null, e.getMessage());
    }
  }

  List<DiskPartition> partitions(boolean all) {
    try {
      Path table = mountTable();
      Set<String> physical = all ? null : physicalFstypes(); // null: every mount is listed
      List<Mounts.Entry> entries =
          KernelFiles.read(table, (file, buf, len) -> Mounts.parse(file, buf, len, physical));
      List<DiskPartition> out = new ArrayList<>(entries.size());
      for (Mounts.Entry e : entries) {
        String device = e.device.equals("none") ? "" : e.device;
        if (physical != null && device.isEmpty()) {
          continue;
        }
        if (device.equals("/dev/root") || device.equals("rootfs")) {
          device = RootDevice.resolve(procRoot, sysRoot, device);
        }
        out.add(DiskPartition.of(device, e.mountpoint, e.fstype, e.opts));
      }
      return Collections.unmodifiableList(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The device-backed fstypes of /proc/filesystems; where reading it is denied (Android), psutil
   * HEAD takes every fstype mounted, from /proc/self/mountinfo.
   */
  private Set<String> physicalFstypes() throws IOException {
    try {
      return KernelFiles.read(filesystems, Filesystems::physical);
    } catch (AccessDeniedException e) {
      Set<String> out = new HashSet<>();
      for (String line :
          Files.readAllLines(procRoot.resolve("self/mountinfo"), StandardCharsets.UTF_8)) {
        int dash = line.indexOf(" - ");
        if (dash >= 0) {
          String[] rest = line.substring(dash + 3).trim().split("\\s+");
          if (rest.length > 0 && !rest[0].isEmpty()) {
            out.add(rest[0]);
          }
        }
      }
      return out;
    }
  }

  /**
   * /etc/mtab when reading this machine's /proc and it is a regular file (it may be a distro's
   * static file, psutil #1307), else {@code <proc>/self/mounts}.
   */
  private Path mountTable() {
    // File.isFile answers Files.isRegularFile's question (links followed) without NIO's attributes
    if (liveProc && MTAB.toFile().isFile()) {
      return MTAB;
    }
    return selfMounts;
  }

  /**
   * Raw counters by device name; {@code wholeDisksOnly} keeps the names that exist under /sys/block
   * (whole disks, as iostat sums them; '/' in a name is '!' there, as in cciss!c0d0).
   */
  Map<String, DiskIoCounters> ioCounters(boolean wholeDisksOnly) {
    Map<String, long[]> raw;
    try {
      raw = KernelFiles.read(diskstats, Diskstats::parse);
    } catch (NoSuchFileException e) {
      raw = fromSysBlock();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, DiskIoCounters> out = new LinkedHashMap<>();
    for (Map.Entry<String, long[]> e : raw.entrySet()) {
      if (wholeDisksOnly && !KernelFiles.exists(sysBlock.resolve(e.getKey().replace('/', '!')))) {
        continue;
      }
      long[] v = e.getValue();
      out.put(
          e.getKey(),
          DiskIoCounters.of(
              v[Diskstats.READS],
              v[Diskstats.WRITES],
              v[Diskstats.READ_SECTORS] * SECTOR,
              v[Diskstats.WRITE_SECTORS] * SECTOR,
              v[Diskstats.READ_MS],
              v[Diskstats.WRITE_MS],
              v[Diskstats.READ_MERGED],
              v[Diskstats.WRITE_MERGED],
              v[Diskstats.BUSY_MS]));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * psutil's fallback without /proc/diskstats: every {@code stat} file under /sys/block/*, whole
   * disks and their partitions, named after their directory.
   */
  private Map<String, long[]> fromSysBlock() {
    Path block = sysRoot.resolve("block");
    if (!Files.isDirectory(block)) {
      throw new UnsupportedOperationException(
          "disk_io_counters: neither "
              + procRoot.resolve("diskstats")
              + " nor "
              + block
              + " exist");
    }
    Map<String, long[]> out = new LinkedHashMap<>();
    try (DirectoryStream<Path> disks = Files.newDirectoryStream(block)) {
      for (Path disk : disks) {
        Path real = disk.toRealPath();
        try (Stream<Path> files = Files.walk(real, 2)) {
          for (Path stat : (Iterable<Path>) files::iterator) {
            Path device = stat.getParent();
            if (device != null
                && stat.getFileName().toString().equals("stat")
                && Files.isRegularFile(stat)) {
              out.put(device.getFileName().toString(), KernelFiles.read(stat, BlockStat::parse));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** psutil's resolution of {@code /dev/root} and {@code rootfs} to the real device of "/". */
  static final class RootDevice {
    private RootDevice() {}

    static String resolve(Path procRoot, Path sysRoot, String device) {
      try {
        long dev = ((Number) Files.getAttribute(Paths.get("/"), "unix:dev")).longValue();
        long major = ((dev >>> 8) & 0xfff) | ((dev >>> 32) & ~0xfffL);
        long minor = (dev & 0xff) | ((dev >>> 12) & ~0xffL);
        String name = fromPartitions(procRoot, major, minor);
        if (name == null) {
          name = fromUevent(sysRoot, major, minor);
        }
        if (name != null && Files.exists(Paths.get("/dev", name))) {
          return "/dev/" + name;
        }
      } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
        // keep the name the mount table gave
      }
      return device;
    }

    private static @Nullable String fromPartitions(Path procRoot, long major, long minor)
        throws IOException {
      Path partitions = procRoot.resolve("partitions");
      if (!Files.isReadable(partitions)) {
        return null;
      }
      for (String line : Files.readAllLines(partitions, StandardCharsets.UTF_8)) {
        String[] f = line.trim().split("\\s+");
        if (f.length == 4
            && f[0].equals(Long.toString(major))
            && f[1].equals(Long.toString(minor))) {
          return f[3];
        }
      }
      return null;
    }

    private static @Nullable String fromUevent(Path sysRoot, long major, long minor)
        throws IOException {
      Path uevent = sysRoot.resolve("dev/block/" + major + ":" + minor + "/uevent");
      if (!Files.isReadable(uevent)) {
        return null;
      }
      for (String line : Files.readAllLines(uevent, StandardCharsets.UTF_8)) {
        if (line.startsWith("DEVNAME=")) {
          return line.substring("DEVNAME=".length()).trim();
        }
      }
      return null;
    }
  }
}
