package io.psutil4j;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Process getters on real children, compared with what ps, pmap and /proc/PID/status (read here
 * with plain string splitting) say. A stopped child is used where a value must hold still.
 */
class ProcessLiveTest {
  private final Spawn spawn = new Spawn();

  @TempDir Path tmp;

  @AfterEach
  void reap() {
    spawn.close();
  }

  private Process stoppedSleeper() {
    Process p = spawn.sleeper();
    p.suspend();
    await().atMost(Duration.ofSeconds(5)).until(() -> p.status() == ProcessStatus.STATUS_STOPPED);
    return p;
  }

  private static Map<String, String> statusFile(int pid) throws IOException {
    Map<String, String> map = new HashMap<>();
    for (String line :
        Files.readAllLines(Paths.get("/proc/" + pid + "/status"), StandardCharsets.UTF_8)) {
      int colon = line.indexOf(':');
      map.put(line.substring(0, colon), line.substring(colon + 1).trim());
    }
    return map;
  }

  @Test
  void agreesWithPs() {
    Process p = stoppedSleeper();
    int pid = p.pid();
    assertEquals(Long.parseLong(Spawn.ps(pid, "rss")) * 1024, p.memoryInfo().rss());
    assertEquals(Long.parseLong(Spawn.ps(pid, "vsz")) * 1024, p.memoryInfo().vms());
    assertEquals(Integer.parseInt(Spawn.ps(pid, "ppid")), p.ppid());
    assertEquals(Integer.parseInt(Spawn.ps(pid, "ni")), p.nice());
    assertEquals(Long.parseLong(Spawn.ps(pid, "uid")), p.uids().effective());
    assertEquals(Spawn.ps(pid, "user"), p.username());
    assertEquals(Long.parseLong(Spawn.ps(pid, "min_flt")), p.pageFaults().minor());
    assertEquals(Long.parseLong(Spawn.ps(pid, "maj_flt")), p.pageFaults().major());
    assertEquals(Integer.parseInt(Spawn.ps(pid, "psr")), p.cpuNum());
    assertEquals(Spawn.ps(pid, "args"), String.join(" ", p.cmdline()));
    assertEquals('T', Spawn.ps(pid, "stat").charAt(0));
    // etimes: whole seconds since start
    double age = System.currentTimeMillis() / 1000.0 - p.createTime();
    assertEquals(Long.parseLong(Spawn.ps(pid, "etimes")), age, 2.0);
  }

  @Test
  void terminalAgreesWithPsForEveryProcess() {
    // one ps for all processes: pid and tty ("?" for none)
    Map<Integer, String> ttys = new HashMap<>();
    for (String line : Spawn.run("ps", "-e", "-o", "pid=,tty=").split("\n")) {
      String[] f = line.trim().split("\\s+");
      if (f.length == 2) {
        ttys.put(Integer.parseInt(f[0]), f[1]);
      }
    }
    int compared = 0;
    for (Process p : Psutil.processIter()) {
      String tty = ttys.get(p.pid());
      if (tty == null) {
        continue; // started after ps ran
      }
      try {
        assertEquals(tty, p.terminal().map(t -> t.substring("/dev/".length())).orElse("?"), "" + p);
        compared++;
      } catch (NoSuchProcess e) {
        // ended meanwhile
      }
    }
    assertTrue(compared > 2);
  }

