package io.psutil4j.live;

import io.psutil4j.CgroupInfo;
import io.psutil4j.Psutil;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The child JVM of {@link LiveCgroupTest}: waits until the test has moved it into a cgroup (a line
 * on stdin), then prints what {@link Psutil#cgroup()} says about its own group, one {@code
 * key=value} per line.
 */
public final class CgroupSelfReport {
  private CgroupSelfReport() {}

  public static void main(String[] args) throws Exception {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    System.out.println("ready");
    System.out.flush();
    in.readLine();
    CgroupInfo cg = Psutil.cgroup();
    System.out.println("memory.max=" + cg.memory().get().max());
    System.out.println("cpu.limit=" + cg.cpu().get().limit());
    System.out.println("cpu.effective_cpus=" + cg.cpu().get().effectiveCpus());
    System.out.println("paths=" + cg.paths());
    System.out.flush();
  }
}
