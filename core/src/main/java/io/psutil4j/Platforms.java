package io.psutil4j;

import io.psutil4j.linux.LinuxPlatform;
import io.psutil4j.spi.Platform;

/** Chooses the platform once, from {@code os.name}. */
public final class Platforms {
  private static volatile Platform current;

  private Platforms() {}

  /**
   * The platform of this JVM's OS.
   *
   * @throws UnsupportedPlatformException on anything but Linux, naming the OS
   */
  public static Platform current() {
    Platform p = current;
    if (p == null) {
      synchronized (Platforms.class) {
        p = current;
        if (p == null) {
          p = select(System.getProperty("os.name", ""));
          current = p;
        }
      }
    }
    return p;
  }

  static Platform select(String osName) {
    if (osName.startsWith("Linux")) {
      return LinuxPlatform.live();
    }
    throw new UnsupportedPlatformException(osName);
  }
}
