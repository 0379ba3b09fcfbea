package io.psutil4j.benchmarks.scale;

import java.util.ArrayList;
import java.util.List;

/**
 * One host JVM: its touched heap, the threads and fds it holds, and either the agent on default
 * options or, with a fixture, the MBeans registered on a fixture root of {@code mounts} mounts and
 * {@code nics} NICs (0 and 0: the captured host as it is).
 */
record Shape(String label, int heapMiB, int threads, int fds, Fixture fixture) {
  /** A fixture root's size. */
  record Fixture(int mounts, int nics) {}

  static Shape agent(String label, int heapMiB, int threads, int fds) {
    return new Shape(label, heapMiB, threads, fds, null);
  }

  static Shape fixture(String label, int mounts, int nics) {
    return new Shape(label, 512, 0, 0, new Fixture(mounts, nics));
  }

  /** -Xms = -Xmx, pre-touched: the heap is resident before the first read. */
  List<String> jvmArgs(String agentJar) {
    List<String> args = new ArrayList<>();
    args.add("-Xms" + heapMiB + "m");
    args.add("-Xmx" + heapMiB + "m");
    args.add("-XX:+AlwaysPreTouch");
    if (fixture == null) {
      args.add("-javaagent:" + agentJar);
    }
    return args;
  }

  List<String> hostArgs(String capturedHost) {
    List<String> args = new ArrayList<>();
    args.add("threads=" + threads);
    args.add("fds=" + fds);
    if (fixture != null) {
      args.add("fixture=" + capturedHost);
      args.add("mounts=" + fixture.mounts());
      args.add("nics=" + fixture.nics());
    }
    return args;
  }
}
