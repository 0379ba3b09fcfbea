package io.psutil4j.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fd links of one process, read without a lock that one reader's kernel read holds. */
class FdLinksTest {
  @TempDir Path fdDir;

  /** An fd directory like /proc/PID/fd: the link "3" to a file. */
  private Path fdThree() throws IOException {
    Path file = Files.createTempFile("fdlinks", ".txt");
    file.toFile().deleteOnExit();
    return Files.createSymbolicLink(fdDir.resolve("3"), file);
  }

  @Test
  void targetsAreTheLinksAsTheKernelReadsThem() throws Exception {
    Path link = fdThree();
    FdLinks links = FdLinks.read(fdDir);
    assertEquals(1, links.count());
    assertEquals(3, links.fd(0));
    assertEquals(Files.readSymbolicLink(link).toString(), links.target(0));
    assertFalse(links.vanished());
    assertFalse(links.denied());
  }

  @Test
  void aLinkGoneBeforeItIsReadHasNoTargetAndSaysVanished() throws Exception {
    Path link = fdThree();
    FdLinks links = FdLinks.read(fdDir);
    Files.delete(link); // the fd closed between the listing and the read
    assertNull(links.target(0));
    assertTrue(links.vanished());
    assertFalse(links.denied());
  }

  @Test
  void aReaderBlockedInTheKernelReadDoesNotBlockAnother() throws Exception {
    Thread[] first = new Thread[1];
    CountDownLatch firstReading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Path link = fdThree();
    FdLinks links =
        FdLinks.read(
            fdDir,
            path -> {
              if (Thread.currentThread() == first[0]) {
                firstReading.countDown();
                awaitRelease(release); // a readlink stuck in the kernel (a hung FUSE or NFS file)
              }
              return Files.readSymbolicLink(path);
            });
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Boolean> blocked =
          pool.submit(
              () -> {
                first[0] = Thread.currentThread();
                return links.vanished();
              });
      assertTrue(firstReading.await(10, TimeUnit.SECONDS), "the first reader never read a link");
      Future<String> other = pool.submit(() -> String.valueOf(links.target(0)));
      String target = other.get(10, TimeUnit.SECONDS); // times out if it waits for the first
      assertFalse(blocked.isDone(), "the first reader should still be stuck in its read");
      assertEquals(Files.readSymbolicLink(link).toString(), target);
      release.countDown();
      assertFalse(blocked.get(10, TimeUnit.SECONDS));
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  private static void awaitRelease(CountDownLatch release) throws InterruptedIOException {
    try {
      release.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted in a link read");
    }
  }
}
