package io.psutil4j;

import io.psutil4j.spi.Platform;
import io.psutil4j.spi.ProcessAccess;
import java.util.List;

/**
 * psutil's {@code Process}: one process, identified by its pid and its start time, so a pid the
 * kernel recycles for another process is recognised as such. Getters read the kernel on every call
 * unless inside {@link #oneshot()}. Not thread-safe, like psutil's.
 */
public final class Process {
  /** The kernel keeps comm to 15 bytes (TASK_COMM_LEN - 1). */
  private static final int COMM_LENGTH = 15;

  private final Platform platform;
  private final ProcessAccess access;
  private final int pid;
  private final double identityStart;

  private Process(Platform platform, int pid) {
    this.platform = platform;
    this.pid = pid;
    this.access = platform.process(pid);
    try {
      this.identityStart = access.startTimeAfterBoot();
    } catch (NoSuchProcess e) {
      throw e instanceof ZombieProcess ? e : new NoSuchProcess(pid, null, "process PID not found");
    }
  }

  /** The process of this JVM. */
  public static Process current() {
    Platform platform = Platforms.current();
    return new Process(platform, platform.selfPid());
  }

  /**
   * The process with this pid.
   *
   * @throws IllegalArgumentException for a negative pid, naming it
   * @throws NoSuchProcess when no process has this pid (0 and pids beyond the pid range included)
   */
  public static Process of(long pid) {
    return of(Platforms.current(), pid);
  }

  /** The process with this pid, as {@code platform} sees it (e.g. a captured fixture tree). */
  public static Process of(Platform platform, long pid) {
    if (pid < 0) {
      throw new IllegalArgumentException("pid must be a positive integer (got " + pid + ")");
    }
    if (pid > Integer.MAX_VALUE) {
      throw new NoSuchProcess(
          (int) Math.min(pid, Integer.MAX_VALUE),
          null,
          "process PID out of range (got " + pid + ")");
    }
    if (pid == 0) {
      // Linux has no /proc/0: psutil reports pid 0 as not found.
      throw new NoSuchProcess(0, null, "process PID not found");
    }
    return new Process(platform, (int) pid);
  }

  public int pid() {
    return pid;
  }

  /**
   * {@code ppid()}: the parent's pid, read afresh (it becomes 1 or a subreaper's when the parent
   * dies).
   */
  public int ppid() {
    return access.ppid();
  }

  /**
   * {@code name()}: comm, or, when comm is cut at 15 characters, the basename of {@code
   * cmdline()[0]} that it is the start of ({@code gnome-keyring-d} becomes {@code
   * gnome-keyring-daemon}).
   */
  public String name() {
    String comm = access.comm();
    if (comm.length() < COMM_LENGTH) {
      return comm;
    }
    try {
      List<String> args = access.cmdline();
      if (!args.isEmpty()) {
        String first = args.get(0);
        String base = first.substring(first.lastIndexOf('/') + 1);
        if (base.startsWith(comm)) {
          return base;
        }
      }
    } catch (AccessDenied | ZombieProcess e) {
      // psutil keeps the kernel's truncated name when cmdline cannot be read.
    }
    return comm;
  }

  /** {@code cmdline()}: the arguments the process was started with (or rewrote its title to). */
  public List<String> cmdline() {
    return access.cmdline();
  }

  /** {@code create_time()}: seconds since the epoch, 1/CLK_TCK resolution. */
  public double createTime() {
    return access.createTime();
  }

  /** {@code memory_info()}. */
  public MemoryInfo memoryInfo() {
    return access.memoryInfo();
  }

  /** {@code num_fds()}: open file descriptors. */
  public int numFds() {
    return access.numFds();
  }

  /** {@code num_threads()}. */
  public int numThreads() {
    return access.numThreads();
  }

  /** {@code num_ctx_switches()}. */
  public CtxSwitches numCtxSwitches() {
    return access.numCtxSwitches();
  }

  /**
   * {@code is_running()}: whether this very process still runs (a zombie counts), false once its
   * pid is gone or belongs to a newer process.
   */
  public boolean isRunning() {
    try {
      return platform.process(pid).startTimeAfterBoot() == identityStart;
    } catch (ZombieProcess e) {
      return true;
    } catch (NoSuchProcess e) {
      return false;
    }
  }

  /**
   * {@code oneshot()}: until the returned scope closes, each kernel file is read once for all
   * getters. Scopes nest; only the outermost one drops the cache.
   */
  public Oneshot oneshot() {
    access.beginOneshot();
    return new Oneshot(access);
  }

  /** A oneshot scope, for try-with-resources. */
  public static final class Oneshot implements AutoCloseable {
    private final ProcessAccess access;
    private boolean closed;

    private Oneshot(ProcessAccess access) {
      this.access = access;
    }

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        access.endOneshot();
      }
    }
  }

  /** Same pid and same start time: the same process, even across a clock step. */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Process)) {
      return false;
    }
    Process that = (Process) other;
    return pid == that.pid && identityStart == that.identityStart;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(pid);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("psutil.Process(pid=").append(pid);
    try {
      out.append(", name='").append(name()).append('\'');
    } catch (NoSuchProcess e) {
      return out.append(", status='terminated')").toString();
    } catch (AccessDenied e) {
      // repr leaves out what cannot be read
    }
    return out.append(')').toString();
  }
}
