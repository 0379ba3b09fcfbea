package io.psutil4j.linux.nativeaccess;

import io.psutil4j.linux.parse.NetInet;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Run in a JDK 22+ JVM with native access by {@link KernelCallsAgreeTest}: every {@link
 * KernelCalls} call through JNA and through FFM, each against the other and, where one says the
 * same, the file. Prints the two bindings, one line per disagreement, then "END". A value the
 * kernel may change between two calls is compared only when two JNA calls around the FFM one agree.
 */
public final class KernelCallsAgreeMain {
  private static final int TRIES = 20;
  private static final int RLIMIT_NOFILE = 7;
  private static final int AF_INET = 2;
  private static final int AF_INET6 = 10;
  private static final int IPPROTO_TCP = 6;
  private static final int IPPROTO_UDP = 17;
  private static final int TCP_LISTEN = 10;

  /** Above any pid_max (2^22): no process has it. */
  private static final int NO_SUCH_PID = Integer.MAX_VALUE;

  private final KernelCalls jna;
  private final KernelCalls ffm;
  private final List<String> out = new ArrayList<>();

  private KernelCallsAgreeMain(KernelCalls jna, KernelCalls ffm) {
    this.jna = jna;
    this.ffm = ffm;
  }

  public static void main(String[] args) throws Exception {
    KernelCalls ffm =
        (KernelCalls)
            Class.forName("io.psutil4j.linux.nativeaccess.FfmKernelCalls")
                .getDeclaredConstructor()
                .newInstance();
    KernelCallsAgreeMain m = new KernelCallsAgreeMain(new JnaKernelCalls(), ffm);
    m.compareAll(Paths.get(args[0]));
    StringBuilder text = new StringBuilder(m.jna.binding() + " " + ffm.binding() + "\n");
    m.out.forEach(line -> text.append(line).append('\n'));
    System.out.write(text.append("END\n").toString().getBytes(StandardCharsets.UTF_8));
    System.out.flush();
  }

  private void compareAll(Path emptyDir) throws Exception {
    int self = (int) ProcessHandle.current().pid();
    agree("sysinfo loads", c -> Arrays.toString(c.sysinfoLoads()));
    agree("statvfs('/')", c -> Arrays.toString(c.statvfs("/")));
    agree("sysconf(_SC_NPROCESSORS_ONLN)", c -> Long.toString(c.sysconf(84)));
    agree("prlimit(self, NOFILE)", c -> Arrays.toString(c.getRlimit(self, RLIMIT_NOFILE)));
    agree("getpriority(self)", c -> Integer.toString(c.getNice(self)));
    agree("sched_getaffinity(self)", c -> Arrays.toString(c.getAffinity(self)));
    agree("getifaddrs", c -> sorted(c.nicAddresses()).toString());
    List<String> nics = nics();
    agree("NIC ioctls " + nics, c -> rows(c.nicStats(nics)));
    for (int family : new int[] {AF_INET, AF_INET6}) {
      for (int protocol : new int[] {IPPROTO_TCP, IPPROTO_UDP}) {
        agree("sock_diag(" + family + ", " + protocol + ")", c -> sockets(c, family, protocol));
      }
    }
    agree("getdents64 numeric /proc", c -> sortedPids(c.numericEntries("/proc")));
    agree("readFile(/proc/self/cmdline)", c -> readWhole(c, "/proc/self/cmdline"));
    String cmdline =
        new String(
            Files.readAllBytes(Paths.get("/proc/self/cmdline")), StandardCharsets.ISO_8859_1);
    if (!cmdline.equals(readWhole(jna, "/proc/self/cmdline"))) {
      out.add(
          "readFile(/proc/self/cmdline): "
              + readWhole(jna, "/proc/self/cmdline")
              + ", file "
              + cmdline);
    }
    sameErrno("readFile(missing)", c -> readWhole(c, emptyDir.resolve("missing").toString()));
    sameErrno("getpriority(no such pid)", c -> c.getNice(NO_SUCH_PID));
    sameErrno("sched_getaffinity(no such pid)", c -> c.getAffinity(NO_SUCH_PID));
    sameErrno("statvfs(missing)", c -> c.statvfs(emptyDir.resolve("missing").toString()));
    ourListenerInBothDumps();
    countEntries(emptyDir);
    settersReadBack();
  }

  /** The same answer from both bindings: JNA, FFM, JNA until the two JNA answers agree. */
  private void agree(String what, Function<KernelCalls, String> call) {
    for (int i = 0; i < TRIES; i++) {
      String before = call.apply(jna);
      String got = call.apply(ffm);
      String after = call.apply(jna);
      if (before.equals(after)) {
        if (!before.equals(got)) {
          out.add(what + ": ffm " + got + ", jna " + before);
        }
        return;
      }
    }
    out.add(what + ": JNA never answered the same twice in " + TRIES + " tries");
  }

  /** Both bindings fail with the same errno. */
  private void sameErrno(String what, Function<KernelCalls, Object> call) {
    String jnaErrno = errno(call, jna);
    String ffmErrno = errno(call, ffm);
    if (!jnaErrno.equals(ffmErrno) || !jnaErrno.startsWith("errno ")) {
      out.add(what + ": ffm " + ffmErrno + ", jna " + jnaErrno);
    }
  }

  private static String errno(Function<KernelCalls, Object> call, KernelCalls c) {
    try {
      return "no error: " + call.apply(c);
    } catch (NativeError e) {
      return "errno " + e.errno();
    }
  }

