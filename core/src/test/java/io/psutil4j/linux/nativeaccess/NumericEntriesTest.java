package io.psutil4j.linux.nativeaccess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** getdents64's records parsed in place give the numeric names a Java listing gives. */
class NumericEntriesTest {
  @TempDir Path dir;

  @Test
  void numericNamesOnlyAsTheKernelListsThem() throws IOException {
    assumeTrue(NativeLinux.available(), "libc not bound through JNA here");
    for (String name : new String[] {"7", "self", "0", "12a", "2147483648", "2147483647", "-3"}) {
      Files.createFile(dir.resolve(name));
    }
    Files.createDirectory(dir.resolve("123456"));

    int[] entries = NativeLinux.numericEntries(dir.toString());
    Arrays.sort(entries);

    assertArrayEquals(new int[] {7, 123456, Integer.MAX_VALUE}, entries);
  }

  @Test
  void aMissingDirectoryIsTheKernelsEnoent() {
    assumeTrue(NativeLinux.available(), "libc not bound through JNA here");

    NativeError e =
        assertThrows(
            NativeError.class, () -> NativeLinux.numericEntries(dir.resolve("gone").toString()));

    assertEquals(2, e.errno(), "ENOENT");
  }
}
