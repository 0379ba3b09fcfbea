package io.psutil4j.agent.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The TCP ports a process listens on, as the kernel says: the socket inodes among its fds ({@code
 * /proc/<pid>/fd/* -> socket:[inode]}) matched with the LISTEN rows (state {@code 0A}) of {@code
 * /proc/<pid>/net/tcp} and {@code tcp6} (a JVM's 127.0.0.1 socket is often an IPv6 one, {@code
 * ::ffff:127.0.0.1}). For agents that bind port 0 and never say which port they got.
 */
final class ListeningPorts {
  private static final String LISTEN = "0A";

  private ListeningPorts() {}

  static List<Integer> of(long pid) throws IOException {
    Set<String> inodes = new HashSet<>();
    try (DirectoryStream<Path> fds = Files.newDirectoryStream(Paths.get("/proc/" + pid + "/fd"))) {
      for (Path fd : fds) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")) {
            inodes.add(target.substring("socket:[".length(), target.length() - 1));
          }
        } catch (NoSuchFileException closedMeanwhile) {
          // the fd was closed while we listed: not a listener we need
        }
      }
    }
    List<Integer> ports = new ArrayList<>();
    for (String table : List.of("tcp", "tcp6")) {
      Path file = Paths.get("/proc/" + pid + "/net/" + table);
      if (!Files.exists(file)) {
        continue;
      }
      List<String> rows = Files.readAllLines(file, StandardCharsets.US_ASCII);
      // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode ...
      for (String row : rows.subList(1, rows.size())) {
        String[] f = row.trim().split("\\s+");
        if (f[3].equals(LISTEN) && inodes.contains(f[9])) {
          ports.add(Integer.parseInt(f[1].substring(f[1].lastIndexOf(':') + 1), 16));
        }
      }
    }
    return ports;
  }
}
