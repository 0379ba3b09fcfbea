package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * disk_usage of a path behind a directory nobody may search: statvfs says EACCES (psutil raises
 * PermissionError), which must not be reported as a missing path.
 */
class DiskUsageDeniedTest {
  @TempDir Path tmp;

  @Test
  void aPathBehindAClosedDirectoryIsDeniedNotMissing() throws Exception {
    Path closed = Files.createDirectory(tmp.resolve("closed"));
    Path inside = Files.createFile(closed.resolve("file"));
    Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
    String kernel = Spawn.run(AsNobody.command("stat", "-f", inside.toString())).trim();
    assertTrue(kernel.contains("Permission denied"), "stat -f as nobody: " + kernel);

    String ours =
        Spawn.run(AsNobody.java(tmp, DiskUsageAsNobodyMain.class.getName(), inside.toString()));
    assertTrue(ours.contains("AccessDeniedException " + inside), ours);
    String missing =
        Spawn.run(
            AsNobody.java(
                tmp, DiskUsageAsNobodyMain.class.getName(), tmp.resolve("none").toString()));
    assertTrue(missing.contains("NoSuchFileException " + tmp.resolve("none")), missing);
    // JDK 24+ may print its native-access warning first: look for the line
    String root = Spawn.run(AsNobody.java(tmp, DiskUsageAsNobodyMain.class.getName(), "/"));
    assertTrue(root.lines().anyMatch("OK"::equals), root);
  }
}
