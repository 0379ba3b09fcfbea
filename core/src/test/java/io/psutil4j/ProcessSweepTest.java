package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * psutil's test_process_all: every getter on every process of the machine, outside oneshot. Only
 * NoSuchProcess, ZombieProcess and AccessDenied may escape, and each must be true: NoSuchProcess
 * means the process is really gone. Values must be in range.
 */
class ProcessSweepTest {
  private final Spawn spawn = new Spawn();

  @AfterEach
  void reap() {
    spawn.close();
  }

  private static final int CPUS = Psutil.cpuCount().orElse(1);

  private static List<Consumer<Process>> checks() {
    List<Consumer<Process>> c = new ArrayList<>();
    c.add(p -> assertTrue(p.name().length() > 0 || p.pid() > 0));
    c.add(p -> assertTrue(p.ppid() >= 0));
    c.add(p -> p.parent());
    c.add(p -> p.parents());
    c.add(p -> p.children(true));
    c.add(p -> absoluteOrEmpty(p.exe()));
    c.add(p -> absoluteOrEmpty(p.cwd()));
    c.add(p -> p.cmdline());
    c.add(p -> p.cmdlineBytes());
    c.add(p -> p.environ());
    c.add(p -> assertTrue(p.status() != ProcessStatus.STATUS_UNKNOWN, p.status().value()));
    c.add(p -> assertTrue(p.createTime() > 0 && p.createTime() <= now() + 1));
    c.add(p -> assertTrue(p.uids().real() >= 0));
    c.add(p -> assertTrue(p.gids().real() >= 0));
    c.add(p -> assertFalse(p.username().isEmpty()));
    c.add(p -> p.terminal().ifPresent(t -> assertTrue(t.startsWith("/dev/"), t)));
    c.add(p -> assertTrue(p.nice() >= -20 && p.nice() <= 19, "" + p.nice()));
    c.add(p -> p.ionice());
    c.add(p -> assertTrue(p.cpuNum() >= 0 && p.cpuNum() < CPUS, "" + p.cpuNum()));
    c.add(p -> assertFalse(p.cpuAffinity().isEmpty()));
    c.add(p -> assertTrue(p.numFds() >= 0));
    c.add(p -> p.ioCounters());
    c.add(p -> assertTrue(p.numThreads() >= 1));
    c.add(p -> p.threads());
    c.add(p -> p.numCtxSwitches());
    c.add(p -> p.cpuTimes());
    c.add(p -> assertTrue(p.cpuPercent() >= 0));
    c.add(p -> p.memoryInfo());
    c.add(p -> p.memoryInfoEx());
    c.add(p -> p.memoryFootprint());
    c.add(p -> assertTrue(p.memoryPercent() >= 0 && p.memoryPercent() <= 100));
    c.add(p -> p.memoryMaps(false));
    c.add(p -> p.memoryMaps(true));
    c.add(p -> p.pageFaults());
    c.add(
        p -> {
          for (OpenFile f : p.openFiles()) {
            assertTrue(List.of("r", "w", "a", "r+", "a+").contains(f.mode()), f.mode());
          }
        });
    c.add(
        p -> {
          for (ProcessRlimit r : ProcessRlimit.values()) {
            assertTrue(p.rlimit(r).soft() >= -1);
          }
        });
    c.add(
        p -> {
          for (String kind : Psutil.CONNECTION_KINDS) {
            for (Connection conn : p.netConnections(kind)) {
              assertTrue(conn.fd() >= 0, conn.toString()); // our own sockets: the fd is known
            }
          }
        });
    c.add(p -> p.sendSignal(0)); // asks the kernel whether we may signal it, sends nothing
    c.add(p -> p.asDict());
    c.add(p -> p.toString());
    return c;
  }

  private static double now() {
    return System.currentTimeMillis() / 1000.0;
  }

  private static void absoluteOrEmpty(String path) {
    assertTrue(path.isEmpty() || path.startsWith("/"), path);
  }

  @Test
  void everyMethodOnEveryProcess() {
    // a zombie and a stopped process among them
    spawn.start("sh", "-c", "sleep 0 & exec sleep 60");
    spawn.sleeper().suspend();
    List<String> failures = new ArrayList<>();
    int processes = sweep(failures);
    assertTrue(processes > 2);
    if (!failures.isEmpty()) {
      fail(failures.size() + " failures:\n" + String.join("\n", failures));
    }
  }

  /** As nobody most of the machine is another user's: AccessDenied where the kernel says no. */
  @Test
  void everyMethodOnEveryProcessAsNobody(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) {
    spawn.start("sh", "-c", "sleep 0 & exec sleep 60");
    String out = Spawn.run(AsNobody.java(tmp, ProcessSweepAsNobodyMain.class.getName()));
    assertTrue(out.contains("\nfailures=0\n") || out.startsWith("failures=0\n"), out);
    int processes = Integer.parseInt(out.replaceAll("(?s).*processes=([0-9]+).*", "$1"));
    assertTrue(processes > 2, out);
  }

  /** Runs every check on every process; returns how many processes were swept. */
  static int sweep(List<String> failures) {
    List<Consumer<Process>> checks = checks();
    int processes = 0;
    for (Process p : Psutil.processIter()) {
      processes++;
      for (int i = 0; i < checks.size(); i++) {
        try {
          checks.get(i).accept(p);
        } catch (ZombieProcess e) {
          if (Process.of(p.pid()).status() != ProcessStatus.STATUS_ZOMBIE) {
            failures.add("check " + i + " on " + p + ": ZombieProcess for a non-zombie");
          }
        } catch (NoSuchProcess e) {
          if (p.isRunning()) {
            failures.add("check " + i + " on " + p + ": NoSuchProcess while running: " + e);
          }
        } catch (AccessDenied e) {
          // allowed: the kernel said no
        } catch (RuntimeException | AssertionError e) {
          failures.add("check " + i + " on " + p + " raised " + e);
        }
      }
    }
    return processes;
  }
}
