package io.psutil4j.jmx;

/**
 * The operations of {@code psutil4j:type=Controls}, registered only with {@code controls=true}; its
 * attributes are {@link ControlsTable}'s. Each calls psutil's setter on the process {@code pid},
 * after a check made at every invocation: by default only this JVM and the processes it started are
 * targets, and this JVM itself is never stopped, killed or limited unless the policy names it. A
 * refusal, or a failure (no such process, permission denied, a bad value), comes back as an error
 * whose message says what went wrong.
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
}
