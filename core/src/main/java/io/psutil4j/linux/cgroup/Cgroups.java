package io.psutil4j.linux.cgroup;

import io.psutil4j.CgroupInfo;
import io.psutil4j.CgroupIo;
import io.psutil4j.CgroupPart;
import io.psutil4j.NoSuchProcess;
import io.psutil4j.PressureInfo;
import io.psutil4j.linux.KernelFiles;
import io.psutil4j.spi.LocatedCgroup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads the cgroup of a process and the host's pressure stall information, from an injectable /proc
 * and /sys. The entry point {@link io.psutil4j.linux.LinuxPlatform} delegates to; it keeps one
 * instance, so that the last location found is reused while the files it came from say the same.
 */
public final class Cgroups {
  private final Path procRoot;
  private final Path sysRoot;
  private final CgroupDir self;
  private final CgroupDir hostPressure;

  /** The last location found, for any thread that reads the same process's group next. */
  private volatile @Nullable Located last;

  public Cgroups(Path procRoot, Path sysRoot) {
    this.procRoot = procRoot;
    this.sysRoot = sysRoot;
    this.self = new CgroupDir(procRoot.resolve("self"));
    this.hostPressure = new CgroupDir(procRoot.resolve("pressure"));
  }

  /**
   * A location and the exact bytes of /proc/PID/cgroup and of this process's mountinfo it was found
   * from: it is a function of them alone, so while both read the same it is still right, and
   * comparing their bytes costs a fraction of parsing them into Strings again (a refresh locates
   * the group every time; mountinfo may hold hundreds of mounts).
   */
  private static final class Located {
    final String pid;
    final CgroupDir pidDir;
    final byte[] membership;
    final byte[] mounts;
    final CgroupLocation where;

    Located(String pid, CgroupDir pidDir, byte[] membership, byte[] mounts, CgroupLocation where) {
      this.pid = pid;
      this.pidDir = pidDir;
      this.membership = membership;
      this.mounts = mounts;
      this.where = where;
    }
  }

  /**
   * The cgroup of {@code pid} ("self" for this process).
   *
   * @param hostCpus online CPUs of the host, bounding effective CPUs when no cpuset does; 0 if
   *     unknown
   * @throws NoSuchProcess when /proc/PID/cgroup is gone and so is the process
   */
  public CgroupInfo read(String pid, int hostCpus) {
    return read(pid, EnumSet.allOf(CgroupPart.class), () -> hostCpus);
  }

  /**
   * The cgroup of {@code pid} with only {@code parts} read, each from its own files; the others are
   * empty.
   *
   * @param hostCpus online CPUs of the host, asked for only when the CPU part is read
   * @throws NoSuchProcess when /proc/PID/cgroup is gone and so is the process
   */
  public CgroupInfo read(String pid, Set<CgroupPart> parts, IntSupplier hostCpus) {
    return read(locate(pid), parts, hostCpus);
  }

  /**
   * The cgroup of {@code pid}, located now (/proc/PID/cgroup and mountinfo), each later read of its
   * parts made from that location.
   *
   * @param hostCpus online CPUs of the host, asked for only when the CPU part is read
   * @throws NoSuchProcess when /proc/PID/cgroup is gone and so is the process
   */
  public LocatedCgroup located(String pid, IntSupplier hostCpus) {
    CgroupLocation where = locate(pid);
    return parts -> read(where, parts, hostCpus);
  }

  private static CgroupInfo read(
      CgroupLocation where, Set<CgroupPart> parts, IntSupplier hostCpus) {
    CgroupDir pids = where.v1("pids") != null ? where.v1("pids") : where.unified();
    boolean readsPids = parts.contains(CgroupPart.PIDS);
    CgroupInfo info =
        CgroupInfo.of(
            where.version(),
            where.paths(),
            parts.contains(CgroupPart.CPU) ? CpuController.read(where, hostCpus.getAsInt()) : null,
            parts.contains(CgroupPart.MEMORY) ? MemoryController.read(where) : null,
            readsPids ? pidsValue(pids, "pids.current") : null,
            readsPids ? pidsValue(pids, "pids.max") : null,
            parts.contains(CgroupPart.IO) ? io(where) : null,
            parts.contains(CgroupPart.PRESSURE) ? PressureReader.group(where.unified()) : null);
    where.pathsHeldAs(info.paths());
    return info;
  }

  private static @Nullable Long pidsValue(@Nullable CgroupDir dir, String name) {
    return CpuController.present(CgroupFiles.readOrNull(dir, name, SingleValue::parse));
  }

