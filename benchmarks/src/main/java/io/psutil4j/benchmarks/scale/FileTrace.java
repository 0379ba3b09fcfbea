package io.psutil4j.benchmarks.scale;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kernel files a read makes the host open, as strace sees them: every {@code openat} of a path
 * under /proc or /sys (or utmp, or a fixture root) by any thread of the host while the read runs,
 * split into files, directories (opened with O_DIRECTORY: listed) and statfs calls (statvfs of a
 * mount point); and the socket dumps it asked of NETLINK_SOCK_DIAG (each family and protocol), the
 * kernel's socket tables read without a file.
 */
final class FileTrace {
  private static final Pattern OPEN =
      Pattern.compile("openat\\(AT_FDCWD, \"([^\"]+)\", ([A-Z_|]+)");
  private static final Pattern STATFS = Pattern.compile("statfs6?4?\\(\"([^\"]+)\"");

  /** A sock_diag request as strace shows it: undecoded bytes (family, protocol first) ... */
  private static final Pattern DUMP_BYTES =
      Pattern.compile(
          "sendto\\(.*nlmsg_len=72, nlmsg_type=(?:0x14|SOCK_DIAG_BY_FAMILY)[^\"]*\"\\\\x([0-9a-f]{2})\\\\x([0-9a-f]{2})");

  /** ... or decoded, by a newer strace. */
  private static final Pattern DUMP_DECODED =
      Pattern.compile("sendto\\(.*sdiag_family=AF_INET(6?), sdiag_protocol=IPPROTO_(TCP|UDP)");

  private static final Pattern FIXTURE_ROOT =
      Pattern.compile("^.*/" + FixtureTree.ROOT_PREFIX + "[^/]*");
  private static final Pattern NUMBER = Pattern.compile("[0-9][0-9a-f]*");

  final List<String> files;
  final List<String> directories;
  final List<String> mountPoints;

  /** Each sock_diag dump, in order: {@code family << 8 | protocol} (AF_INET 2, AF_INET6 10). */
  final List<Integer> socketDumps;

  private FileTrace(
      Set<String> files, Set<String> directories, Set<String> mountPoints, List<Integer> dumps) {
    this.files = List.copyOf(files);
    this.directories = List.copyOf(directories);
    this.mountPoints = List.copyOf(mountPoints);
    this.socketDumps = List.copyOf(dumps);
  }

  /** Attaches strace to every thread of {@code pid}, runs {@code read}, detaches. */
  static FileTrace of(long pid, Callable<?> read) throws Exception {
    Path out = Files.createTempFile("psutil4j-scale-strace", ".txt");
    Path err = Files.createTempFile("psutil4j-scale-strace", ".err");
    Process strace =
        new ProcessBuilder(
                "strace",
                "-f",
                "-e",
                "trace=openat,statfs,sendto",
                "-o",
                out.toString(),
                "-p",
                Long.toString(pid))
            .redirectError(err.toFile())
            .start();
    try {
      awaitAttached(strace, err);
      read.call();
      Thread.sleep(200); // the read threads' last calls are written
    } finally {
      strace.destroy(); // SIGTERM: strace detaches from every thread
      if (!strace.waitFor(30, TimeUnit.SECONDS)) {
        strace.destroyForcibly().waitFor();
      }
    }
    try {
      return parse(Files.readAllLines(out, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** strace prints one "attached" line per thread; done once no new line came for 500 ms. */
  private static void awaitAttached(Process strace, Path err) throws Exception {
    long last = -1;
    long stableSince = System.nanoTime();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!strace.isAlive()) {
        throw new IllegalStateException("strace ended: " + Files.readString(err));
      }
      long size = Files.size(err);
      if (size != last) {
        last = size;
        stableSince = System.nanoTime();
      } else if (size > 0 && System.nanoTime() - stableSince > 500_000_000L) {
        return;
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("strace did not attach within 60 s: " + Files.readString(err));
  }

  static FileTrace parse(List<String> lines) {
    Set<String> files = new LinkedHashSet<>();
    Set<String> directories = new LinkedHashSet<>();
    Set<String> mountPoints = new LinkedHashSet<>();
    List<Integer> dumps = new ArrayList<>();
    for (String line : lines) {
      Integer dump = socketDump(line);
      if (dump != null) {
        dumps.add(dump);
        continue;
      }
      Matcher open = OPEN.matcher(line);
      if (open.find() && kernelPath(open.group(1))) {
        String path = open.group(1);
        boolean directory =
            open.group(2).contains("O_DIRECTORY") || Files.isDirectory(Paths.get(path));
        (directory ? directories : files).add(path);
        continue;
      }
      Matcher statfs = STATFS.matcher(line);
      if (statfs.find()) {
        mountPoints.add(statfs.group(1));
      }
    }
    return new FileTrace(files, directories, mountPoints, dumps);
  }

  /** The family and protocol of a sock_diag request line, or null for any other line. */
  static Integer socketDump(String line) {
    if (!line.contains("sendto(")) {
      return null;
    }
    Matcher bytes = DUMP_BYTES.matcher(line);
    if (bytes.find()) {
      return Integer.parseInt(bytes.group(1), 16) << 8 | Integer.parseInt(bytes.group(2), 16);
    }
    Matcher decoded = DUMP_DECODED.matcher(line);
    if (decoded.find()) {
      int family = decoded.group(1).isEmpty() ? 2 : 10;
      return family << 8 | ("TCP".equals(decoded.group(2)) ? 6 : 17);
    }
    return null;
  }

  /** The dumps as text: {@code inet tcp, inet6 tcp, ...}, or none. */
  static String dumpSummary(List<Integer> dumps) {
    List<String> parts = new ArrayList<>();
    for (int d : dumps) {
      parts.add(((d >> 8) == 10 ? "inet6 " : "inet ") + ((d & 0xff) == 6 ? "tcp" : "udp"));
    }
    return parts.isEmpty() ? "none" : String.join(", ", parts);
  }

  /** The kernel's files, or a fixture root's copies of them. */
  private static boolean kernelPath(String path) {
    return path.startsWith("/proc/")
        || path.startsWith("/sys/")
        || path.endsWith("/utmp")
        || path.contains("/" + FixtureTree.ROOT_PREFIX);
  }

  /**
   * The paths as patterns, each with how many paths it stands for: a fixture root written ROOT,
   * then every number (with the hex digits after it) written N: pids, CPU numbers, veth names.
   */
  static Map<String, Integer> patterns(List<String> paths) {
    Map<String, Integer> patterns = new TreeMap<>();
    for (String path : paths) {
      String rooted = FIXTURE_ROOT.matcher(path).replaceFirst("ROOT");
      patterns.merge(NUMBER.matcher(rooted).replaceAll("N"), 1, Integer::sum);
    }
    return patterns;
  }

  /** {@link #patterns} as text, leaving out those in {@code known}. */
  static String summary(List<String> paths, Set<String> known) {
    List<String> parts = new ArrayList<>();
    patterns(paths)
        .forEach(
            (p, n) -> {
              if (!known.contains(p)) {
                parts.add(n == 1 ? p : p + " ×" + n);
              }
            });
    return parts.isEmpty() ? "none" : String.join(", ", parts);
  }
}
