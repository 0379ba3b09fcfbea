package io.psutil4j.linux;

import io.psutil4j.AccessDenied;
import io.psutil4j.NoSuchProcess;
import io.psutil4j.OpenFile;
import io.psutil4j.ThreadTimes;
import io.psutil4j.ZombieProcess;
import io.psutil4j.linux.parse.Fdinfo;
import io.psutil4j.linux.parse.PidStat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

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

  private final LinuxProcess p;

  LinuxProcessFiles(LinuxProcess p) {
    this.p = p;
  }

  /** cmdline's bytes; an empty file is a zombie (ZombieProcess) or a kernel thread (empty). */
  byte[] cmdlineRaw() {
    byte[] raw = p.read("cmdline", (f, b, n) -> Arrays.copyOf(b, n));
    if (raw.length == 0) {
      requireNotZombie();
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
      List<String> args = p.cmdline();
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
      target = Files.readSymbolicLink(p.dir().resolve(name)).toString();
    } catch (IOException e) {
      RuntimeException translated = p.translate(e);
      if (translated instanceof UncheckedIOException && ProcessErrors.isGoneError(e)) {
        return "";
      }
      throw translated;
    }
    int nul = target.indexOf('\0');
    if (nul >= 0) {
      target = target.substring(0, nul);
    }
    if (target.endsWith(DELETED) && !Files.exists(Paths.get(target))) {
      target = target.substring(0, target.length() - DELETED.length());
    }
    return target;
  }

  List<ThreadTimes> threads() {
    List<String> tids = new ArrayList<>();
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(p.dir().resolve("task"))) {
      for (Path t : tasks) {
        tids.add(t.getFileName().toString());
      }
    } catch (IOException e) {
      throw p.translate(e);
    }
    Collections.sort(tids);
    double hz = p.platform().constants().clockTicks();
    List<ThreadTimes> out = new ArrayList<>(tids.size());
    boolean vanished = false;
    for (String tid : tids) {
      PidStat st;
      try {
        st = KernelFiles.read(p.dir().resolve("task").resolve(tid).resolve("stat"), PidStat::parse);
      } catch (IOException e) {
        if (ProcessErrors.isGoneError(e)) {
          vanished = true; // the thread ended while we listed them
          continue;
        }
        throw p.translate(e);
      }
      out.add(ThreadTimes.of(Integer.parseInt(tid), st.utime() / hz, st.stime() / hz));
    }
    if (vanished) {
      requireAlive();
    }
    return Collections.unmodifiableList(out);
  }

  List<OpenFile> openFiles() {
    FdLinks links;
    try {
      links = p.fdLinks();
    } catch (IOException e) {
      throw p.translate(e);
    }
    if (links.denied()) {
      throw AccessDenied.of(
          p.pid(), p.knownName(), new IOException(p.dir().resolve("fd") + ": link not readable"));
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
      if (!target.startsWith("/") || !isRegularFile(target)) {
        continue;
      }
      String name = Integer.toString(links.fd(i));
      Fdinfo info;
      try {
        info = KernelFiles.read(p.dir().resolve("fdinfo").resolve(name), Fdinfo::parse);
      } catch (IOException e) {
        if (ProcessErrors.isGoneError(e)) {
          vanished = true;
          continue;
        }
        throw p.translate(e);
      }
      out.add(OpenFile.of(target, links.fd(i), info.position(), mode(info.flags()), info.flags()));
    }
    if (vanished) {
      requireAlive();
    }
    return Collections.unmodifiableList(out);
  }

  private boolean isRegularFile(String target) {
    try {
      return Files.isRegularFile(Paths.get(target));
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

  /** NoSuchProcess when the process has gone (after something vanished under a scan). */
  private void requireAlive() {
    try {
      KernelFiles.read(p.dir().resolve("stat"), PidStat::parse);
    } catch (IOException e) {
      throw new NoSuchProcess(p.pid(), p.knownName(), null);
    }
  }

  private void requireNotZombie() {
    PidStat st = p.read("stat", PidStat::parse);
    if (st.state() == 'Z') {
      throw new ZombieProcess(p.pid(), st.name(), st.ppid());
    }
  }
}
