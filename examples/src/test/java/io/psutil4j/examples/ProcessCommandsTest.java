package io.psutil4j.examples;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.MemoryMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The process scripts, run as the CLI runs them, against real children. */
class ProcessCommandsTest {
  private final List<Process> children = new ArrayList<>();

  @TempDir Path tmp;

  @AfterEach
  void reap() throws InterruptedException {
    for (Process p : children) {
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** A sleeping child whose name is unique to this test, so killall cannot hit anyone else's. */
  private Process uniqueSleeper(String name) throws IOException {
    Path sleep = Paths.get(run0("sh", "-c", "command -v sleep").trim());
    Path copy = tmp.resolve(name);
    Files.copy(sleep, copy);
    copy.toFile().setExecutable(true);
    Process p = new ProcessBuilder(copy.toString(), "60").start();
    children.add(p);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                Files.readString(Paths.get("/proc/" + p.pid() + "/comm")).trim().length() > 0
                    && name.startsWith(
                        Files.readString(Paths.get("/proc/" + p.pid() + "/comm")).trim()));
    return p;
  }

  private static String run0(String... cmd) throws IOException {
    return new String(
        new ProcessBuilder(cmd).start().getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  private static final class Result {
    final int code;
    final String out;
    final String err;

    Result(int code, String out, String err) {
      this.code = code;
      this.out = out;
      this.err = err;
    }
  }

  private static Result cli(String... argv) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            Arrays.asList(argv),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static final long SELF = ProcessHandle.current().pid();

  @Test
  void psListsThisJvm() {
    Result r = cli("ps");
    assertEquals(0, r.code);
    assertTrue(r.out.startsWith("USER"), r.out);
    assertTrue(r.out.lines().anyMatch(l -> l.split("\\s+")[1].equals(Long.toString(SELF))));
  }

  @Test
  void psKeepsOneLinePerProcessWhenAnArgumentHoldsANewline() throws IOException {
    // sh stays in place (two commands), so its argv keeps the newline, as a CI runner's does.
    Process script = new ProcessBuilder("sh", "-c", "sleep 60\ntrue").start();
    children.add(script);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> Files.readString(Paths.get("/proc/" + script.pid() + "/cmdline")).contains("\n"));

    Result r = cli("ps");

    assertEquals(0, r.code);
    List<String> rows = r.out.lines().skip(1).collect(java.util.stream.Collectors.toList());
    for (String row : rows) {
      assertTrue(row.trim().split("\\s+").length >= 2, () -> "a row without a PID column: " + row);
    }
    String command = "sh -c sleep 60?true"; // its row may be cut at the terminal width
    assertTrue(
        rows.stream()
            .filter(l -> l.trim().split("\\s+")[1].equals(Long.toString(script.pid())))
            .anyMatch(l -> command.startsWith(l.substring(l.indexOf("sh -c")))),
        () -> String.join("\n", rows));
  }

  @Test
  void psCutsEachRowToTheTerminalWidthButNotTheHeader() throws IOException {
    String command = "sh -c sleep 60; : " + "x".repeat(200);
    Process longArgv = new ProcessBuilder(List.of(command.split(" ", 3))).start();
    children.add(longArgv);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                Files.readString(Paths.get("/proc/" + longArgv.pid() + "/cmdline"))
                    .contains("xxx"));

    Result r = cli("ps");

    assertEquals(0, r.code, r.err);
    int width = Terminal.columns(); // 80 here, where stdout is a pipe and $COLUMNS unset
    List<String> lines = r.out.lines().collect(java.util.stream.Collectors.toList());
    assertTrue(lines.get(0).startsWith("USER") && lines.get(0).endsWith("CMDLINE"), lines.get(0));
    String row =
        lines.stream()
            .filter(l -> l.trim().split("\\s+")[1].equals(Long.toString(longArgv.pid())))
            .findFirst()
            .orElseThrow();
    assertEquals(width, row.length(), row);
    assertTrue(
        row.contains("sh -c") && command.startsWith(row.substring(row.indexOf("sh -c"))), row);
    for (String l : lines.subList(1, lines.size())) {
      assertTrue(l.codePointCount(0, l.length()) <= width, l);
    }
  }

  @Test
  void pstreeShowsThisJvmUnderItsParent() {
    Result r = cli("pstree");
    assertEquals(0, r.code);
    long parent = ProcessHandle.current().parent().orElseThrow().pid();
    List<String> lines = r.out.lines().collect(java.util.stream.Collectors.toList());
    int parentLine = -1;
    int selfLine = -1;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).replaceAll("^[|`_\\- ]+", "");
      if (l.startsWith(parent + " ")) {
        parentLine = i;
      }
      if (l.startsWith(SELF + " java")) {
        selfLine = i;
      }
    }
    assertTrue(parentLine >= 0 && selfLine > parentLine, r.out);
  }

  @Test
  void pidofAndKillallByTheFullNameBeyondFifteenCharacters() throws IOException {
    String name = "psutil4j-test-sleeper";
    Process a = uniqueSleeper(name);
    Result found = cli("pidof", name);
    assertEquals(0, found.code, found.err);
    assertEquals(Long.toString(a.pid()), found.out.trim());
    assertEquals(1, cli("pidof", "no-such-name-psutil4j").code);
    Result killed = cli("killall", name);
    assertEquals(0, killed.code, killed.err);
    await().atMost(Duration.ofSeconds(10)).until(() -> !a.isAlive());
    Result none = cli("killall", name);
    assertEquals(1, none.code);
    assertEquals(name + ": no process found", none.err.trim());
  }

  /** procinfo.py's sections: rlimit names, environ sorted and cut at 4, -v for all of it. */
  @Test
  void procinfoHasTheScriptsSectionsAndCuts() throws IOException {
    ProcessBuilder b = new ProcessBuilder("sleep", "60");
    b.environment().clear();
    for (String k : List.of("E_A", "E_B", "E_C", "E_D", "E_E", "E_F")) {
      b.environment().put(k, k.toLowerCase(java.util.Locale.ROOT));
    }
    Process child = b.start();
    children.add(child);
    String pid = Long.toString(child.pid());
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> Files.readString(Paths.get("/proc/" + pid + "/comm")).trim().equals("sleep"));

    List<String> lines = cli("procinfo", pid).out.lines().collect(Collectors.toList());
    int env = lines.indexOf("environ       NAME                      VALUE");
    assertTrue(env > 0, String.join("\n", lines));
    assertEquals(
        List.of(
            "              E_A                       e_a",
            "              E_B                       e_b",
            "              E_C                       e_c",
            "              E_D                       e_d",
            "              [...]"),
        lines.subList(env + 1, env + 6));
    // the limits the kernel gives, under the script's names, in psutil's constant order
    String nofile = run0("prlimit", "--pid", pid, "--nofile", "-o", "SOFT,HARD", "--noheadings");
    String[] soft = nofile.trim().split("\\s+");
    assertTrue(
        lines.contains(Py.format("              %-20s %10s %10s", "openfiles", soft[0], soft[1])),
        String.join("\n", lines));
    int limits = lines.indexOf("res-limits    RLIMIT                     SOFT       HARD");
    assertTrue(
        lines.get(limits + 1).startsWith("              virtualmem "), lines.get(limits + 1));
    assertTrue(lines.contains("threads       "), "one thread: an empty threads line");
    assertTrue(lines.contains("connections   "), "no sockets: an empty connections line");
    assertTrue(lines.contains("parent        " + SELF + " (java)"), String.join("\n", lines));

    List<String> all = cli("procinfo", pid, "-v").out.lines().collect(Collectors.toList());
    int envAll = all.indexOf("environ       NAME                      VALUE");
    assertEquals("              E_F                       e_f", all.get(envAll + 6));
    assertTrue(all.stream().noneMatch(l -> l.endsWith("[...]")), String.join("\n", all));
  }

  @Test
  void pmapProcinfoAndDumpOfAChild() throws IOException {
    Process child = uniqueSleeper("psutil4j-info");
    String pid = Long.toString(child.pid());
    Result pmap = cli("pmap", pid);
    assertEquals(0, pmap.code, pmap.err);
    long ourMappings = pmap.out.lines().filter(l -> l.matches("^[0-9a-f]{16} .*")).count();
    long theirs =
        run0("pmap", "-x", pid).lines().filter(l -> l.matches("^[0-9a-f]{8,} .*")).count();
    assertEquals(theirs, ourMappings);

    Result info = cli("procinfo", pid);
    assertEquals(0, info.code, info.err);
    assertTrue(info.out.contains("pid           " + pid), info.out);
    assertTrue(info.out.contains("name          psutil4j-info"), info.out);
    assertTrue(info.out.contains("parent        " + SELF + " (java)"), info.out);

    Result dump = cli("dump", "--pid", pid);
    assertEquals(0, dump.code, dump.err);
    // every key psutil 8's as_dict() returns, and no other
    Map<String, String> process = JsonMembers.of(dump.out, "process");
    assertEquals(new TreeSet<>(io.psutil4j.Process.attrs()), new TreeSet<>(process.keySet()));
    assertTrue(process.keySet().contains("memory_maps"));
    // memory_maps grouped, with psutil's pmmap_grouped fields
    String maps = process.get("memory_maps");
    assertTrue(maps.startsWith("[{"), maps);
    assertEquals(
        new ArrayList<>(MemoryMap.grouped("/x", new long[10]).asDict().keySet()),
        new ArrayList<>(JsonMembers.members(maps, 1).keySet()));
    assertTrue(dump.out.contains("\"heap_info\":{\"heap_used\":"), dump.out);
    assertTrue(dump.out.contains("\"pid\":" + pid), dump.out);
  }

  @Test
  void pmapHasTheLayoutOfPsutil7sScript() throws IOException {
    Process child = uniqueSleeper("psutil4j-pmap");
    long pid = child.pid();
    Result r = cli("pmap", Long.toString(pid));
    assertEquals(0, r.code, r.err);
    List<String> lines = r.out.lines().collect(java.util.stream.Collectors.toList());
    int n = lines.size();
    assertEquals("Address                     RSS  Mode    Mapping", lines.get(0));
    assertEquals("-".repeat(31), lines.get(n - 3));
    assertTrue(lines.get(n - 2).matches("Total {16}[ 0-9.]{9}[BKMG] {10}"), lines.get(n - 2));
    assertEquals("PID = " + pid + ", name = psutil4j-pmap", lines.get(n - 1));
    // one row per line of /proc/PID/maps, its start address zero-filled to 16 digits
    List<String> starts = new ArrayList<>();
    for (String m : Files.readAllLines(Paths.get("/proc/" + pid + "/maps"))) {
      starts.add(String.format("%16s", m.substring(0, m.indexOf('-'))).replace(' ', '0'));
    }
    List<String> rows = lines.subList(1, n - 3);
    assertEquals(
        starts,
        rows.stream().map(l -> l.substring(0, 16)).collect(java.util.stream.Collectors.toList()));
    for (String row : rows) {
      assertTrue(row.matches("[0-9a-f]{16} {5}[ 0-9.]{9}[BKMG]  [-rwxps]{4} {4}.*"), row);
      assertTrue(row.length() <= Terminal.columns(), row);
    }
  }

  /** A real zombie: sh execs into sleep 60, which never reaps the sleep 0.1 sh started first. */
  private long zombie() throws IOException {
    Process parent = new ProcessBuilder("sh", "-c", "sleep 0.1 & exec sleep 60").start();
    children.add(parent);
    io.psutil4j.Process[] found = new io.psutil4j.Process[1];
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              List<io.psutil4j.Process> kids = io.psutil4j.Process.of(parent.pid()).children();
              found[0] = kids.isEmpty() ? null : kids.get(0);
              return found[0] != null
                  && found[0].status() == io.psutil4j.ProcessStatus.STATUS_ZOMBIE
                  && found[0].name().equals("sleep");
            });
    return found[0].pid();
  }

  @Test
  void aZombieIsNamedAsOneRatherThanAsAbsent() throws IOException {
    long z = zombie();
    // pmap.py's memory_maps raises ZombieProcess: its message, on stderr, status 1
    Result pmap = cli("pmap", Long.toString(z));
    assertEquals(1, pmap.code, pmap.out);
    assertEquals("", pmap.out);
    assertEquals(1, pmap.err.lines().count(), pmap.err);
    assertTrue(
        pmap.err.startsWith("psutil4j pmap: PID still exists but it's a zombie (pid=" + z),
        pmap.err);
    // procinfo.py and as_dict show what a zombie still has; so do procinfo and dump
    Result info = cli("procinfo", Long.toString(z));
    assertEquals(0, info.code, info.err);
    assertTrue(info.out.contains("status        zombie"), info.out);
    Result dump = cli("dump", "--pid", Long.toString(z));
    assertEquals(0, dump.code, dump.err);
    assertTrue(dump.out.contains("\"status\":\"zombie\""), dump.out);
    // null exactly where as_dict(ad_value=None) has None: what the zombie denies, or has not
    Map<String, String> process = JsonMembers.of(dump.out, "process");
    io.psutil4j.Process zp = io.psutil4j.Process.of(z);
    Object denied = new Object();
    for (String key : io.psutil4j.Process.attrs()) {
      if (key.equals("cpu_percent") || key.equals("memory_percent")) {
        continue; // numbers read twice need not agree; both are numbers for a zombie
      }
      Object value = zp.asDict(List.of(key), denied).get(key);
      boolean none = value == denied || value == null;
      assertEquals(none, process.get(key).equals("null"), key + " = " + process.get(key));
    }
    assertEquals("null", process.get("cmdline")); // ZombieProcess, as psutil
  }

  @Test
  void anAbsentPidIsOneLineOnStderrAndExitOne() {
    for (String[] argv :
        new String[][] {
          {"dump", "--pid", "999999999"}, {"procinfo", "999999999"}, {"pmap", "999999999"}
        }) {
      Result r = cli(argv);
      assertEquals(1, r.code, Arrays.toString(argv));
      assertEquals(1, r.err.lines().count(), r.err);
      assertTrue(r.err.contains("999999999"), r.err);
    }
    assertEquals(2, cli("pmap").code);
    assertEquals(2, cli("pidof", "a", "b").code);
  }

  @Test
  void oneFrameOfTopAndIotopAndProcsmem() {
    Result top = cli("top", "-n", "1");
    assertEquals(0, top.code, top.err);
    assertTrue(top.out.contains(" CPU0"), top.out);
    assertTrue(top.out.contains(" Mem "), top.out);
    assertTrue(top.out.lines().anyMatch(l -> l.trim().startsWith(SELF + " ")), top.out);
    Result io = cli("iotop", "-n", "1");
    assertEquals(0, io.code, io.err);
    assertTrue(io.out.startsWith("Total DISK READ: "), io.out);
    Result smem = cli("procsmem");
    assertEquals(0, smem.code);
    assertTrue(smem.out.lines().anyMatch(l -> l.startsWith(SELF + " ")), smem.out);
  }
}
