package io.psutil4j.live;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.psutil4j.CgroupCpu;
import io.psutil4j.CgroupInfo;
import io.psutil4j.Psutil;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Live, as root: makes a cgroup on this host, limits its memory and CPU, moves real processes in,
 * and checks that psutil4j reports what was set, and throttling under a CPU-burning load. The
 * groups are removed afterwards, also when a check fails.
 */
class LiveCgroupTest {
  private static final long MEMORY_LIMIT = 256L * 1024 * 1024;
  private static final long QUOTA_USEC = 20_000;
  private static final long PERIOD_USEC = 100_000;

  @Test
  void aChildJvmMovedIntoALimitedGroupReportsItsLimitsAndABusyLoopThere() throws Exception {
    String[] why = new String[1];
    CgroupSandbox box = CgroupSandbox.create("psutil4j-live-" + ProcessHandle.current().pid(), why);
    assumeTrue(box != null, () -> "cannot make a cgroup on this host: " + why[0]);
    List<Process> children = new ArrayList<>();
    try {
      box.limitMemory(MEMORY_LIMIT);
      box.limitCpu(QUOTA_USEC, PERIOD_USEC);

      // a child JVM reads its own group through Psutil.cgroup()
      Process jvm =
          new ProcessBuilder(
                  Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx32m",
                  "-XX:TieredStopAtLevel=1",
                  "-cp",
                  System.getProperty("java.class.path"),
                  CgroupSelfReport.class.getName())
              .redirectErrorStream(true)
              .start();
      children.add(jvm);
      BufferedReader out =
          new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("ready", out.readLine());
      box.move(jvm.pid());
      OutputStream in = jvm.getOutputStream();
      in.write('\n');
      in.flush();
      List<String> report = new ArrayList<>();
      for (String line; (line = out.readLine()) != null; ) {
        report.add(line);
      }
      assertTrue(jvm.waitFor(60, TimeUnit.SECONDS), "child JVM did not finish");
      assertTrue(
          report.contains("memory.max=" + OptionalLong.of(MEMORY_LIMIT)), "child saw " + report);
      assertTrue(report.contains("cpu.limit=" + OptionalDouble.of(0.2)), "child saw " + report);
      assertTrue(
          report.contains("cpu.effective_cpus=" + OptionalDouble.of(0.2)), "child saw " + report);

      // a CPU-burning shell loop, read from outside through Psutil.cgroup(pid)
      Process burner = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
      children.add(burner);
      box.move(burner.pid());
      CgroupInfo cg = Psutil.cgroup((int) burner.pid());
      assertEquals(OptionalLong.of(MEMORY_LIMIT), cg.memory().get().max());
      CgroupCpu cpu = cg.cpu().get();
      assertEquals(OptionalLong.of(QUOTA_USEC), cpu.quotaUsec());
      assertEquals(OptionalLong.of(PERIOD_USEC), cpu.periodUsec());
      assertEquals(OptionalDouble.of(0.2), cpu.limit());
      String memoryPath = cg.paths().get(box.v2() ? "unified" : "memory");
      assertNotNull(memoryPath, "paths: " + cg.paths());
      assertTrue(
          box.memoryDir().toString().endsWith(memoryPath),
          memoryPath + " is not the group made at " + box.memoryDir());
      // at a fifth of a CPU a busy loop runs out of quota in every 100 ms period, even on a busy
      // host
      await()
          .atMost(Duration.ofSeconds(10))
          .pollInterval(Duration.ofMillis(200))
          .untilAsserted(
              () -> {
                CgroupCpu now = Psutil.cgroup((int) burner.pid()).cpu().get();
                assertTrue(now.nrThrottled().orElse(0) > 0, "not throttled yet: " + now);
                assertTrue(now.throttledUsec().orElse(0) > 0, "no throttled time yet: " + now);
                assertTrue(
                    now.nrPeriods().orElse(0) >= now.nrThrottled().getAsLong(),
                    "more throttled periods than periods: " + now);
              });
      // the kernel's own counter, read directly, agrees within what elapsed between the reads
      long kernelThrottled = kernelThrottledPeriods(box);
      long ours = Psutil.cgroup((int) burner.pid()).cpu().get().nrThrottled().getAsLong();
      assertTrue(
          ours >= kernelThrottled && ours <= kernelThrottled + 20,
          "psutil4j " + ours + " vs kernel " + kernelThrottled + " throttled periods");
    } finally {
      for (Process p : children) {
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
      }
      box.close();
    }
  }

  private static long kernelThrottledPeriods(CgroupSandbox box) throws Exception {
    for (String line : CgroupSandbox.read(box.cpuDir().resolve("cpu.stat")).split("\n")) {
      if (line.startsWith("nr_throttled ")) {
        return Long.parseLong(line.substring("nr_throttled ".length()).trim());
      }
    }
    throw new AssertionError("no nr_throttled in " + box.cpuDir().resolve("cpu.stat"));
  }
}
