package io.psutil4j.linux;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KernelFiles reads a file whole and reports a failed open as NIO names it. */
class KernelFilesTest {
  @TempDir Path dir;

  @Test
  void readsAFileLargerThanTheBufferWhole() throws IOException {
    byte[] content = new byte[100_000];
    Arrays.fill(content, (byte) 'x');
    content[content.length - 1] = 'y';
    Path file = Files.write(dir.resolve("big"), content);

    byte[] read = KernelFiles.read(file, (f, buf, len) -> Arrays.copyOf(buf, len));

    assertArrayEquals(content, read);
  }

  @Test
  void readsTheSameBytesAsTheJdkFromProc() throws IOException {
    Path limits = Path.of("/proc/self/limits");

    String read =
        KernelFiles.read(limits, (f, buf, len) -> new String(buf, 0, len, StandardCharsets.UTF_8));

    assertEquals(Files.readString(limits), read);
  }

  @Test
  void aMissingFileIsNoSuchFile() {
    Path missing = dir.resolve("missing");

    NoSuchFileException e =
        assertThrows(NoSuchFileException.class, () -> KernelFiles.read(missing, (f, b, l) -> l));

    assertEquals(missing.toString(), e.getFile());
    NoSuchFileException nio =
        assertThrows(NoSuchFileException.class, () -> Files.newInputStream(missing));
    assertEquals(nio.getMessage(), e.getMessage(), "as NIO says it");
    Path underMissing = dir.resolve("gone/file");
    assertEquals(
        underMissing.toString(),
        assertThrows(
                NoSuchFileException.class, () -> KernelFiles.read(underMissing, (f, b, l) -> l))
            .getFile());
  }

  @Test
  void aPathThroughAFileFailsAsNioSaysNotAsMissing() throws IOException {
    Path file = Files.write(dir.resolve("plain"), new byte[] {1});
    Path through = file.resolve("child");

    IOException e =
        assertThrows(IOException.class, () -> KernelFiles.read(through, (f, b, l) -> l));

    IOException nio = assertThrows(IOException.class, () -> Files.newInputStream(through));
    assertEquals(nio.getClass(), e.getClass());
    assertEquals(nio.getMessage(), e.getMessage());
  }

  @Test
  void aDirectoryFailsAsIoErrorNotAsMissing() {
    IOException e = assertThrows(IOException.class, () -> KernelFiles.read(dir, (f, b, l) -> l));

    assertFalse(
        e instanceof NoSuchFileException || e instanceof FileNotFoundException, e::toString);
  }

  @Test
  void entryNamesAreTheDirectorysAndAMissingOneIsNoSuchFile() throws IOException {
    Files.createFile(dir.resolve("3"));
    Files.createDirectory(dir.resolve("fd"));

    String[] names = KernelFiles.entryNames(dir);
    Arrays.sort(names);

    assertArrayEquals(new String[] {"3", "fd"}, names);
    assertThrows(NoSuchFileException.class, () -> KernelFiles.entryNames(dir.resolve("gone")));
  }

  @Test
  void readsFromAnotherFileSystem() throws IOException {
    URI zip = URI.create("jar:" + dir.resolve("fixture.zip").toUri());
    try (FileSystem zipfs = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
      Path loadavg = Files.writeString(zipfs.getPath("/loadavg"), "0.50 0.40 0.30 1/70 4242\n");

      int len = KernelFiles.read(loadavg, (f, buf, n) -> n);

      assertEquals(25, len);
    }
  }
}
