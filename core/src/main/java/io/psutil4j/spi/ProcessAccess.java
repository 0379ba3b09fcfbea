package io.psutil4j.spi;

import io.psutil4j.CtxSwitches;
import io.psutil4j.MemoryInfo;
import java.util.List;

/**
 * One process as a platform sees it. Every method may raise {@link io.psutil4j.NoSuchProcess},
 * {@link io.psutil4j.ZombieProcess} or {@link io.psutil4j.AccessDenied}; nothing else but {@link
 * java.io.UncheckedIOException} for a kernel file that exists and still cannot be read.
 */
public interface ProcessAccess {
  int pid();

  /** The kernel's short name (comm), at most 15 characters. */
  String comm();

  int ppid();

  List<String> cmdline();

  /** Start time in seconds after boot: monotonic, so no clock step moves it (process identity). */
  double startTimeAfterBoot();

  /** Start time, seconds since the epoch. */
  double createTime();

  MemoryInfo memoryInfo();

  int numFds();

  int numThreads();

  CtxSwitches numCtxSwitches();

  /**
   * Starts caching what is read until the matching {@link #endOneshot()}; nests. Inside, no kernel
   * file is read twice.
   */
  void beginOneshot();

  void endOneshot();
}
