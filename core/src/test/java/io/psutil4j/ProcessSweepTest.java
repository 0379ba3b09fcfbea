package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    c.add(p -> assertTrue(p.status() != ProcessStatus.UNKNOWN, p.status().value()));
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
    List<Consumer<Process>> checks = checks();
    int processes = 0;
    List<String> failures = new ArrayList<>();
    for (Process p : Psutil.processIter()) {
      processes++;
      for (int i = 0; i < checks.size(); i++) {
        try {
          checks.get(i).accept(p);
        } catch (ZombieProcess e) {
          assertEquals(ProcessStatus.ZOMBIE, Process.of(p.pid()).status(), "check " + i);
        } catch (NoSuchProcess e) {
          assertFalse(p.isRunning(), "NoSuchProcess for a running process, check " + i + ": " + e);
        } catch (AccessDenied e) {
          // allowed: the kernel said no
        } catch (RuntimeException e) {
          failures.add("check " + i + " on " + p + " raised " + e);
        }
      }
    }
    assertTrue(processes > 2);
    if (!failures.isEmpty()) {
      fail(failures.size() + " failures:\n" + String.join("\n", failures));
    }
  }
}
