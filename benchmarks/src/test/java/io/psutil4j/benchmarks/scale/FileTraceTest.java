package io.psutil4j.benchmarks.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FileTraceTest {
  /** Lines as strace 6 wrote them for {@code cat /proc/loadavg; ls /proc/self/fd; stat -f /}. */
  private static final List<String> TRACE =
      List.of(
          "23469 openat(AT_FDCWD, \"/etc/ld.so.cache\", O_RDONLY|O_CLOEXEC) = 3",
          "23470 openat(AT_FDCWD, \"/proc/loadavg\", O_RDONLY) = 3",
          "23471 openat(AT_FDCWD, \"/proc/self/fd\", O_RDONLY|O_NONBLOCK|O_CLOEXEC|O_DIRECTORY) = 3",
          "23471 openat(AT_FDCWD, \"/sys/class/net\", O_RDONLY) = 4",
          "23472 statfs(\"/\", 0x7ffcd74987f0) = 0",
          "23473 openat(AT_FDCWD, \"/proc/1234/task/1240/stat\", O_RDONLY <unfinished ...>",
          "23473 <... openat resumed>) = 5");

  @Test
  void kernelPathsOnlySplitIntoFilesDirectoriesAndStatfs() {
    FileTrace t = FileTrace.parse(TRACE);

    assertEquals(List.of("/proc/loadavg", "/proc/1234/task/1240/stat"), t.files);
    // /sys/class/net was opened without O_DIRECTORY (as the JDK's directory streams do)
    assertEquals(List.of("/proc/self/fd", "/sys/class/net"), t.directories);
    assertEquals(List.of("/"), t.mountPoints);
  }

  @Test
  void patternsWriteNumbersAndFixtureRootsOnce() {
    List<String> paths =
        List.of(
            "/proc/1234/task/1240/stat",
            "/proc/1234/task/1241/stat",
            "/tmp/psutil4j-scale-fixture99/sys/class/net/veth1a2f/mtu",
            "/sys/devices/system/cpu/cpu0/topology/core_cpus_list");

    assertEquals(
        Map.of(
            "/proc/N/task/N/stat", 2,
            "ROOT/sys/class/net/vethN/mtu", 1,
            "/sys/devices/system/cpu/cpuN/topology/core_cpus_list", 1),
        FileTrace.patterns(paths));
    assertEquals(
        "/sys/devices/system/cpu/cpuN/topology/core_cpus_list, ROOT/sys/class/net/vethN/mtu",
        FileTrace.summary(paths, Set.of("/proc/N/task/N/stat")));
  }

  @Test
  void socketDumpsAreTakenFromTheirRequests() {
    // strace 6 on this machine for the agent's TCP/IPv6 and UDP/IPv4 dumps, and a decoding strace
    List<String> lines =
        List.of(
            "27827 21:38:07.554496 sendto(7, [{nlmsg_len=72, nlmsg_type=0x14 /* NLMSG_??? */,"
                + " nlmsg_flags=NLM_F_REQUEST|0x300, nlmsg_seq=0, nlmsg_pid=0},"
                + " \"\\x0a\\x06\\x00\\x00\\xff\\xff\\xff\\xff\\x00\"...], 72, 0, NULL, 0) = 72",
            "27827 21:38:07.558931 sendto(7, [{nlmsg_len=72, nlmsg_type=0x14 /* NLMSG_??? */,"
                + " nlmsg_flags=NLM_F_REQUEST|0x300, nlmsg_seq=0, nlmsg_pid=0},"
                + " \"\\x02\\x11\\x00\\x00\\xff\\xff\\xff\\xff\\x00\"...], 72, 0, NULL, 0) = 72",
            "100 sendto(5, [{nlmsg_len=72, nlmsg_type=SOCK_DIAG_BY_FAMILY,"
                + " nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=0, nlmsg_pid=0},"
                + " {sdiag_family=AF_INET, sdiag_protocol=IPPROTO_TCP, idiag_ext=0}], 72, 0, NULL, 0)"
                + " = 72",
            "27827 sendto(9, \"GET / HTTP/1.1\", 14, 0, NULL, 0) = 14");

    FileTrace t = FileTrace.parse(lines);

    assertEquals(List.of(10 << 8 | 6, 2 << 8 | 17, 2 << 8 | 6), t.socketDumps);
    assertEquals("inet6 tcp, inet udp, inet tcp", FileTrace.dumpSummary(t.socketDumps));
  }
}
