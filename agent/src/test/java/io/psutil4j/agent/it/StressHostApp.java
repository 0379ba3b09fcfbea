package io.psutil4j.agent.it;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A host that does to itself what the test tells it on stdin, one command a line, answering each
 * with one line: {@code fds} opens files until EMFILE, {@code free} closes them, {@code threads N}
 * starts N sleeping threads, {@code heap P} fills the heap to P percent of -Xmx, {@code burn N}
 * starts N threads that spin on the CPU until the JVM exits. It exits with code 7 when stdin
 * closes, so the test can tell its own exit code from anything else's.
 */
public final class StressHostApp {
  private StressHostApp() {}

  private static final List<FileInputStream> FILES = new ArrayList<>();
  private static final List<byte[]> HEAP = new ArrayList<>();
  private static final int CHUNK = 64 * 1024;
  private static final CountDownLatch NEVER = new CountDownLatch(1);

  public static void main(String[] args) throws IOException {
    System.out.println("host ready");
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      String[] cmd = line.split(" ");
      switch (cmd[0]) {
        case "fds":
          System.out.println("fds exhausted after " + exhaustFds());
          break;
        case "free":
          for (FileInputStream f : FILES) {
            f.close();
          }
          FILES.clear();
          System.out.println("fds freed");
          break;
        case "threads":
          startSleepers(Integer.parseInt(cmd[1]));
          System.out.println("threads started");
          break;
        case "burn":
          startBurners(Integer.parseInt(cmd[1]));
          System.out.println("burning");
          break;
        case "heap":
          fillHeap(Integer.parseInt(cmd[1]));
          System.out.println("heap filled");
          break;
        default:
          System.out.println("unknown " + line);
      }
    }
    System.out.println("host done " + FILES.size() + " " + HEAP.size());
    System.exit(7);
  }

  private static int exhaustFds() {
    while (true) {
      try {
        FILES.add(new FileInputStream("/dev/null"));
      } catch (IOException e) {
        if (!String.valueOf(e.getMessage()).contains("Too many open files")) {
          throw new IllegalStateException(e);
        }
        return FILES.size();
      }
    }
  }

  private static void startSleepers(int n) {
    for (int i = 0; i < n; i++) {
      Thread t =
          new Thread(
              null,
              () -> {
                try {
                  NEVER.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              },
              "sleeper-" + i,
              64 * 1024);
      t.setDaemon(true);
      t.start();
    }
  }

  private static void startBurners(int n) {
    for (int i = 0; i < n; i++) {
      Thread t =
          new Thread(
              () -> {
                long x = 0;
                while (NEVER.getCount() > 0) {
                  x += System.nanoTime() & 1;
                }
                sink = x;
              },
              "burner-" + i);
      t.setDaemon(true);
      t.start();
    }
  }

  @SuppressWarnings("unused")
  private static volatile long sink;

  private static void fillHeap(int percent) {
    Runtime rt = Runtime.getRuntime();
    long target = rt.maxMemory() * percent / 100;
    while (true) {
      System.gc(); // count live bytes only, not garbage awaiting collection
      long missing = target - (rt.totalMemory() - rt.freeMemory());
      if (missing <= 0) {
        return;
      }
      for (long i = 0; i <= missing / CHUNK; i++) {
        HEAP.add(new byte[CHUNK]);
      }
    }
  }
}