  /** A TCP listener of ours: in both dumps, with the inode /proc/net gives it. */
  private void ourListenerInBothDumps() throws IOException {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = listener.getLocalPort();
      String proc = listenerRow(port, procNetTcp());
      for (KernelCalls c : new KernelCalls[] {jna, ffm}) {
        List<NetInet.Socket> dump = new ArrayList<>(c.inetSockets(AF_INET, IPPROTO_TCP));
        dump.addAll(c.inetSockets(AF_INET6, IPPROTO_TCP));
        String got = listenerRow(port, dump);
        if (proc == null || !proc.equals(got)) {
          out.add(c.binding() + " listener on port " + port + ": " + got + ", /proc/net " + proc);
        }
      }
    }
  }

  private static List<NetInet.Socket> procNetTcp() throws IOException {
    List<NetInet.Socket> all = new ArrayList<>();
    for (String file : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
      byte[] text = Files.readAllBytes(Paths.get(file));
      all.addAll(NetInet.parse(file, text, text.length));
    }
    return all;
  }

  private static String listenerRow(int port, List<NetInet.Socket> sockets) {
    for (NetInet.Socket s : sockets) {
      if (s.localPort == port && s.state == TCP_LISTEN) {
        return s.localIp + ":" + s.localPort + " inode " + s.inode;
      }
    }
    return null;
  }

  /** "." and ".." are not counted, names that merely start with dots are. */
  private void countEntries(Path dir) throws IOException {
    for (String name : new String[] {"a", ".hidden", "..x", "...", "7"}) {
      Files.createFile(dir.resolve(name));
    }
    Files.createDirectory(dir.resolve("sub"));
    int listed = new File(dir.toString()).list().length;
    for (KernelCalls c : new KernelCalls[] {jna, ffm}) {
      int counted = c.countEntries(dir.toString());
      if (counted != 6 || counted != listed) {
        out.add(c.binding() + " countEntries: " + counted + ", File.list " + listed);
      }
    }
  }

  /**
   * What one binding sets on a child, the other and /proc/PID/stat read back: nice only raised
   * (which needs no privilege), the affinity narrowed to the first CPU it has.
   */
  private void settersReadBack() throws IOException, InterruptedException {
    Process child = new ProcessBuilder("sleep", "60").start();
    try {
      int pid = (int) child.pid();
      int nice = jna.getNice(pid);
      int[] cpus = jna.getAffinity(pid);
      KernelCalls[][] pairs = {{jna, ffm}, {ffm, jna}};
      for (KernelCalls[] pair : pairs) {
        nice = Math.min(nice + 1, 19);
        pair[0].setNice(pid, nice);
        String stat = statNice(pid);
        if (pair[1].getNice(pid) != nice || !stat.equals(Integer.toString(nice))) {
          out.add(
              pair[0].binding()
                  + " setNice "
                  + nice
                  + ": "
                  + pair[1].binding()
                  + " reads "
                  + pair[1].getNice(pid)
                  + ", stat "
                  + stat);
        }
        List<Integer> first = List.of(cpus[0]);
        pair[0].setAffinity(pid, CpuMask.of(first));
        if (!Arrays.equals(new int[] {cpus[0]}, pair[1].getAffinity(pid))) {
          out.add(
              pair[0].binding()
                  + " setAffinity "
                  + first
                  + ": "
                  + pair[1].binding()
                  + " reads "
                  + Arrays.toString(pair[1].getAffinity(pid)));
        }
        List<Integer> all = new ArrayList<>();
        Arrays.stream(cpus).forEach(all::add);
        pair[0].setAffinity(pid, CpuMask.of(all));
      }
    } finally {
      child.destroy();
      child.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** /proc/PID/stat's nice field, the 19th: after the ")" that ends comm, the 17th. */
  private static String statNice(int pid) throws IOException {
    String stat = Files.readString(Paths.get("/proc", Integer.toString(pid), "stat"));
    return stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16];
  }

  private static String sortedPids(int[] pids) {
    int[] sorted = pids.clone();
    Arrays.sort(sorted);
    return Arrays.toString(sorted);
  }

  /** The file's bytes as Latin-1 text, through {@code c}'s readFile. */
  private static String readWhole(KernelCalls c, String file) {
    byte[] path = (file + "\0").getBytes(StandardCharsets.UTF_8);
    byte[] buf = new byte[64 * 1024];
    int len = c.readFile(path, buf);
    return new String(buf, 0, len, StandardCharsets.ISO_8859_1);
  }

  /** Each NIC's entries as sorted text: the walk's order is not what is compared. */
  private static Map<String, TreeSet<String>> sorted(Map<String, ? extends List<?>> byNic) {
    Map<String, TreeSet<String>> out = new TreeMap<>();
    byNic.forEach(
        (nic, entries) -> {
          TreeSet<String> rows = new TreeSet<>();
          entries.forEach(e -> rows.add(e.toString()));
          out.put(nic, rows);
        });
    return out;
  }

  private static List<String> nics() {
    String[] names = new File("/sys/class/net").list();
    List<String> out = new ArrayList<>(names == null ? List.of() : Arrays.asList(names));
    out.sort(null);
    return out;
  }

  private static String rows(List<long[]> rows) {
    StringBuilder s = new StringBuilder();
    for (long[] row : rows) {
      s.append(Arrays.toString(row)).append(';');
    }
    return s.toString();
  }

  private static String sockets(KernelCalls c, int family, int protocol) {
    TreeSet<String> rows = new TreeSet<>();
    try {
      for (NetInet.Socket s : c.inetSockets(family, protocol)) {
        rows.add(
            s.localIp
                + ":"
                + s.localPort
                + " "
                + s.remoteIp
                + ":"
                + s.remotePort
                + " "
                + s.state
                + " "
                + s.inode);
      }
    } catch (NativeError e) {
      return "errno " + e.errno(); // no udp_diag module: both must say so
    }
    return rows.toString();
  }
}
