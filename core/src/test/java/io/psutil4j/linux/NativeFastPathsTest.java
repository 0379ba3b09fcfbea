package io.psutil4j.linux;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.psutil4j.DiskUsage;
import io.psutil4j.linux.nativeaccess.NativeLinux;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The libc fast paths (sysinfo, statvfs, sysconf, prlimit, getdents64) answer as the files they
 * replace; the binding is FFM on JDK 22+ with native access, JNA where it loads quietly, else none,
 * and then the files answer, with nothing printed.
 */
class NativeFastPathsTest {
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

  @Test
  void inThisJvmTheFastPathsAnswerAsTheFiles() throws IOException {
    assumeTrue(NativeLinux.fastPathsQuiet(), "no quiet native access in this JVM");
    assertEquals(List.of(), FastPathsVsFilesMain.mismatches());
  }

  @Test
  void withNativeAccessOnJdk22TheFfmPathAnswersAsTheFilesSilently() throws Exception {
    assumeTrue(Runtime.version().feature() >= 22, "FFM is final from JDK 22");
    List<String> out = runMain("--enable-native-access=ALL-UNNAMED");
    assertEquals(List.of("ffm", "END"), out);
  }

  @Test
  void withoutNativeAccessOnJdk24NothingNativeLoadsAndNothingIsPrinted() throws Exception {
    assumeTrue(Runtime.version().feature() >= 24, "native access warns from JDK 24");
    assertEquals(List.of("none", "END"), runMain());
  }

  @Test
  void ffmWorksWithoutTheJnaJar() throws Exception {
    assumeTrue(Runtime.version().feature() >= 22, "FFM is final from JDK 22");
    String classPath =
        Paths.get("target/classes/META-INF/versions/22").toAbsolutePath()
            + ":"
            + Paths.get("target/classes").toAbsolutePath()
            + ":"
            + Paths.get("target/test-classes").toAbsolutePath();
    assertEquals(
        List.of("ffm", "END"), runMainWith(classPath, "--enable-native-access=ALL-UNNAMED"));
  }

  @Test
  void countEntriesSkipsDotAndDotDotOnly() throws IOException {
    assumeTrue(NativeLinux.fastPathsQuiet(), "no quiet native access in this JVM");
    for (String name : new String[] {"a", ".hidden", "..x", "...", "7"}) {
      Files.createFile(dir.resolve(name));
    }
    Files.createDirectory(dir.resolve("sub"));
    assertEquals(new File(dir.toString()).list().length, NativeLinux.countEntries(dir.toString()));
    assertEquals(6, NativeLinux.countEntries(dir.toString()));
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

  private static List<String> runMain(String... jvmOptions)
      throws IOException, InterruptedException {
    return runMainWith(System.getProperty("java.class.path"), jvmOptions);
  }

  private static List<String> runMainWith(String classPath, String... jvmOptions)
      throws IOException, InterruptedException {
    return ChildJvm.run(FastPathsVsFilesMain.class, classPath, jvmOptions);
  }
}
