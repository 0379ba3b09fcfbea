package io.psutil4j.linux;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.psutil4j.DiskUsage;
import io.psutil4j.linux.nativeaccess.NativeLinux;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The libc fast paths (sysinfo, statvfs, sysconf, prlimit, getdents64, getpriority,
 * sched_getaffinity) answer as the files they replace; the binding is FFM on JDK 22+ with native
 * access, JNA where it loads quietly, else none, and then the files answer, with nothing printed.
 */
class NativeFastPathsTest {
  private static final String CLASS_PATH = System.getProperty("java.class.path");
  private static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";

  @TempDir Path dir;

  /**
   * The exact choice is checked in fresh JVMs below: here an earlier test may have loaded JNA, and
   * once the JDK has warned for a module it reports native access as enabled for it.
   */
  @Test
  void theBindingIsOneThisJdkAllows() {
    int jdk = Runtime.version().feature();
    String binding = NativeLinux.fastPathBinding();
    if (jdk < 22) {
      assertEquals(NativeLinux.available() ? "jna" : "none", binding);
    } else if (jdk >= 24) {
      assertEquals(NativeLinux.loadsQuietly() ? "ffm" : "none", binding);
    } else {
      assertTrue(binding.equals("ffm") || binding.equals("jna"), binding);
    }
  }

  /**
   * A JVM of this JDK as a host would start it, with native access from JDK 22 (FFM) and without
   * before (JNA, which loads quietly there): the run on JDK 17 checks JNA, the run on 25 FFM.
   */
  @Test
  void onThisJdkTheFastPathsAnswerAsTheFiles() throws Exception {
    boolean ffm = Runtime.version().feature() >= 22;
    String[] options = ffm ? new String[] {NATIVE_ACCESS} : new String[0];
    assertEquals(
        List.of(ffm ? "ffm" : "jna", "END"), runMainWith(TestJdks.thisJava(), CLASS_PATH, options));
  }

  @Test
  void withNativeAccessOnJdk22TheFfmPathAnswersAsTheFilesSilently() throws Exception {
    List<String> out = runMainWith(TestJdks.javaOf(TestJdks.FFM_FROM), CLASS_PATH, NATIVE_ACCESS);
    assertEquals(List.of("ffm", "END"), out);
  }

  @Test
  void withoutNativeAccessOnJdk24NothingNativeLoadsAndNothingIsPrinted() throws Exception {
    assertEquals(
        List.of("none", "END"), runMainWith(TestJdks.javaOf(TestJdks.WARNS_FROM), CLASS_PATH));
  }

  @Test
  void ffmWorksWithoutTheJnaJar() throws Exception {
    String classPath =
        Paths.get("target/classes/META-INF/versions/22").toAbsolutePath()
            + ":"
            + Paths.get("target/classes").toAbsolutePath()
            + ":"
            + Paths.get("target/test-classes").toAbsolutePath();
    assertEquals(
        List.of("ffm", "END"),
        runMainWith(TestJdks.javaOf(TestJdks.FFM_FROM), classPath, NATIVE_ACCESS));
  }

  @Test
  void aMissingPathIsNoSuchFileOnBothPaths() {
    String gone = dir.resolve("gone").toString();
    for (LinuxPlatform p :
        new LinuxPlatform[] {
          LinuxPlatform.live(), LinuxPlatform.builder().withoutNativeCalls().build()
        }) {
      UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> p.diskUsage(gone));
      assertTrue(e.getCause() instanceof NoSuchFileException, e.toString());
      assertTrue(e.getMessage().contains(gone), e.getMessage());
    }
  }

  @Test
  void setRlimitIsReadBackByTheKernel() throws IOException {
    int pid = FastPathsVsFilesMain.selfPid();
    long[] before = NativeLinux.getRlimit(pid, 7);
    assumeTrue(before[0] > 64, "soft NOFILE too low to lower: " + before[0]);
    try {
      NativeLinux.setRlimit(pid, 7, before[0] - 1, before[1]);
      assertArrayEquals(new long[] {before[0] - 1, before[1]}, NativeLinux.getRlimit(pid, 7));
      assertEquals(
          "[" + (before[0] - 1) + ", " + (before[1] == -1 ? "-1" : before[1]) + "]",
          FastPathsVsFilesMain.limitsFileNofile());
    } finally {
      NativeLinux.setRlimit(pid, 7, before[0], before[1]);
    }
  }

  @Test
  void diskUsageOfARootBothWays() {
    DiskUsage fast = LinuxPlatform.live().diskUsage("/");
    DiskUsage files = LinuxPlatform.builder().withoutNativeCalls().build().diskUsage("/");
    assertEquals(files.total(), fast.total());
  }

  private static List<String> runMainWith(Path java, String classPath, String... jvmOptions)
      throws IOException, InterruptedException {
    return ChildJvm.run(java, FastPathsVsFilesMain.class, classPath, jvmOptions);
  }
}
