package io.psutil4j;

/**
 * psutil's {@code ProcessRlimit} (RLIMIT_* constants): the resources of getrlimit(2), with the
 * generic Linux numbers (x86, arm, arm64, riscv, ppc, s390; MIPS, SPARC and Alpha differ and are
 * not supported). The names are the /proc/PID/limits row titles as well.
 */
public enum ProcessRlimit {
  RLIMIT_CPU(0, "Max cpu time"),
  RLIMIT_FSIZE(1, "Max file size"),
  RLIMIT_DATA(2, "Max data size"),
  RLIMIT_STACK(3, "Max stack size"),
  RLIMIT_CORE(4, "Max core file size"),
  RLIMIT_RSS(5, "Max resident set"),
  RLIMIT_NPROC(6, "Max processes"),
  RLIMIT_NOFILE(7, "Max open files"),
  RLIMIT_MEMLOCK(8, "Max locked memory"),
  RLIMIT_AS(9, "Max address space"),
  RLIMIT_LOCKS(10, "Max file locks"),
  RLIMIT_SIGPENDING(11, "Max pending signals"),
  RLIMIT_MSGQUEUE(12, "Max msgqueue size"),
  RLIMIT_NICE(13, "Max nice priority"),
  RLIMIT_RTPRIO(14, "Max realtime priority"),
  RLIMIT_RTTIME(15, "Max realtime timeout");

  /** psutil's RLIM_INFINITY: no limit. */
  public static final long RLIM_INFINITY = -1;

  private final int resource;
  private final String limitsTitle;

  ProcessRlimit(int resource, String limitsTitle) {
    this.resource = resource;
    this.limitsTitle = limitsTitle;
  }

  /** The kernel's resource number. */
  public int resource() {
    return resource;
  }

  /** The row title in /proc/PID/limits (fs/proc/base.c lnames). */
  public String limitsTitle() {
    return limitsTitle;
  }
}
