package io.psutil4j.jmx;

/**
 * {@code psutil4j:type=Controls}: operations that change the system, registered only with {@code
 * controls=true}. Each calls psutil's setter on the process {@code pid}; a failure (no such
 * process, permission denied, a bad value) comes back as an error whose message says what went
 * wrong.
 */
public interface ControlsMXBean {
  @Operation(
      summary = "Sends signal number `signal` to process `pid` (psutil Process(pid).send_signal)",
      params = {"pid", "signal"})
  void sendSignal(int pid, int signal);

  @Operation(
      summary = "Sets the niceness of process `pid` to `value`, -20..19 (psutil Process(pid).nice)",
      params = {"pid", "value"})
  void nice(int pid, int value);

  @Operation(
      summary =
          "Sets resource limit `resource` (e.g. RLIMIT_NOFILE) of process `pid` to soft/hard,"
              + " -1 for unlimited (psutil Process(pid).rlimit)",
      params = {"pid", "resource", "soft", "hard"})
  void rlimit(int pid, String resource, long soft, long hard);

  @Operation(
      summary =
          "Pins process `pid` to the CPUs numbered in `cpus` (psutil Process(pid).cpu_affinity)",
      params = {"pid", "cpus"})
  void cpuAffinity(int pid, int[] cpus);
}
