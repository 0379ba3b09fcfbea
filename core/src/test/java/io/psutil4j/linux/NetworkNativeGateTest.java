package io.psutil4j.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * getifaddrs, the NIC ioctls and sock_diag are asked only where native access is quiet: a JVM of
 * JDK 24+ without native access reads the files and prints nothing; with it (FFM from JDK 22, JNA
 * before) it asks the kernel, gets the fallback's answers, and prints nothing either.
 */
class NetworkNativeGateTest {
  private static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";

  @Test
  void withoutNativeAccessOnJdk24TheFilesAnswerAndNothingIsPrinted() throws Exception {
    assertEquals(List.of("files", "END"), runMain(TestJdks.javaOf(TestJdks.WARNS_FROM)));
  }

  @Test
  void withNativeAccessOnJdk22TheFfmCallsAnswerAsTheFilesSilently() throws Exception {
    assertEquals(
        List.of("native ffm", "END"), runMain(TestJdks.javaOf(TestJdks.FFM_FROM), NATIVE_ACCESS));
  }

  /** JNA on JDK 17, FFM on 25: each run of the build checks the binding its hosts get. */
  @Test
  void onThisJdkTheKernelAnswersAsTheFilesSilently() throws Exception {
    boolean ffm = Runtime.version().feature() >= 22;
    List<String> out =
        ffm ? runMain(TestJdks.thisJava(), NATIVE_ACCESS) : runMain(TestJdks.thisJava());
    assertEquals(List.of(ffm ? "native ffm" : "native jna", "END"), out);
  }

  private static List<String> runMain(Path java, String... jvmOptions)
      throws IOException, InterruptedException {
    return ChildJvm.run(
        java, NetworkPathsMain.class, System.getProperty("java.class.path"), jvmOptions);
  }
}
