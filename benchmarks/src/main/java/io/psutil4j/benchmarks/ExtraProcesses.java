package io.psutil4j.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * {@code count} sleeping processes, children of one shell this JVM starts, so a process-table op
 * can be measured at several table sizes. Closing kills exactly those processes, by pid.
 */
final class ExtraProcesses implements AutoCloseable {
  private static final long START_TIMEOUT_NANOS = TimeUnit.MINUTES.toNanos(3);

  private final java.lang.Process shell;

  ExtraProcesses(int count) throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(
            "/bin/sh",
            "-c",
            "i=0; while [ $i -lt "
                + count
                + " ]; do sleep 3600 & i=$((i+1)); done; echo started; wait");
    builder.redirectErrorStream(true);
    shell = builder.start();
    // "started" comes once the last child is forked.
    byte[] expected = "started\n".getBytes(StandardCharsets.US_ASCII);
    byte[] got = shell.getInputStream().readNBytes(expected.length);
    if (!Arrays.equals(expected, got)) {
      close();
      throw new IOException(
          "could not start " + count + " processes: " + new String(got, StandardCharsets.US_ASCII));
    }
    long deadline = System.nanoTime() + START_TIMEOUT_NANOS;
    while (shell.toHandle().children().count() < count) {
      if (System.nanoTime() > deadline) {
        close();
        throw new IOException(
            "only " + shell.toHandle().children().count() + " of " + count + " started");
      }
      Thread.sleep(50);
    }
  }

  @Override
  public void close() {
    shell.toHandle().children().forEach(ProcessHandle::destroy);
    shell.destroy();
    try {
      shell.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
