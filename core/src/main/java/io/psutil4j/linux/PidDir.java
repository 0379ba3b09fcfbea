package io.psutil4j.linux;

import io.psutil4j.NoSuchProcess;
import io.psutil4j.ZombieProcess;
import io.psutil4j.linux.parse.PidStat;
import io.psutil4j.linux.parse.PidStatus;
import io.psutil4j.linux.parse.Smaps;
import io.psutil4j.linux.parse.Statm;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * One /proc/PID directory: the pid, its path, the oneshot memo and the one translation of an I/O
 * failure into psutil's exceptions. The process's helpers read through it and know nothing else of
 * the process. Inside a oneshot scope each {@link Entry} is read at most once (psutil's three
 * oneshot groups plus statm, cmdline and the fd listing); outside it every read is afresh. Not
 * thread-safe, like psutil's Process.
 */
final class PidDir {
  /** How an entry of /proc/PID is read; an I/O failure is the directory's to translate. */
  interface Reader<T> {
    T read(Path path) throws IOException;
  }

  /** A file (or directory) of /proc/PID that a oneshot keeps: the memo's key. */
  static final class Entry<T> {
    final int slot;
    final String name;
    final Reader<T> reader;

    private Entry(int slot, String name, Reader<T> reader) {
      this.slot = slot;
      this.name = name;
      this.reader = reader;
    }
  }

  static final Entry<PidStat> STAT = new Entry<>(0, "stat", parsed(PidStat::parse));
  static final Entry<PidStatus> STATUS = new Entry<>(1, "status", parsed(PidStatus::parse));
  static final Entry<Statm> STATM = new Entry<>(2, "statm", parsed(Statm::parse));
  static final Entry<Smaps> SMAPS = new Entry<>(3, "smaps", parsed(Smaps::parse));

  /** name() and cmdline() both need it. */
  static final Entry<byte[]> CMDLINE = new Entry<>(4, "cmdline", parsed(PidDir::bytes));

  /** num_fds, open_files and net_connections all need it. */
  static final Entry<FdLinks> FD = new Entry<>(5, "fd", FdLinks::read);

  private static final int ENTRIES = 6;

  private final int pid;
  private final Path path;
  private final Object[] memo = new Object[ENTRIES];
  // Resolved on first use and kept: Process.current() is read over and over by monitors.
  private final Path[] paths = new Path[ENTRIES];
  private int oneshotDepth;
  private @Nullable String knownName;

  PidDir(int pid, Path path) {
    this.pid = pid;
    this.path = path;
  }

  int pid() {
    return pid;
  }

  /** The process's name once comm was read, for the exceptions; null before. */
  @Nullable String knownName() {
    return knownName;
  }

  void knownName(String name) {
    knownName = name;
  }

  Path path() {
    return path;
  }

  Path resolve(String name) {
    return path.resolve(name);
  }

  /** {@code entry}, from the memo inside a oneshot. */
  @SuppressWarnings("unchecked")
  <T> T get(Entry<T> entry) {
    Object kept = memo[entry.slot];
    if (kept != null) {
      return (T) kept;
    }
    T value;
    try {
      value = entry.reader.read(pathOf(entry));
    } catch (IOException e) {
      throw translate(e);
    }
    if (oneshotDepth > 0) {
      memo[entry.slot] = value;
    }
    return value;
  }

  /** A file no oneshot keeps, read afresh. */
  <T> T read(String file, KernelFiles.Parser<T> parser) {
    try {
      return KernelFiles.read(path.resolve(file), parser);
    } catch (IOException e) {
      throw translate(e);
    }
  }

  boolean inOneshot() {
    return oneshotDepth > 0;
  }

  void beginOneshot() {
    oneshotDepth++;
  }

  void endOneshot() {
    if (oneshotDepth > 0 && --oneshotDepth == 0) {
      Arrays.fill(memo, null);
    }
  }

  RuntimeException translate(IOException e) {
    return ProcessErrors.translate(e, path, pid, knownName);
  }

  /** stat read afresh, or NoSuchProcess when the process has gone (after something vanished). */
  PidStat requireAlive() {
    try {
      return KernelFiles.read(path.resolve("stat"), PidStat::parse);
    } catch (IOException e) {
      throw new NoSuchProcess(pid, knownName, null);
    }
  }

  /** ZombieProcess when {@code stat} says Z. */
  void requireNotZombie(PidStat stat) {
    if (stat.state() == 'Z') {
      throw new ZombieProcess(pid, stat.name(), stat.ppid());
    }
  }

  private Path pathOf(Entry<?> entry) {
    Path p = paths[entry.slot];
    if (p == null) {
      p = path.resolve(entry.name);
      paths[entry.slot] = p;
    }
    return p;
  }

  private static <T> Reader<T> parsed(KernelFiles.Parser<T> parser) {
    return file -> KernelFiles.read(file, parser);
  }

  private static byte[] bytes(Object file, byte[] buf, int len) {
    return Arrays.copyOf(buf, len);
  }
}
