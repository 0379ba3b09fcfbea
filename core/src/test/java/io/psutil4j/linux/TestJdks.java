package io.psutil4j.linux;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The JDKs a test may start a child JVM with: this JVM's, or a newer one where the behaviour under
 * test needs it (FFM from JDK 22, JEP 472's warnings from 24), so that the build's run on JDK 17
 * checks it too rather than skip.
 */
public final class TestJdks {
  /** The release from which the JDK warns for native access without --enable-native-access. */
  public static final int WARNS_FROM = 24;

  /** The release from which the FFM API is final. */
  public static final int FFM_FROM = 22;

  /** The JDK 24+ the poms name for a build on an older JDK. */
  private static final String JDK24_PROPERTY = "psutil4j.test.jdk24";

  private TestJdks() {}

  /** This JVM's java launcher. */
  public static Path thisJava() {
    return Paths.get(System.getProperty("java.home"), "bin", "java");
  }

  /**
   * The java launcher of a JDK of release {@code feature} (at most 24) or later: {@code current}
   * when this JVM is new enough, else the one {@code -Dpsutil4j.test.jdk24} names; fails, never
   * skips, when there is none.
   */
  public static Path javaOf(int feature, Path current) {
    if (Runtime.version().feature() >= feature) {
      return current;
    }
    String home = System.getProperty(JDK24_PROPERTY, "");
    Path java = Paths.get(home, "bin", "java");
    if (home.isEmpty() || !Files.isExecutable(java)) {
      throw new AssertionError(
          "this test needs a JDK "
              + feature
              + "+ for its child JVM; this one is "
              + Runtime.version().feature()
              + " and -D"
              + JDK24_PROPERTY
              + "='"
              + home
              + "' names no JDK with an executable bin/java");
    }
    return java;
  }

  /** As {@link #javaOf(int, Path)} with this JVM's launcher as the current one. */
  public static Path javaOf(int feature) {
    return javaOf(feature, thisJava());
  }
}
