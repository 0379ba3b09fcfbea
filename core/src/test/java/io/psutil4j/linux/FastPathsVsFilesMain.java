package io.psutil4j.linux;

import io.psutil4j.DiskUsage;
import io.psutil4j.LoadAverage;
import io.psutil4j.NoSuchProcess;
import io.psutil4j.linux.nativeaccess.NativeLinux;
import io.psutil4j.spi.ProcessAccess;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Each libc fast path against the file it replaces, in one JVM: the first line printed is the
 * binding in use ("ffm", "jna" or "none"), then one line per disagreement, then "END". A value the
 * kernel may change between two reads (loads, free blocks, fds) is compared only when two file
 * reads around the native one agree.
 */
public final class FastPathsVsFilesMain {
  private static final int RLIMIT_NOFILE = 7;
  private static final int TRIES = 20;

  private FastPathsVsFilesMain() {}

  public static void main(String[] args) throws IOException {
    StringBuilder out = new StringBuilder(NativeLinux.fastPathBinding()).append('\n');
    for (String mismatch : mismatches()) {
      out.append(mismatch).append('\n');
    }
    out.append("END\n");
    System.out.write(out.toString().getBytes(StandardCharsets.UTF_8));
    System.out.flush();
  }

  /** Disagreements between the fast paths and the files; empty when there is no fast path. */
  static List<String> mismatches() throws IOException {
    List<String> out = new ArrayList<>();
    if (!NativeLinux.fastPathsQuiet()) {
      return out;
    }
    LinuxPlatform fast = LinuxPlatform.builder().warningStream(null).build();
    LinuxPlatform files = LinuxPlatform.builder().warningStream(null).withoutNativeCalls().build();

    compareStable(
        out, "getloadavg", () -> loads(files.loadAverage()), () -> loads(fast.loadAverage()));
    compareStable(
        out,
        "disk_usage('/')",
        () -> usage(files.diskUsage("/")),
        () -> usage(fast.diskUsage("/")));
    compareStable(
        out,
        "cpu_count",
        () -> files.cpuCountLogical().toString(),
        () -> fast.cpuCountLogical().toString());
    compareStable(
        out,
        "count of /proc/self/fd",
        () -> Integer.toString(new File("/proc/self/fd").list().length),
        () -> Integer.toString(NativeLinux.countEntries("/proc/self/fd")));
    compareStable(
        out,
        "rlimit(NOFILE)",
        FastPathsVsFilesMain::limitsFileNofile,
        () -> Arrays.toString(NativeLinux.getRlimit(selfPid(), RLIMIT_NOFILE)));
    compareStable(
        out,
        "nice",
        () -> Integer.toString(files.process(selfPid()).nice()),
        () -> Integer.toString(fast.process(selfPid()).nice()));
    compareStable(
        out,
        "cpu_affinity",
        () -> files.process(selfPid()).cpuAffinity().toString(),
        () -> fast.process(selfPid()).cpuAffinity().toString());
    comparePidFiles(out, fast, files);
    return out;
  }

  /**
   * What a process's small files (stat, status, statm, cmdline) give, read natively and as files,
   * of a sleeping child whose values hold still; and a pid that is gone, NoSuchProcess both ways.
   */
  private static void comparePidFiles(List<String> out, LinuxPlatform fast, LinuxPlatform files)
      throws IOException {
    Process child = new ProcessBuilder("sleep", "60").start();
    try {
      int pid = (int) child.pid();
      compareStable(
          out,
          "stat, status, statm, cmdline",
          () -> pidFiles(files, pid),
          () -> pidFiles(fast, pid));
      compareStable(
          out,
          "a pid gone",
          () -> pidFiles(files, Integer.MAX_VALUE),
          () -> pidFiles(fast, Integer.MAX_VALUE));
    } finally {
      child.destroy();
    }
  }

  private static String pidFiles(LinuxPlatform platform, int pid) {
    try {
      ProcessAccess p = platform.process(pid);
      return p.comm()
          + " "
          + p.ppid()
          + " "
          + p.createTime()
          + " "
          + p.status()
          + " "
          + p.uids()
          + " "
          + p.memoryInfo()
          + " "
          + p.cmdline()
          + " "
          + p.numThreads();
    } catch (NoSuchProcess e) {
      return "NoSuchProcess " + e.pid();
    }
  }

  /** Native between two file reads, until the two file reads agree. */
  private static void compareStable(
      List<String> out, String what, Supplier<String> file, Supplier<String> nativeCall) {
    for (int i = 0; i < TRIES; i++) {
      String before = file.get();
      String got = nativeCall.get();
      String after = file.get();
      if (before.equals(after)) {
        if (!before.equals(got)) {
          out.add(what + ": native " + got + ", file " + before);
        }
        return;
      }
    }
    out.add(what + ": the file never read the same twice in " + TRIES + " tries");
  }

  private static String loads(LoadAverage l) {
    return l.load1() + " " + l.load5() + " " + l.load15();
  }

  private static String usage(DiskUsage u) {
    return u.total() + " " + u.used() + " " + u.free();
  }

  static int selfPid() {
    return (int) ProcessHandle.current().pid();
  }

  /** /proc/self/limits' "Max open files" soft and hard, as prlimit gives them (-1: unlimited). */
  static String limitsFileNofile() {
    try {
      for (String line : Files.readAllLines(Paths.get("/proc/self/limits"))) {
        if (line.startsWith("Max open files")) {
          String[] f = line.substring("Max open files".length()).trim().split("\\s+");
          return Arrays.toString(new long[] {limit(f[0]), limit(f[1])});
        }
      }
    } catch (IOException e) {
      return e.toString();
    }
    return "no Max open files line in /proc/self/limits";
  }

  private static long limit(String field) {
    return field.equals("unlimited") ? -1 : Long.parseLong(field);
  }
}
