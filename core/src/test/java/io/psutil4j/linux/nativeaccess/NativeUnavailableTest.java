package io.psutil4j.linux.nativeaccess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * In a JVM where JNA cannot find its native library, /proc-backed calls still work and the native
 * ones throw UnsupportedOperationException saying why; with it, they work.
 */
class NativeUnavailableTest {
  private static String runMain(String... jvmOptions) throws IOException, InterruptedException {
    return runMainWith(System.getProperty("java.class.path"), jvmOptions);
  }

  private static String runMainWith(String classPath, String... jvmOptions)
      throws IOException, InterruptedException {
    String javaBin = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    java.util.List<String> cmd = new java.util.ArrayList<>();
    cmd.add(javaBin);
    cmd.addAll(java.util.Arrays.asList(jvmOptions));
    cmd.add("-cp");
    cmd.add(classPath);
    cmd.add(WithoutJnaMain.class.getName());
    java.lang.Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    return out;
  }

  @Test
  void withoutJnaNativeCallsSayWhyAndTheRestWorks() throws Exception {
    String out =
        runMain(
            "-Djna.nosys=true",
            "-Djna.noclasspath=true",
            "-Djna.nounpack=true",
            "-Djna.boot.library.path=/nonexistent");
    assertTrue(out.contains("name=java"), out);
    assertTrue(out.contains("rss>0=true"), out);
    assertTrue(out.contains("heap_info=JNA cannot load libc"), out);
    assertTrue(out.contains("nice=JNA cannot load libc"), out);
    assertTrue(out.contains("rlimit=worked"), out); // its own: /proc/self/limits
  }

  @Test
  void withoutTheJnaJarNativeCallsSayWhyAndTheRestWorks() throws Exception {
    String classPath =
        Paths.get("target/classes").toAbsolutePath()
            + ":"
            + Paths.get("target/test-classes").toAbsolutePath();
    String out = runMainWith(classPath);
    assertTrue(out.contains("name=java"), out);
    assertTrue(out.contains("heap_info=JNA is not available"), out);
    assertTrue(out.contains("nice=JNA is not available"), out);
    assertTrue(out.contains("rlimit=worked"), out);
  }

  @Test
  void withJnaTheSameCallsWork() throws Exception {
    String out = runMain();
    assertTrue(out.contains("heap_info=worked"), out);
    assertTrue(out.contains("nice=worked"), out);
    assertTrue(out.contains("rlimit=worked"), out);
  }
}
