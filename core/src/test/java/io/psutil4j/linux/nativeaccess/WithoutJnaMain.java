package io.psutil4j.linux.nativeaccess;

import io.psutil4j.Process;
import io.psutil4j.ProcessRlimit;
import io.psutil4j.Psutil;

/**
 * Run in a JVM where JNA cannot load its native part: prints what still works and what says why.
 */
public final class WithoutJnaMain {
  private WithoutJnaMain() {}

  public static void main(String[] args) {
    Process self = Process.current();
    System.out.println("name=" + self.name());
    System.out.println("rss>0=" + (self.memoryInfo().rss() > 0));
    try {
      Psutil.heapInfo();
      System.out.println("heap_info=worked");
    } catch (UnsupportedOperationException e) {
      System.out.println("heap_info=" + e.getMessage());
    }
    try {
      self.nice(0);
      System.out.println("nice=worked");
    } catch (UnsupportedOperationException e) {
      System.out.println("nice=" + e.getMessage());
    }
    try {
      self.rlimit(ProcessRlimit.RLIMIT_NOFILE);
      System.out.println("rlimit=worked");
    } catch (UnsupportedOperationException e) {
      System.out.println("rlimit=" + e.getMessage());
    }
  }
}
