package io.psutil4j.linux;

import io.psutil4j.NoSuchProcess;
import io.psutil4j.ZombieProcess;
import io.psutil4j.linux.nativeaccess.NativeError;
import io.psutil4j.linux.nativeaccess.NativeLinux;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
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

    /** A whole file's parser, which a native read may feed; null for a directory. */
    final KernelFiles.@Nullable Parser<T> parser;

    /** "/" + name + NUL: the tail of the path a native read opens. */
    final byte[] tail;

    /** A directory, or a file too large to try a native read first. */
    static <T> Entry<T> readBy(int slot, String name, Reader<T> reader) {
      return new Entry<>(slot, name, reader, null);
    }

    /** A small file: a native read fills the thread's buffer where native access is quiet. */
    static <T> Entry<T> small(int slot, String name, KernelFiles.Parser<T> parser) {
      return new Entry<>(slot, name, file -> KernelFiles.read(file, parser), parser);
    }

    private Entry(int slot, String name, Reader<T> reader, KernelFiles.@Nullable Parser<T> parser) {
      this.slot = slot;
      this.name = name;
      this.reader = reader;
      this.parser = parser;
      this.tail = ("/" + name + "\0").getBytes(StandardCharsets.US_ASCII);
    }
  }

  static final Entry<PidStat> STAT = Entry.small(0, "stat", PidStat::parse);
  static final Entry<PidStatus> STATUS = Entry.small(1, "status", PidStatus::parse);
  static final Entry<Statm> STATM = Entry.small(2, "statm", Statm::parse);
  static final Entry<Smaps> SMAPS =
      Entry.readBy(3, "smaps", file -> KernelFiles.read(file, Smaps::parse));

  /** name() and cmdline() both need it. */
  static final Entry<byte[]> CMDLINE = Entry.small(4, "cmdline", PidDir::bytes);

  /** num_fds, open_files and net_connections all need it. */
  static final Entry<FdLinks> FD = Entry.readBy(5, "fd", FdLinks::read);

  /** status read for its Threads: line alone (num_threads outside a oneshot). */
  static final Entry<PidStatus> THREADS = Entry.small(6, "status", PidStatus::threads);

  private static final int ENTRIES = 7;

  private static final byte[] PROC = "/proc/".getBytes(StandardCharsets.US_ASCII);

  /** "/proc/", 10 digits, the longest tail ("/cmdline" and its NUL): room to spare. */
  private static final ThreadLocal<byte[]> NATIVE_PATH =
      ThreadLocal.withInitial(() -> new byte[64]);

  private final int pid;
  private final Path procRoot;

  /** procRoot/PID, made when first needed: a native read of the live /proc needs no Path. */
  private @Nullable Path path;

  /** Whether the small files are read by a libc open and read (the live /proc, quiet access). */
  private final boolean nativeReads;

  private final Object[] memo = new Object[ENTRIES];
  // Resolved on first use and kept: Process.current() is read over and over by monitors.
  private final Path[] paths = new Path[ENTRIES];
  private int oneshotDepth;
  private @Nullable String knownName;

  PidDir(int pid, Path procRoot, boolean nativeReads) {
    this.pid = pid;
    this.procRoot = procRoot;
    this.nativeReads = nativeReads;
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
    Path p = path;
    if (p == null) {
      p = procRoot.resolve(Integer.toString(pid));
      path = p;
    }
    return p;
  }

  Path resolve(String name) {
    return path().resolve(name);
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
      value =
          nativeReads && entry.parser != null
              ? readNatively(entry, entry.parser)
              : entry.reader.read(pathOf(entry));
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
      return KernelFiles.read(resolve(file), parser);
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
    return ProcessErrors.translate(e, path(), pid, knownName);
  }

  /** stat read afresh, or NoSuchProcess when the process has gone (after something vanished). */
  PidStat requireAlive() {
    try {
      return KernelFiles.read(resolve("stat"), PidStat::parse);
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
      p = resolve(entry.name);
      paths[entry.slot] = p;
    }
    return p;
  }

  /**
   * {@code entry} read by libc's open and read into the thread's buffer, from a path made of bytes:
   * no String, Path or stream. The errors a file read gives are given the same way (a process gone,
   * access denied); any other failure, or a file longer than the buffer, is read as a file.
   */
  private <T> T readNatively(Entry<T> entry, KernelFiles.Parser<T> parser) throws IOException {
    byte[] buf = KernelFiles.buffer();
    int len;
    try {
      len = NativeLinux.readFile(nativePath(entry), buf);
    } catch (NativeError e) {
      if (e.errno() == NativeError.ENOENT || e.errno() == NativeError.ESRCH) {
        throw new NoSuchFileException(pathOf(entry).toString());
      }
      if (e.isPermission()) {
        throw new AccessDeniedException(pathOf(entry).toString());
      }
      return entry.reader.read(pathOf(entry));
    } catch (UnsupportedOperationException e) {
      return entry.reader.read(pathOf(entry));
    }
    if (len == buf.length) {
      return entry.reader.read(pathOf(entry));
    }
    return parser.parse(new FileName(this, entry), buf, len);
  }

  /**
   * "/proc/PID/NAME" and a NUL in this thread's buffer: a native read is only made in the live
   * /proc.
   */
  private byte[] nativePath(Entry<?> entry) {
    byte[] out = NATIVE_PATH.get();
    System.arraycopy(PROC, 0, out, 0, PROC.length);
    int end = PROC.length + decimalDigits(pid);
    for (int i = end - 1, v = pid; i >= PROC.length; i--, v /= 10) {
      out[i] = (byte) ('0' + v % 10);
    }
    System.arraycopy(entry.tail, 0, out, end, entry.tail.length);
    return out;
  }

  private static int decimalDigits(int positive) {
    int digits = 1;
    for (int v = positive; v >= 10; v /= 10) {
      digits++;
    }
    return digits;
  }

  /** A native read's file, named as a Path would be, but only when a parser's error asks. */
  private static final class FileName {
    private final PidDir dir;
    private final Entry<?> entry;

    FileName(PidDir dir, Entry<?> entry) {
      this.dir = dir;
      this.entry = entry;
    }

    @Override
    public String toString() {
      return dir.pathOf(entry).toString();
    }
  }

  private static byte[] bytes(Object file, byte[] buf, int len) {
    return Arrays.copyOf(buf, len);
  }
}
