package io.psutil4j.benchmarks;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The floor of every op: open, read to EOF and close the same kernel files psutil reads, into one
 * reused direct buffer, without looking at the bytes. A 1 MiB buffer makes one read() call per file
 * for everything but huge files, which matters for /proc/net/tcp (a kernel walk per call).
 */
public final class Floor {
  private final ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);

  /** Bytes in the file; a file that does not exist costs its failed open and counts 0. */
  public long read(Path file) throws IOException {
    buf.clear();
    long total = 0;
    FileChannel channel;
    try {
      channel = FileChannel.open(file);
    } catch (NoSuchFileException e) {
      return 0;
    }
    try {
      int n;
      while ((n = channel.read(buf)) >= 0) {
        total += n;
        if (!buf.hasRemaining()) {
          buf.clear();
        }
      }
    } finally {
      channel.close();
    }
    return total;
  }

  /** Entries of a directory, as listdir() sees them (no sort, names not kept). */
  public static int list(Path dir) throws IOException {
    int count = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path ignored : entries) {
        count++;
      }
    }
    return count;
  }

  /** psutil's threads(): listdir task, then each task/TID/stat. */
  public long threads(Path taskDir) throws IOException {
    long total = 0;
    try (DirectoryStream<Path> tids = Files.newDirectoryStream(taskDir)) {
      for (Path tid : tids) {
        total += read(tid.resolve("stat"));
      }
    }
    return total;
  }

  /**
   * psutil's open_files(): listdir fd, readlink each, and for an absolute path that is a regular
   * file stat it and read fdinfo/N.
   */
  public long openFiles(Path fdDir, Path fdinfoDir) throws IOException {
    long total = 0;
    try (DirectoryStream<Path> fds = Files.newDirectoryStream(fdDir)) {
      for (Path fd : fds) {
        Path target = link(fd);
        if (target != null && target.isAbsolute() && Files.isRegularFile(target)) {
          total += read(fdinfoDir.resolve(fd.getFileName()));
        }
      }
    }
    return total;
  }

  /**
   * psutil's Process.net_connections(): listdir fd and readlink each (the socket inodes), then read
   * the tables of every inet kind.
   */
  public long connections(Path fdDir, Path... tables) throws IOException {
    long total = 0;
    try (DirectoryStream<Path> fds = Files.newDirectoryStream(fdDir)) {
      for (Path fd : fds) {
        Path target = link(fd);
        if (target != null) {
          total += target.getNameCount();
        }
      }
    }
    for (Path table : tables) {
      total += read(table);
    }
    return total;
  }

  /** Where an fd points, or null once it has been closed. */
  private static Path link(Path fd) throws IOException {
    try {
      return Files.readSymbolicLink(fd);
    } catch (NoSuchFileException gone) {
      return null;
    }
  }

  /** Whether a directory entry name is a pid (all digits), without allocating. */
  public static boolean isPid(Path entry) {
    String name = entry.getFileName().toString();
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
