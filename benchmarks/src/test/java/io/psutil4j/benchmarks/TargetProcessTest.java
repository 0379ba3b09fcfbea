package io.psutil4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The target is the shape the docs state, as the kernel shows it, and leaves nothing behind. */
class TargetProcessTest {
  private static final long PAGE = 4096;

  @Test
  void theKernelShowsTheStatedShape() throws Exception {
    Path dir;
    Path proc;
    try (TargetProcess target = TargetProcess.start()) {
      proc = Paths.get("/proc", Integer.toString(target.pid()));
      Path exe = Files.readSymbolicLink(proc.resolve("exe"));
      dir = exe.getParent();

      assertEquals(TargetProcess.THREADS, Floor.list(proc.resolve("task")));
      int onExe = 0;
      int sockets = 0;
      try (DirectoryStream<Path> fds = Files.newDirectoryStream(proc.resolve("fd"))) {
        for (Path fd : fds) {
          Path link = Files.readSymbolicLink(fd);
          if (link.equals(exe)) {
            onExe++;
          } else if (link.toString().startsWith("socket:")) {
            sockets++;
          }
        }
      }
      assertEquals(TargetProcess.FILES, onExe);
      assertEquals(TargetProcess.SOCKETS, sockets);
      assertEquals(TargetProcess.SOCKETS, listeningOnLoopback(target.pid()));
      assertTrue(
          onePageReadWriteAnonymous(proc.resolve("maps")) >= TargetProcess.MAPPINGS,
          "each asked mapping is a vma of its own");
      assertTrue(target.shape().contains(TargetProcess.THREADS + " threads"), target.shape());
    }
    assertFalse(Files.exists(proc), "the target is killed and reaped");
    assertFalse(Files.exists(dir), "its binary and source are deleted");
  }

  /** Lines of /proc/net/tcp in state LISTEN (0A) on 127.0.0.1 whose inode the target holds. */
  private static int listeningOnLoopback(int pid) throws IOException {
    Path fdDir = Paths.get("/proc", Integer.toString(pid), "fd");
    StringBuilder inodes = new StringBuilder(" ");
    try (DirectoryStream<Path> fds = Files.newDirectoryStream(fdDir)) {
      for (Path fd : fds) {
        String link = Files.readSymbolicLink(fd).toString();
        if (link.startsWith("socket:[")) {
          inodes.append(link, 8, link.length() - 1).append(' ');
        }
      }
    }
    int count = 0;
    List<String> lines = Files.readAllLines(Paths.get("/proc/net/tcp"));
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.trim().split("\\s+");
      if (f[1].startsWith("0100007F:")
          && f[3].equals("0A")
          && inodes.indexOf(" " + f[9] + " ") >= 0) {
        count++;
      }
    }
    return count;
  }

  private static int onePageReadWriteAnonymous(Path maps) throws IOException {
    int count = 0;
    for (String line : Files.readAllLines(maps)) {
      String[] f = line.trim().split("\\s+");
      String[] range = f[0].split("-");
      long size = Long.parseUnsignedLong(range[1], 16) - Long.parseUnsignedLong(range[0], 16);
      if (size == PAGE && f[1].equals("rw-p") && f.length == 5) {
        count++;
      }
    }
    return count;
  }
}
