package io.psutil4j.jmx;

/**
 * The operation of {@code psutil4j:type=Process}; its attributes are {@link ProcessTable}'s. An
 * MXBean so the result reaches JMX clients as open data.
 */
public interface ProcessOperationsMXBean {
  /**
   * Gives free malloc memory back to the kernel (psutil heap_trim(), glibc malloc_trim(0)).
   *
   * @throws SecurityException when operations are not allowed (agent options heapTrim, controls)
   * @throws IllegalStateException when native access is off, one is running or the previous ran
   *     under 10 s ago
   */
  @Operation(
      summary =
          "Gives free malloc heap back to the kernel (psutil heap_trim, glibc malloc_trim(0)) and"
              + " returns RSS, USS and heap_info before and after and the seconds taken; one call"
              + " at a time, at most once per 10 s; refused unless the agent runs with"
              + " heapTrim=true or controls=true, and on JDK 24+ unless the JVM runs with"
              + " --enable-native-access=ALL-UNNAMED. malloc_trim holds each malloc arena's lock"
              + " while it walks it: other threads' mallocs wait meanwhile (see docs/agent.md)")
  HeapTrimResult heapTrim();
}
