package io.psutil4j.jmx;

import java.io.IOException;
import java.util.concurrent.locks.LockSupport;

/**
 * A host JVM with N extra threads parked for good: prints "ready" once all have started, and exits
 * when its stdin closes (the test ends).
 */
public final class ParkedThreadsHost {
  private ParkedThreadsHost() {}

  private static void parkForGood() {
    while (true) {
      LockSupport.park();
    }
  }

  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(args[0]);
    for (int i = 0; i < n; i++) {
      Thread t = new Thread(null, ParkedThreadsHost::parkForGood, "parked-" + i, 64 * 1024);
      t.setDaemon(true);
      t.start();
    }
    System.out.println("ready");
    System.out.flush();
    while (System.in.read() >= 0) {
      // wait for the test to close our stdin
    }
  }
}
