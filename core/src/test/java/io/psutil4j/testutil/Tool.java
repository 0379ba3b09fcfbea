package io.psutil4j.testutil;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/** Runs a real tool of this machine (free, vmstat, df, ss, who, ...) and returns its stdout. */
public final class Tool {
  private Tool() {}

  public static String run(String... command) {
    try {
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false);
      pb.environment().put("LC_ALL", "C");
      pb.environment().put("TZ", "UTC");
      Process p = pb.start();
      byte[] out;
      InputStream in = p.getInputStream();
      try {
        out = in.readAllBytes();
      } finally {
        in.close();
      }
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + Arrays.toString(command));
      }
      if (p.exitValue() != 0) {
        throw new AssertionError(Arrays.toString(command) + " exited " + p.exitValue());
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError("cannot run " + Arrays.toString(command), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The number in front of {@code label} in {@code vmstat -s}. */
  public static long vmstat(String label) {
    for (String line : run("vmstat", "-s").split("\n")) {
      String t = line.trim();
      if (t.endsWith(label)) {
        return Long.parseLong(t.substring(0, t.indexOf(' ')));
      }
    }
    throw new AssertionError("vmstat -s has no '" + label + "'");
  }

  /** A fixture scenario's root in the test resources. */
  public static Path fixture(String scenario) {
    return Paths.get("src/test/resources/fixtures", scenario).toAbsolutePath();
  }
}
