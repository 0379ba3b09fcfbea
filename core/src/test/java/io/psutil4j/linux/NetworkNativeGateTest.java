package io.psutil4j.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * getifaddrs, the NIC ioctls and sock_diag are asked only where loading JNA is silent: a JVM of JDK
 * 24+ without native access reads the files and prints nothing; with it (or before 24) it asks the
 * kernel, gets the fallback's answers, and prints nothing either.
 */
class NetworkNativeGateTest {
  @Test
  void withoutNativeAccessOnJdk24TheFilesAnswerAndNothingIsPrinted() throws Exception {
    assumeTrue(Runtime.version().feature() >= 24, "native access warns from JDK 24");
    assertEquals(List.of("files", "END"), runMain());
  }

  @Test
  void withNativeAccessTheKernelAnswersAsTheFilesSilently() throws Exception {
    List<String> out =
        Runtime.version().feature() >= 22
            ? runMain("--enable-native-access=ALL-UNNAMED")
            : runMain();
    assertEquals(List.of("native", "END"), out);
  }

  private static List<String> runMain(String... jvmOptions)
      throws IOException, InterruptedException {
    return ChildJvm.run(NetworkPathsMain.class, System.getProperty("java.class.path"), jvmOptions);
  }
}
