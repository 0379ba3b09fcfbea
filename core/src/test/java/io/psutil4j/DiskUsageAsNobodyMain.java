package io.psutil4j;

import java.io.UncheckedIOException;

/** Run as nobody: prints the class of the I/O error disk_usage(args[0]) gives, or OK. */
public final class DiskUsageAsNobodyMain {
  private DiskUsageAsNobodyMain() {}

  public static void main(String[] args) {
    try {
      Psutil.diskUsage(args[0]);
      System.out.println("OK");
    } catch (UncheckedIOException e) {
      System.out.println(e.getCause().getClass().getSimpleName() + " " + e.getCause().getMessage());
    }
  }
}
