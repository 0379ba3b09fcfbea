package io.psutil4j.linux;

import io.psutil4j.AccessDenied;
import io.psutil4j.OpenFile;
import io.psutil4j.ThreadTimes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The parts of /proc/PID that are links and directories: exe, cwd, fd + fdinfo (open_files), task
 * (threads), and cmdline's zombie rule.
 */
final class LinuxProcessFiles {
  private static final String DELETED = " (deleted)";
  private static final int O_ACCMODE = 3;
  private static final int O_WRONLY = 1;
  private static final int O_RDWR = 2;
  private static final int O_APPEND = 02000;

  private final PidDir dir;
  private final KernelConstants constants;

  LinuxProcessFiles(PidDir dir, KernelConstants constants) {
    this.dir = dir;
    this.constants = constants;
  }

  /** cmdline's bytes; an empty file is a zombie (ZombieProcess) or a kernel thread (empty). */
  byte[] cmdlineRaw() {
    byte[] raw = dir.get(PidDir.CMDLINE);
    if (raw.length == 0) {
      dir.requireNotZombie(dir.read("stat", PidStat::parse));
    }
    return raw;
  }

  String exe() {
    String exe;
    try {
      exe = readlink("exe");
    } catch (AccessDenied e) {
      String guess = guessExeFromCmdline();
      if (guess.isEmpty()) {
        throw e;
      }
      return guess;
    }
    return exe.isEmpty() ? guessExeFromCmdline() : exe;
  }

  String cwd() {
    return readlink("cwd");
  }

  /**
   * psutil's fallback when exe cannot be read: cmdline[0] when it is an absolute path to an
   * executable regular file.
   */
  private String guessExeFromCmdline() {
    try {
      List<String> args = Cmdline.split(cmdlineRaw());
      if (!args.isEmpty()) {
        String first = args.get(0);
        Path path = Paths.get(first);
        if (path.isAbsolute() && Files.isRegularFile(path) && Files.isExecutable(path)) {
          return first;
        }
      }
    } catch (AccessDenied | InvalidPathException e) {
      // nothing better to offer than the empty answer
    }
    return "";
  }

  /**
   * readlink with psutil's quirks: text after a NUL is dropped (#717); " (deleted)" is stripped
   * unless a file of that literal name exists; ENOENT while the process lives (kernel threads, pid
   * 1 in some containers) gives "" after a zombie check.
   */
  private String readlink(String name) {
    String target;
    try {
      target = Files.readSymbolicLink(dir.resolve(name)).toString();
    } catch (IOException e) {
      RuntimeException translated = dir.translate(e);
      if (translated instanceof UncheckedIOException && ProcessErrors.isGoneError(e)) {
        return "";
      }
      throw translated;
    }
    int nul = target.indexOf('\0');
    if (nul >= 0) {
      target = target.substring(0, nul);
    }
    return undeleted(target);
  }

  /**
   * {@code path} without the " (deleted)" the kernel appends to an unlinked file's name, unless a
   * file of that literal name exists.
   */
  static String undeleted(String path) {
    if (path.endsWith(DELETED) && !holds(path, Files::exists)) {
      return path.substring(0, path.length() - DELETED.length());
    }
    return path;
  }

  List<ThreadTimes> threads() {
    List<String> tids = new ArrayList<>();
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(dir.resolve("task"))) {
      for (Path t : tasks) {
        tids.add(t.getFileName().toString());
      }
    } catch (IOException e) {
      throw dir.translate(e);
    }
    Collections.sort(tids);
    double hz = constants.clockTicks();
    List<ThreadTimes> out = new ArrayList<>(tids.size());
    boolean vanished = false;
    for (String tid : tids) {
      PidStat st = readUnlessGone(dir.resolve("task").resolve(tid).resolve("stat"), PidStat::parse);
      if (st == null) {
        vanished = true; // the thread ended while we listed them
        continue;
      }
      out.add(ThreadTimes.of(Integer.parseInt(tid), st.utime() / hz, st.stime() / hz));
    }
    if (vanished) {
      dir.requireAlive();
    }
    return Collections.unmodifiableList(out);
  }

  List<OpenFile> openFiles() {
    FdLinks links = dir.get(PidDir.FD);
    if (links.denied()) {
      throw AccessDenied.of(
          dir.pid(), dir.knownName(), new IOException(dir.resolve("fd") + ": link not readable"));
    }
    List<OpenFile> out = new ArrayList<>();
    boolean vanished = links.vanished();
    for (int i = 0; i < links.count(); i++) {
      String target = links.target(i);
      if (target == null) {
        continue; // gone (vanished says so), or EINVAL/ENAMETOOLONG: psutil skips the fd
      }
      // Only regular files, tested by the path text: deleted files, pipes, sockets, anon
      // inodes, /dev nodes and memfd drop out, as in psutil.
      if (!target.startsWith("/") || !holds(target, Files::isRegularFile)) {
        continue;
      }
      String name = Integer.toString(links.fd(i));
      Fdinfo info = readUnlessGone(dir.resolve("fdinfo").resolve(name), Fdinfo::parse);
      if (info == null) {
        vanished = true;
        continue;
      }
      out.add(OpenFile.of(target, links.fd(i), info.position(), mode(info.flags()), info.flags()));
    }
    if (vanished) {
      dir.requireAlive();
    }
    return Collections.unmodifiableList(out);
  }

  /** One thread's or fd's file, parsed; null once it is gone (psutil skips it). */
  private <T> @Nullable T readUnlessGone(Path file, KernelFiles.Parser<T> parser) {
    try {
      return KernelFiles.read(file, parser);
    } catch (IOException e) {
      if (ProcessErrors.isGoneError(e)) {
        return null;
      }
      throw dir.translate(e);
    }
  }

  /** Whether {@code check} holds for the file of this name; a name Java refuses names no file. */
  private static boolean holds(String name, Predicate<Path> check) {
    try {
      return check.test(Paths.get(name));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /** Python's open() mode from the access mode and O_APPEND: r, w, a, r+ or a+. */
  static String mode(int flags) {
    int access = flags & O_ACCMODE;
    String mode = access == O_RDWR ? "w+" : access == O_WRONLY ? "w" : "r";
    if ((flags & O_APPEND) != 0) {
      mode = mode.replaceFirst("w", "a");
    }
    return mode.equals("w+") ? "r+" : mode;
  }
}
