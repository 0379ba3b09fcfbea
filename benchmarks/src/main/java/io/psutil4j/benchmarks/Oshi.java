package io.psutil4j.benchmarks;

import oshi.SystemInfo;
import oshi.hardware.HardwareAbstractionLayer;
import oshi.software.os.OperatingSystem;
import oshi.util.GlobalConfig;
import oshi.util.Memoizer;

/**
 * One OSHI instance per benchmark JVM with its cache off: OSHI memoizes most readings for 300 ms by
 * default ({@code oshi.util.memoizer.expiration}); 0 makes every getter read the kernel again. Some
 * values OSHI memoizes forever whatever the setting (boot time in LinuxOperatingSystem, the
 * VirtualMemory and CentralProcessor objects); the benchmarks use the calls that do read.
 */
public final class Oshi {
  static {
    GlobalConfig.set(GlobalConfig.OSHI_UTIL_MEMOIZER_EXPIRATION, 0);
    if (Memoizer.defaultExpiration() != 0) {
      throw new IllegalStateException(
          "OSHI cache still on: " + Memoizer.defaultExpiration() + " ns; set it before first use");
    }
  }

  private static final SystemInfo SYSTEM = new SystemInfo();

  private Oshi() {}

  public static HardwareAbstractionLayer hal() {
    return SYSTEM.getHardware();
  }

  public static OperatingSystem os() {
    return SYSTEM.getOperatingSystem();
  }
}
