package io.psutil4j.benchmarks.scale;

import io.psutil4j.linux.KernelConstants;
import io.psutil4j.linux.LinuxPlatform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A Kubernetes-node-shaped host under a temp root: a captured host's /proc and /sys (the jmx tests'
 * fixture) with {@code mounts} mounts and {@code nics} NICs written over it. A tenth of the mounts
 * are kubelet pod volumes and 70 % of the NICs veth or cali, which the default patterns leave out;
 * the other mount points are real directories under the root, so statvfs does its real work.
 */
final class FixtureTree {
  static final String ROOT_PREFIX = "psutil4j-scale-fixture";

  private FixtureTree() {}

  static LinuxPlatform build(Path captured, Path root, int mounts, int nics) throws IOException {
    copyTree(captured, root);
    if (mounts > 0) {
      writeMounts(root, mounts);
    }
    if (nics > 0) {
      writeNics(root, nics);
    }
    return LinuxPlatform.builder()
        .procRoot(root.resolve("proc"))
        .sysRoot(root.resolve("sys"))
        .constants(KernelConstants.of(100, 4096))
        .warningStream(null)
        .build();
  }

  private static void writeMounts(Path root, int mounts) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("/dev/vda1 / ext4 rw,relatime 0 0");
    for (int i = 0; i < mounts - 1; i++) {
      String point;
      if (i % 10 == 0) {
        point = "/var/lib/kubelet/pods/pod" + i + "/volumes/kubernetes.io~csi/pv" + i + "/mount";
      } else {
        Path dir = Files.createDirectories(root.resolve("mnt/m" + i));
        point = dir.toString();
      }
      lines.add("/dev/vdb" + i + " " + point + " ext4 rw,relatime 0 0");
    }
    Files.write(root.resolve("proc/self/mounts"), lines, StandardCharsets.US_ASCII);
  }

  private static void writeNics(Path root, int nics) throws IOException {
    List<String> dev = new ArrayList<>();
    dev.add("Inter-|   Receive                                                |  Transmit");
    dev.add(
        " face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets"
            + " errs drop fifo colls carrier compressed");
    for (int i = 0; i < nics; i++) {
      String nic = nicName(i, nics);
      dev.add(nic + ": " + (1000 + i) + " 10 0 0 0 0 0 0 " + (2000 + i) + " 20 0 0 0 0 0 0");
      Path sys = Files.createDirectories(root.resolve("sys/class/net").resolve(nic));
      Files.writeString(sys.resolve("flags"), "0x1003\n");
      Files.writeString(sys.resolve("mtu"), "1500\n");
      Files.writeString(sys.resolve("operstate"), "up\n");
      Files.writeString(sys.resolve("speed"), "10000\n");
      Files.writeString(sys.resolve("duplex"), "full\n");
    }
    Files.write(root.resolve("proc/net/dev"), dev, StandardCharsets.US_ASCII);
  }

  /** 60 % veth, 10 % cali (left out by default), the rest eth. */
  private static String nicName(int i, int nics) {
    if (i < nics * 6 / 10) {
      return "veth" + Integer.toHexString(0x1000 + i);
    }
    return i < nics * 7 / 10 ? "cali" + i : "eth" + i;
  }

  static void delete(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(target);
        } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.copy(p, target);
        }
      }
    }
  }
}
