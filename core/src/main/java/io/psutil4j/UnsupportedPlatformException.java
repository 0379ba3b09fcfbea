package io.psutil4j;

/** psutil4j reads Linux kernel interfaces; on any other OS every call raises this, naming it. */
public final class UnsupportedPlatformException extends UnsupportedOperationException {
  private static final long serialVersionUID = 1L;

  public UnsupportedPlatformException(String osName) {
    super("psutil4j supports Linux only; this JVM runs on os.name='" + osName + "'");
  }
}
