package io.psutil4j.linux;

import io.psutil4j.linux.nativeaccess.NativeError;
import io.psutil4j.linux.nativeaccess.NativeLinux;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads kernel files the way psutil does: the whole file in as few read() calls as possible into a
 * reused per-thread buffer (one read gives a consistent /proc snapshot, and /proc/net/tcp costs a
 * kernel walk per call), then hands the bytes to a pure parser. Nothing is allocated per line.
 *
 * <p>Public for the sibling packages (cgroup) only; not part of the library's API.
 */
public final class KernelFiles {
  /** Parses the bytes of one kernel file; must not keep {@code buf}. */
  public interface Parser<T> {
    T parse(Object file, byte[] buf, int len);
  }

  private static final int INITIAL_BUFFER = 32 * 1024;

  /** Larger buffers (a big smaps) are not kept, so an idle thread holds at most this much. */
  private static final int MAX_KEPT_BUFFER = 1024 * 1024;

  private static final ThreadLocal<byte[]> BUFFER =
      ThreadLocal.withInitial(() -> new byte[INITIAL_BUFFER]);

  private KernelFiles() {}

  /**
   * This thread's read buffer, for a reader that fills it by other means (a native read of a /proc
   * file); like a Parser, the caller must not keep it.
   */
  static byte[] buffer() {
    return BUFFER.get();
  }

  /** Reads {@code path} whole; a missing file throws {@link java.nio.file.NoSuchFileException}. */
  public static <T> T read(Path path, Parser<T> parser) throws IOException {
    return read(path, null, parser);
  }

  /**
   * {@link #read(Path, Parser)} of a file whose java.io twin the caller keeps: {@code file} is
   * {@link #twin} of {@code path}, null when it has none.
   */
  public static <T> T read(Path path, @Nullable File file, Parser<T> parser) throws IOException {
    byte[] kept = BUFFER.get();
    byte[] buf = kept;
    int len = 0;
    try (InputStream in = open(path, file)) {
      while (true) {
        if (len == buf.length) {
          buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, len, buf.length - len);
        if (n < 0) {
          break;
        }
        len += n;
      }
    }
    // only a grown buffer is put back: a ThreadLocal set per read is a hash lookup for nothing
    if (buf != kept && buf.length <= MAX_KEPT_BUFFER) {
      BUFFER.set(buf);
    }
    return parser.parse(path, buf, len);
  }

  /**
   * A FileInputStream, which costs ~200 bytes less per open than a FileChannel (the small calls
   * read one or two files). Its FileNotFoundException says nothing of why, so a failed open is
   * retried through NIO, whose exception names it (NoSuchFileException, AccessDeniedException) as
   * the callers expect; a root on another file system goes through NIO directly.
   */
  private static InputStream open(Path path, @Nullable File file) throws IOException {
    File opened = file != null ? file : twin(path);
    if (opened == null) {
      return Files.newInputStream(path);
    }
    try {
      return new FileInputStream(opened);
    } catch (FileNotFoundException e) {
      // Its message ends with strerror's text. ENOENT, which sysfs and cgroupfs answer for every
      // file a kernel or controller lacks, is answered here as NIO would, without NIO's second
      // open and exception; any other reason (or a localized text) is asked of NIO.
      String why = e.getMessage();
      if (why != null && why.endsWith(NO_SUCH_FILE)) {
        throw new NoSuchFileException(path.toString());
      }
      return Files.newInputStream(path);
    }
  }

  /**
   * The java.io File of {@code path}, which a reader of the same file on every refresh keeps (a
   * Path's toFile normalizes its text again each time); null on another file system than the
   * default, which java.io cannot open.
   */
  public static @Nullable File twin(Path path) {
    return path.getFileSystem() == FileSystems.getDefault() ? path.toFile() : null;
  }

  private static final String NO_SUCH_FILE = " (No such file or directory)";

  /**
   * Whether {@code path} exists, as {@link Files#exists} says: through java.io on the default file
   * system, where a missing file costs no exception (NIO builds and catches one).
   */
  static boolean exists(Path path) {
    if (path.getFileSystem() == FileSystems.getDefault()) {
      return path.toFile().exists();
    }
    return Files.exists(path);
  }

  /** {@link Files#isDirectory} (links followed), without NIO's exception for a missing path. */
  static boolean isDirectory(Path path) {
    if (path.getFileSystem() == FileSystems.getDefault()) {
      return path.toFile().isDirectory();
    }
    return Files.isDirectory(path);
  }

  /**
   * A small sysfs/proc value as text, trimmed like {@link String#trim()}; null when it cannot be
   * read (missing, or a driver's EINVAL such as lo's speed). Bytes at or below space are the only
   * ones trimmed, so trimming before decoding gives the same string as decoding then trimming.
   */
  static @Nullable String text(Path path) {
    try {
      return read(path, KernelFiles::trimmed);
    } catch (IOException e) {
      return null;
    }
  }

  private static String trimmed(Object file, byte[] buf, int len) {
    int start = 0;
    int end = len;
    while (start < end && buf[start] >= 0 && buf[start] <= ' ') {
      start++;
    }
    while (end > start && buf[end - 1] >= 0 && buf[end - 1] <= ' ') {
      end--;
    }
    return new String(buf, start, end - start, StandardCharsets.UTF_8);
  }

  /**
   * Counts the entries of a directory (fds, tasks) without sorting or keeping names: by getdents64
   * without a String each where native access is quiet; else, or when that fails, by a listing
   * whose exception names the failure.
   */
  static int countEntries(Path dir) throws IOException {
    if (dir.getFileSystem() == FileSystems.getDefault() && NativeLinux.fastPathsQuiet()) {
      try {
        return NativeLinux.countEntries(dir.toString());
      } catch (NativeError | UnsupportedOperationException e) {
        // listed below, which tells ENOENT from EACCES in its exception
      }
    }
    return entryNames(dir).length;
  }

  /**
   * The names in a directory, in the kernel's order. File.list() makes one String per entry and no
   * Path (~80 bytes per /proc entry against ~210 for a DirectoryStream's Path and its file name),
   * and holds one descriptor while it lists, as psutil's os.listdir does, where a DirectoryStream
   * holds two. It says nothing of why it failed, so a failure is listed again through NIO, whose
   * exception names it.
   */
  static String[] entryNames(Path dir) throws IOException {
    if (dir.getFileSystem() == FileSystems.getDefault()) {
      String[] names = dir.toFile().list();
      if (names != null) {
        return names;
      }
    }
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        names.add(entry.getFileName().toString());
      }
    }
    return names.toArray(new String[0]);
  }
}
