package io.psutil4j.jmx;

import org.jspecify.annotations.Nullable;

/**
 * {@code psutil4j:type=Controls}: operations that change the system, registered only with {@code
 * controls=true}. Each calls psutil's setter on the process {@code pid}, after a check made at
 * every invocation: by default only this JVM and the processes it started are targets, and this JVM
 * itself is never stopped, killed or limited unless the policy names it. A refusal, or a failure
 * (no such process, permission denied, a bad value), comes back as an error whose message says what
 * went wrong.
 */
public interface ControlsMXBean {
  @Operation(
      summary =
          "Sends signal number `signal` to process `pid` (psutil Process(pid).send_signal); a"
              + " signal other than 0 to this JVM is refused unless controls.self=true",
      params = {"pid", "signal"})
  void sendSignal(int pid, int signal);

  @Operation(
      summary =
          "Sets the niceness of `pid` to `value`, -20..19 (psutil Process(pid).nice). Linux"
              + " sets it for the one thread whose id is `pid`, the main thread of a process: its"
              + " other threads keep theirs, threads it starts later inherit it; for a JVM the main"
              + " thread is the launcher's, not the Java threads'",
      params = {"pid", "value"})
  void nice(int pid, int value);

  @Operation(
      summary =
          "Sets resource limit `resource` (e.g. RLIMIT_NOFILE) of process `pid` to soft/hard,"
              + " -1 for unlimited (psutil Process(pid).rlimit); lowering this JVM's own limits is"
              + " refused unless controls.self=true",
      params = {"pid", "resource", "soft", "hard"})
  void rlimit(int pid, String resource, long soft, long hard);

  @Operation(
      summary =
          "Pins `pid` to the CPUs numbered in `cpus` (psutil Process(pid).cpu_affinity). Linux"
              + " pins the one thread whose id is `pid`, the main thread of a process: its other"
              + " threads keep their CPUs, threads it starts later inherit the new set; for a JVM"
              + " the main thread is the launcher's, not the Java threads'",
      params = {"pid", "cpus"})
  void cpuAffinity(int pid, int[] cpus);

  @Metric(
      summary = "Controls operations invoked since registration, refused and failed ones included",
      unit = "count",
      type = Metric.COUNTER,
      psutil = "none (psutil4j's own count)")
  long getInvocations();

  @Metric(
      summary = "Controls operations refused by the scope or self check since registration",
      unit = "count",
      type = Metric.COUNTER,
      psutil = "none (psutil4j's own count)")
  long getRefused();

  @Metric(
      summary =
          "Which processes the operations may act on: descendants (this JVM and the processes it"
              + " started) or any",
      unit = "text",
      psutil = "none (agent option controls.scope)")
  String getScope();

  @Metric(
      summary = "Whether the operations may stop, kill or lower the limits of this JVM itself",
      unit = "boolean",
      psutil = "none (agent option controls.self)")
  boolean isSelfAllowed();

  @Metric(
      summary = "The file each invocation is logged to, one line each; null when none",
      unit = "text",
      psutil = "none (agent option controls.log)")
  @Nullable String getLog();
}
