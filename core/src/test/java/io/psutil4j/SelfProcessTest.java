package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** This JVM as a process: its threads, its file descriptors, its own I/O. */
class SelfProcessTest {
  @TempDir Path tmp;

  @Test
  void manyThreadsAreCountedAndListed() throws Exception {
    Process self = Process.current();
    CountDownLatch release = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    int before = self.numThreads();
    for (int i = 0; i < 20; i++) {
      Thread t =
          new Thread(
              () -> {
                try {
                  release.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
      t.start();
      threads.add(t);
    }
    try {
      int during = self.numThreads();
      assertTrue(during >= before + 20 - 2, before + " -> " + during); // JIT threads come and go
      List<ThreadTimes> list = self.threads();
      assertEquals(during, list.size(), 3);
      double user = list.stream().mapToDouble(ThreadTimes::userTime).sum();
      assertEquals(self.cpuTimes().user(), user, 0.5);
    } finally {
      release.countDown();
      for (Thread t : threads) {
        t.join();
      }
    }
  }

  @Test
  void manyFdsAndOpenFilesWithPositionsAndModes() throws Exception {
    Process self = Process.current();
    int before = self.numFds();
    List<AutoCloseable> open = new ArrayList<>();
    try {
      for (int i = 0; i < 100; i++) {
        open.add(new FileInputStream(Files.createFile(tmp.resolve("f" + i)).toFile()));
      }
      assertEquals(before + 100, self.numFds(), 5);
      Path w = tmp.resolve("written");
      FileOutputStream out = new FileOutputStream(w.toFile());
      open.add(out);
      out.write(new byte[1024]);
      Path a = tmp.resolve("appended");
      open.add(new FileOutputStream(a.toFile(), true));
      Path rw = tmp.resolve("rw");
      open.add(new RandomAccessFile(rw.toFile(), "rw"));
      Map<String, OpenFile> byPath =
          self.openFiles().stream().collect(Collectors.toMap(OpenFile::path, f -> f, (x, y) -> x));
      OpenFile written = byPath.get(w.toRealPath().toString());
      assertEquals(1024, written.position());
      assertEquals("w", written.mode());
      assertEquals("a", byPath.get(a.toRealPath().toString()).mode());
      assertEquals("r+", byPath.get(rw.toRealPath().toString()).mode());
      assertEquals("r", byPath.get(tmp.resolve("f7").toRealPath().toString()).mode());
      for (OpenFile f : byPath.values()) {
        assertTrue(f.path().startsWith("/") && Files.isRegularFile(Path.of(f.path())), f.path());
      }
    } finally {
      for (AutoCloseable c : open) {
        c.close();
      }
    }
  }

  @Test
  void readCharsGrowByWhatWeRead() throws Exception {
    Process self = Process.current();
    Path f = tmp.resolve("data");
    Files.write(f, new byte[1 << 20]);
    long before = self.ioCounters().readChars();
    byte[] back = Files.readAllBytes(f);
    long after = self.ioCounters().readChars();
    assertTrue(after - before >= back.length, (after - before) + " < " + back.length);
  }

  @Test
  void heapInfoSeesALargeNativeAllocation() {
    HeapInfo before = Psutil.heapInfo();
    // 64 MiB of direct memory: the JVM mallocs it, and glibc serves a request above its largest
    // mmap threshold (32 MiB on 64-bit) with mmap. Only mmap_used is compared: other JVM threads
    // malloc and free on the heap meanwhile.
    java.nio.ByteBuffer big = java.nio.ByteBuffer.allocateDirect(64 << 20);
    HeapInfo during = Psutil.heapInfo();
    assertTrue(during.mmapUsed() - before.mmapUsed() >= (60 << 20), before + " -> " + during);
    assertEquals(64 << 20, big.capacity());
    Psutil.heapTrim();
  }
}
