package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code __version__}, {@code version_info} and the OS flags. */
class ModuleConstantsTest {
  @Test
  void versionIsTheBuildsVersion() throws IOException {
    // the parent version core's pom names is the project's version
    String pom = Files.readString(Paths.get("pom.xml"));
    Matcher m =
        Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL).matcher(pom);
    assertTrue(m.find(), pom);
    assertEquals(m.group(1), Psutil.VERSION);
    assertEquals(List.of(0, 1, 0), Version.info("0.1.0-SNAPSHOT"));
    assertEquals(List.of(8, 0, 0), Version.info("8.0.0"));
    assertEquals(Version.info(Psutil.VERSION), Psutil.VERSION_INFO);
    assertEquals("8.0.0", Psutil.PSUTIL_VERSION);
  }

  @Test
  void osFlagsSayLinuxAndPosixHere() {
    assertTrue(Files.isRegularFile(Paths.get("/proc/version"))); // this is a Linux kernel
    assertTrue(Psutil.LINUX);
    assertTrue(Psutil.POSIX);
    for (boolean other :
        new boolean[] {
          Psutil.WINDOWS,
          Psutil.MACOS,
          Psutil.OSX,
          Psutil.BSD,
          Psutil.FREEBSD,
          Psutil.OPENBSD,
          Psutil.NETBSD,
          Psutil.SUNOS,
          Psutil.AIX
        }) {
      assertFalse(other);
    }
  }
}
