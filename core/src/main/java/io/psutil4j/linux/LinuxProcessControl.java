package io.psutil4j.linux;

import io.psutil4j.AccessDenied;
import io.psutil4j.IoNice;
import io.psutil4j.NoSuchProcess;
import io.psutil4j.ProcessIOPriority;
import io.psutil4j.ProcessRlimit;
import io.psutil4j.ResourceLimit;
import io.psutil4j.linux.nativeaccess.NativeError;
import io.psutil4j.linux.nativeaccess.NativeLinux;
import io.psutil4j.linux.parse.CpuList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * What a process is allowed (limits, affinity, priorities) and what changes it (setters, signals).
 * Getters ask the kernel as psutil does where native access is quiet, else read /proc where it
 * tells (limits, Cpus_allowed_list, stat's nice); the rest goes through {@link NativeLinux}, and
 * only for the live /proc: on a captured fixture tree a native call would hit a real process of
 * this machine with the same pid.
 */
final class LinuxProcessControl {
  private final PidDir dir;
  private final LinuxPlatform platform;

  LinuxProcessControl(PidDir dir, LinuxPlatform platform) {
    this.dir = dir;
    this.platform = platform;
  }

  /**
   * prlimit(2) as psutil, so another user's process is AccessDenied although its /proc/PID/limits
   * is world-readable. This JVM itself asks prlimit only where native calls are quiet (the agent
   * must not load JNA for it: on JDK 24+ that prints a warning into the host's stderr), else reads
   * /proc/self/limits, always ours to read; so does a captured tree. -1 is unlimited (psutil's
   * RLIM_INFINITY, #2871).
   */
  ResourceLimit rlimit(ProcessRlimit resource) {
    boolean self = dir.pid() == platform.selfPid();
    // FFM, where chosen, needs no JNA: available() would load it for nothing
    if (platform.isLiveProc()
        && (NativeLinux.fastPathsQuiet() || (!self && NativeLinux.available()))) {
      try {
        long[] limit = NativeLinux.getRlimit(dir.pid(), resource.resource());
        return ResourceLimit.of(limit[0], limit[1]);
      } catch (NativeError e) {
        if (e.errno() == NativeError.ENOSYS || e.errno() == NativeError.ESRCH) {
          throw zombieOr(e); // a zombie has no signal handlers left: prlimit says ESRCH
        }
        throw map(e, "rlimit(" + resource + ")");
      }
    }
    PidLimits limits = dir.read("limits", PidLimits::parse);
    if (!limits.has(resource.resource())) {
      throw new UnsupportedOperationException(
          dir.resolve("limits") + " has no '" + resource.limitsTitle() + "' row");
    }
    return ResourceLimit.of(limits.soft(resource.resource()), limits.hard(resource.resource()));
  }

  void setRlimit(ProcessRlimit resource, long soft, long hard) {
    if (soft < -1 || hard < -1) {
      throw new IllegalArgumentException(
          "limits must be >= -1 (RLIM_INFINITY) (got soft=" + soft + ", hard=" + hard + ")");
    }
    requireLive("rlimit");
    try {
      NativeLinux.setRlimit(dir.pid(), resource.resource(), soft, hard);
    } catch (NativeError e) {
      if (e.errno() == NativeError.ENOSYS) {
        throw zombieOr(e);
      }
      // EINVAL (soft above hard, or above the hard limit) must name the values
      throw map(e, "rlimit(" + resource + ", " + soft + ", " + hard + ")");
    }
  }

  /**
   * psutil's source, sched_getaffinity, where the kernel may be asked quietly; else the CPUs of
   * status' Cpus_allowed_list that are online, ascending: what sched_getaffinity returns, since the
   * kernel masks the allowed set with the active CPUs there, while Cpus_allowed_list may list CPUs
   * that are possible but not present (psutil #1498, #956).
   */
  List<Integer> cpuAffinity() {
    int[] fast = affinityFromKernel();
    if (fast != null) {
      return Collections.unmodifiableList(IntStream.of(fast).boxed().collect(Collectors.toList()));
    }
    String text = dir.get(PidDir.STATUS).cpusAllowedList();
    if (text == null) {
      throw new UnsupportedOperationException(
          dir.resolve("status") + " has no Cpus_allowed_list line (Linux 2.6.26+)");
    }
    int[] cpus = CpuList.sortedSet(dir.resolve("status").toString(), text);
    BitSet online = onlineCpus();
    List<Integer> out = new ArrayList<>(cpus.length);
    for (int cpu : cpus) {
      if (online == null || online.get(cpu)) {
        out.add(cpu);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * sched_getaffinity(2), as psutil asks it, where the kernel may be asked quietly ({@link
   * LinuxPlatform#asksKernel}); null where the file is to answer. Not for pid 0, which the call
   * takes for the caller.
   */
  private int @Nullable [] affinityFromKernel() {
    return fromKernel("cpu_affinity", () -> NativeLinux.getAffinity(dir.pid()));
  }

  /**
   * The CPUs {@code cpu_affinity([])} pins to: every online CPU (psutil's "eligible" CPUs; its
   * fallback is every CPU of /proc/stat), so an empty list undoes an earlier pinning.
   */
  List<Integer> eligibleCpus() {
    BitSet online = onlineCpus();
    if (online == null) {
      return cpuAffinity();
    }
    return Collections.unmodifiableList(online.stream().boxed().collect(Collectors.toList()));
  }

  /** /sys/devices/system/cpu/online, or null when it cannot be read. */
  private @Nullable BitSet onlineCpus() {
    Path file = platform.sysRoot().resolve("devices/system/cpu/online");
    try {
      List<Integer> cpus = KernelFiles.read(file, CpuList::parse);
      BitSet set = new BitSet();
      for (int cpu : cpus) {
        set.set(cpu);
      }
      return set.isEmpty() ? null : set;
    } catch (IOException e) {
      return null;
    }
  }

  void setCpuAffinity(List<Integer> cpus) {
    change("cpu_affinity", () -> NativeLinux.setAffinity(dir.pid(), cpus));
  }

  /**
   * getpriority(2), as psutil asks it, where the kernel may be asked quietly; null where the stat
   * file is to answer (a captured tree, no quiet native access, pid 0: the caller to the call).
   */
  @Nullable Integer niceFromKernel() {
    return fromKernel("nice", () -> NativeLinux.getNice(dir.pid()));
  }

  /**
   * {@code call}'s answer where the kernel may be asked quietly, else null; errors name {@code
   * what}.
   */
  private <T> @Nullable T fromKernel(String what, Supplier<T> call) {
    if (!platform.asksKernel() || dir.pid() <= 0) {
      return null;
    }
    try {
      return call.get();
    } catch (NativeError e) {
      throw map(e, what);
    } catch (UnsupportedOperationException e) {
      return null;
    }
  }

  void setNice(int value) {
    change("nice", () -> NativeLinux.setNice(dir.pid(), value));
  }

  IoNice ionice() {
    requireLive("ionice");
    try {
      int[] prio = NativeLinux.getIoprio(dir.pid());
      return IoNice.of(ProcessIOPriority.of(prio[0]), prio[1]);
    } catch (NativeError e) {
      throw map(e, "ionice");
    }
  }

  void setIonice(ProcessIOPriority ioclass, int value) {
    change("ionice", () -> NativeLinux.setIoprio(dir.pid(), ioclass.value(), value));
  }

  void sendSignal(int signal) {
    requireLive("send_signal");
    try {
      NativeLinux.kill(dir.pid(), signal);
    } catch (NativeError e) {
      throw map(e, "send_signal(" + signal + ")"); // EINVAL must name the bad signal
    }
  }

  /** A native call on the running kernel's process; its errors name {@code what}. */
  private void change(String what, Runnable call) {
    requireLive(what);
    try {
      call.run();
    } catch (NativeError e) {
      throw map(e, what);
    }
  }

  private void requireLive(String what) {
    if (!platform.isLiveProc()) {
      throw new UnsupportedOperationException(
          what + " acts on the running kernel; this platform reads " + platform.procRoot());
    }
  }

  private RuntimeException map(NativeError e, String what) {
    if (e.errno() == NativeError.ESRCH) {
      return new NoSuchProcess(dir.pid(), dir.knownName(), null);
    }
    if (e.isPermission()) {
      return AccessDenied.of(
          dir.pid(), dir.knownName(), new IOException(what + ": " + e.getMessage(), e));
    }
    if (e.errno() == NativeError.EINVAL) {
      return new IllegalArgumentException(what + ": invalid argument (EINVAL)", e);
    }
    return new IllegalStateException(what + ": " + e.getMessage(), e);
  }

  /** prlimit gives ENOSYS or ESRCH for a zombie; psutil turns that into ZombieProcess. */
  private RuntimeException zombieOr(NativeError e) {
    dir.requireNotZombie(dir.requireAlive());
    return map(e, "rlimit");
  }
}
