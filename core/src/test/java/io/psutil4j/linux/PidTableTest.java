package io.psutil4j.linux;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pids() from the names of a /proc: the numeric ones, ascending, whatever the listing order. */
class PidTableTest {
  @TempDir Path proc;

  @Test
  void numericNamesAscendingAndEverythingElseSkipped() throws IOException {
    for (String name :
        new String[] {
          "4242",
          "self",
          "1",
          "sys",
          "12a",
          "0",
          "99999999999",
          "2147483647",
          "300",
          "-7",
          "thread-self"
        }) {
      Files.createDirectory(proc.resolve(name));
    }
    Files.createFile(proc.resolve("77"));

    int[] pids = new PidTable(proc).pids();

    assertArrayEquals(new int[] {1, 77, 300, 4242, Integer.MAX_VALUE}, pids);
  }

  @Test
  void theJavaListingAnswersTheSameWhereNativeCannotGo() throws IOException {
    URI zip = URI.create("jar:" + proc.resolve("proc.zip").toUri());
    try (FileSystem zipfs = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
      for (String name : new String[] {"4242", "self", "1", "12a", "0", "99999999999", "300"}) {
        Files.createDirectory(zipfs.getPath("/" + name));
      }

      int[] pids = new PidTable(zipfs.getPath("/")).pids();

      assertArrayEquals(new int[] {1, 300, 4242}, pids);
    }
  }

  /** More entries than one 32 KiB getdents64 buffer holds: the listing goes on to the end. */
  @Test
  void aDirectoryPastOneBufferIsListedWhole() throws IOException {
    int[] expected = new int[3000];
    for (int i = 0; i < expected.length; i++) {
      expected[i] = 1_000_000 + i;
      Files.createFile(proc.resolve(Integer.toString(expected[i])));
    }

    assertArrayEquals(expected, new PidTable(proc).pids());
  }

  @Test
  void theLiveProcListsThisJvm() {
    int[] pids = new PidTable(Path.of("/proc")).pids();

    int[] sorted = pids.clone();
    Arrays.sort(sorted);
    assertArrayEquals(sorted, pids);
    assertTrue(Arrays.binarySearch(pids, (int) ProcessHandle.current().pid()) >= 0, "own pid");
  }

  @Test
  void aMissingRootNamesTheKernelsError() {
    PidTable table = new PidTable(proc.resolve("missing"));

    UncheckedIOException e = assertThrows(UncheckedIOException.class, table::pids);

    assertInstanceOf(NoSuchFileException.class, e.getCause());
  }
}