  /** Host-wide pressure stall information from /proc/pressure. */
  public PressureInfo hostPressure() {
    return PressureReader.host(hostPressure);
  }

  CgroupLocation locate(String pid) {
    Located known = last;
    Located samePid = known != null && known.pid.equals(pid) ? known : null;
    CgroupDir pidDir = samePid != null ? samePid.pidDir : new CgroupDir(procRoot.resolve(pid));
    byte[] membership = membership(pid, pidDir, samePid != null ? samePid.membership : null);
    // Mounts are this process's view: those are the paths we can open, whoever the pid is.
    byte[] mounts =
        CgroupFiles.readOrNull(self, "mountinfo", sameOrCopy(known != null ? known.mounts : null));
    if (mounts == null) {
      throw new UncheckedIOException(
          new IOException("cannot read " + procRoot.resolve("self/mountinfo")));
    }
    if (samePid != null && membership == samePid.membership && mounts == samePid.mounts) {
      return samePid.where;
    }
    CgroupLocation where =
        CgroupLocation.of(
            ProcCgroup.parse(pidDir.file("cgroup"), membership, membership.length),
            CgroupMounts.parse(self.file("mountinfo"), mounts, mounts.length),
            sysRoot);
    last = new Located(pid, pidDir, membership, mounts, where);
    return where;
  }

  /** The bytes of /proc/PID/cgroup: {@code known} itself when they are the same. */
  private byte[] membership(String pid, CgroupDir pidDir, byte @Nullable [] known) {
    byte[] membership;
    try {
      membership = CgroupFiles.readOrNull(pidDir, "cgroup", sameOrCopy(known));
    } catch (UncheckedIOException e) {
      if (CgroupFiles.failedWith(e, "No such process")) {
        membership = null; // ESRCH: the task died while being read
      } else {
        throw e;
      }
    }
    if (membership == null) {
      if (!Files.exists(pidDir.path())) {
        throw new NoSuchProcess(pidNumber(pid), null, "process no longer exists");
      }
      throw new UncheckedIOException(
          new NoSuchFileException(pidDir.file("cgroup") + " (kernel without cgroups?)"));
    }
    return membership;
  }

  /** A file's bytes: {@code known} itself when they equal it, else a copy. */
  private static KernelFiles.Parser<byte[]> sameOrCopy(byte @Nullable [] known) {
    return (file, buf, len) ->
        known != null && Arrays.equals(known, 0, known.length, buf, 0, len)
            ? known
            : Arrays.copyOf(buf, len);
  }

  private static List<CgroupIo> io(CgroupLocation where) {
    List<CgroupIo> out = new ArrayList<>();
    CgroupDir blkio = where.v1("blkio");
    if (blkio != null) {
      List<BlkioStat.Device> bytes = blkio(blkio, "blkio.throttle.io_service_bytes");
      List<BlkioStat.Device> ops = blkio(blkio, "blkio.throttle.io_serviced");
      for (BlkioStat.Device d : bytes) {
        BlkioStat.Device o = find(ops, d.major(), d.minor());
        out.add(
            CgroupIo.of(
                d.major() + ":" + d.minor(),
                d.read(),
                d.write(),
                o == null ? null : o.read(),
                o == null ? null : o.write()));
      }
      return out;
    }
    List<IoStat.Device> devices = CgroupFiles.readOrNull(where.unified(), "io.stat", IoStat::parse);
    if (devices != null) {
      for (IoStat.Device d : devices) {
        out.add(
            CgroupIo.of(
                d.major() + ":" + d.minor(),
                orNull(d.value(0)),
                orNull(d.value(1)),
                orNull(d.value(2)),
                orNull(d.value(3))));
      }
    }
    return out;
  }

  /** The recursive file counts the whole subtree, as v2's io.stat does; older kernels lack it. */
  private static List<BlkioStat.Device> blkio(CgroupDir dir, String name) {
    List<BlkioStat.Device> d = CgroupFiles.readOrNull(dir, name + "_recursive", BlkioStat::parse);
    if (d == null) {
      d = CgroupFiles.readOrNull(dir, name, BlkioStat::parse);
    }
    return d == null ? new ArrayList<>() : d;
  }

  private static BlkioStat.@Nullable Device find(
      List<BlkioStat.Device> devices, int major, int minor) {
    for (BlkioStat.Device d : devices) {
      if (d.major() == major && d.minor() == minor) {
        return d;
      }
    }
    return null;
  }

  private static @Nullable Long orNull(long value) {
    return value < 0 ? null : value;
  }

  private static int pidNumber(String pid) {
    try {
      return Integer.parseInt(pid);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
