package io.psutil4j.linux.nativeaccess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.psutil4j.linux.ChildJvm;
import io.psutil4j.linux.TestJdks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The FFM and JNA bindings of every {@link KernelCalls} call answer alike, and as the files where
 * one tells the same, in a JVM of JDK 22+ with native access (where both may load without a
 * warning): this JVM's when it is new enough, else the JDK the build names; on both JDK runs.
 */
class KernelCallsAgreeTest {
  @TempDir Path dir;

  @Test
  void ffmAndJnaAnswerAlikeAndAsTheFiles() throws Exception {
    List<String> out =
        ChildJvm.run(
            TestJdks.javaOf(TestJdks.FFM_FROM),
            KernelCallsAgreeMain.class,
            System.getProperty("java.class.path"),
            List.of(dir.toString()),
            "--enable-native-access=ALL-UNNAMED");
    assertEquals(List.of("jna ffm", "END"), out);
  }
}