  @Test
  void terminalOfAProcessOnAPseudoTerminal() {
    // script(1) runs its command on a new pty: the sleep's controlling terminal is /dev/pts/N.
    java.lang.Process script = spawn.start("script", "-qc", "sleep 60", "/dev/null");
    Process sh = Process.of(script.pid());
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> sh.children(true).stream().anyMatch(c -> c.name().equals("sleep")));
    Process sleep =
        sh.children(true).stream().filter(c -> c.name().equals("sleep")).findFirst().get();
    String tty = Spawn.ps(sleep.pid(), "tty");
    assertTrue(tty.startsWith("pts/"), tty);
    assertEquals("/dev/" + tty, sleep.terminal().orElseThrow());
  }

  @Test
  void agreesWithProcStatus() throws IOException {
    Process p = stoppedSleeper();
    Map<String, String> st = statusFile(p.pid());
    assertEquals(st.get("Name"), p.name());
    assertTrue(st.get("State").startsWith("T"), st.get("State"));
    assertEquals(Integer.parseInt(st.get("PPid")), p.ppid());
    assertEquals(Integer.parseInt(st.get("Threads")), p.numThreads());
    String[] uid = st.get("Uid").split("\\s+");
    assertEquals(
        List.of(Long.parseLong(uid[0]), Long.parseLong(uid[1]), Long.parseLong(uid[2])),
        List.of(p.uids().real(), p.uids().effective(), p.uids().saved()));
    String[] gid = st.get("Gid").split("\\s+");
    assertEquals(Long.parseLong(gid[0]), p.gids().real());
    assertEquals(Long.parseLong(st.get("voluntary_ctxt_switches")), p.numCtxSwitches().voluntary());
    assertEquals(
        Long.parseLong(st.get("nonvoluntary_ctxt_switches")), p.numCtxSwitches().involuntary());
    MemoryInfoEx ex = p.memoryInfoEx();
    assertEquals(ex.rss(), ex.rssAnon() + ex.rssFile() + ex.rssShmem());
    assertEquals(Long.parseLong(st.get("VmHWM").split(" ")[0]) * 1024, ex.peakRss());
  }

  @Test
  void memoryMapsAgreeWithPmap() {
    Process p = stoppedSleeper();
    String out = Spawn.run("pmap", "-x", Integer.toString(p.pid()));
    String total = null;
    for (String line : out.split("\n")) {
      if (line.startsWith("total")) {
        total = line;
      }
    }
    String[] f = total.trim().split("\\s+"); // total kB <size> <rss> <dirty>
    long size = 0;
    long rss = 0;
    List<MemoryMap> maps = p.memoryMaps(false);
    for (MemoryMap m : maps) {
      size += m.size();
      rss += m.rss();
    }
    assertEquals(Long.parseLong(f[2]) * 1024, size);
    assertEquals(Long.parseLong(f[3]) * 1024, rss);
    // grouped sums equal ungrouped sums
    long groupedRss = p.memoryMaps(true).stream().mapToLong(MemoryMap::rss).sum();
    assertEquals(rss, groupedRss);
    // footprint (rollup) against the smaps sums: both within the rollup's known excess over the
    // summed smaps (psutil: 1 KiB to 200 KiB; seen here for uss too, on a loaded machine).
    MemoryFootprint fp = p.memoryFootprint();
    long uss = maps.stream().mapToLong(m -> m.privateClean() + m.privateDirty()).sum();
    assertEquals(uss, fp.uss(), 200 * 1024);
    long pss = maps.stream().mapToLong(MemoryMap::pss).sum();
    assertEquals(pss, fp.pss(), 200 * 1024);
    assertEquals(
        p.memoryInfo().rss() / (double) Psutil.virtualMemory().total() * 100,
        p.memoryPercent(),
        1e-9);
    assertThrows(IllegalArgumentException.class, () -> p.memoryPercent("bogus"));
  }

  @Test
  void exeCwdEnvironAndCmdlineOfAChildWeStarted() throws IOException {
    ProcessBuilder b = new ProcessBuilder("sleep", "60").directory(tmp.toFile());
    b.environment().put("PSUTIL4J_TEST", "yes");
    Process p = Process.of(spawn.start(b).pid());
    await().atMost(Duration.ofSeconds(10)).until(() -> p.name().equals("sleep"));
    Path sleepBinary = Paths.get(Spawn.run("sh", "-c", "command -v sleep").trim()).toRealPath();
    assertEquals(sleepBinary.toString(), p.exe());
    assertEquals(tmp.toRealPath().toString(), p.cwd());
    assertEquals("yes", p.environ().get("PSUTIL4J_TEST"));
    assertEquals(List.of("sleep", "60"), p.cmdline());
  }

  @Test
  void aHugeCmdlineAndNonUtf8BytesSurvive() {
    // sh stays alive (it still has ':' to run) with 200 arguments of 1000 bytes: 200 KB.
    List<String> cmd = new ArrayList<>(List.of("sh", "-c", "sleep 60; :"));
    String big = "x".repeat(1000);
    for (int i = 0; i < 200; i++) {
      cmd.add(big + i);
    }
    Process huge = Process.of(spawn.start(cmd.toArray(new String[0])).pid());
    await().atMost(Duration.ofSeconds(10)).until(() -> huge.cmdline().size() == cmd.size());
    assertEquals(cmd, huge.cmdline());

    // argv[0] and an environment value with bytes that are not UTF-8 (0xff 0xfe) among valid ones
    Process odd =
        Process.of(
            spawn
                .start(
                    "bash",
                    "-c",
                    "export ODD=$(printf 'v\\377\\376'); exec -a $(printf '\\303\\251\\377b') sleep 60")
                .pid());
    await().atMost(Duration.ofSeconds(10)).until(() -> odd.name().equals("sleep"));
    byte[] arg0 = odd.cmdlineBytes().get(0);
    assertEquals(List.of((byte) 0xc3, (byte) 0xa9, (byte) 0xff, (byte) 'b'), boxed(arg0));
    // psutil's surrogateescape: the valid "\u00e9" is kept, the stray 0xff becomes U+DCFF
    assertEquals("\u00e9\udcffb", odd.cmdline().get(0));
    assertEquals("v\udcff\udcfe", odd.environ().get("ODD"));
  }

  private static List<Byte> boxed(byte[] b) {
    List<Byte> out = new ArrayList<>();
    for (byte x : b) {
      out.add(x);
    }
    return out;
  }

  @Test
  void afterTheChildIsReapedEveryGetterIsNoSuchProcess() throws Exception {
    Process p = spawn.sleeper();
    p.kill();
    ProcessHandle.of(p.pid()).ifPresent(h -> h.onExit().join());
    await().atMost(Duration.ofSeconds(10)).until(() -> !p.isRunning());
    assertFalse(p.isRunning());
    for (String attr : Process.attrs()) {
      if (attr.equals("pid")) {
        continue;
      }
      NoSuchProcess e =
          assertThrows(NoSuchProcess.class, () -> p.asDict(List.of(attr), null), attr);
      assertFalse(e instanceof ZombieProcess, attr);
    }
    assertTrue(p.waitFor(0).isEmpty());
  }
}
