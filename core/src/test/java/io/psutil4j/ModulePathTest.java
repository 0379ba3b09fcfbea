package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.modulecheck.ModulePathMain;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * core as a named module (module-info): a child JVM with core and JNA on the module path and a
 * probe on the class path sees only the API packages exported, and the calls still read the kernel,
 * the native one whose Structure JNA fills by reflection included. The other tests run on the class
 * path, as jmx, the agent's loader and most users do.
 */
class ModulePathTest {
  private static Path location(Class<?> c) {
    try {
      return Paths.get(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String jnaJar() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> Paths.get(entry).getFileName().toString().startsWith("jna-"))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no jna jar on the class path"));
  }

  @Test
  void onTheModulePathOnlyTheApiIsExportedAndTheCallsStillRead() {
    String out =
        Spawn.run(
            Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
            "--module-path",
            location(Psutil.class) + File.pathSeparator + jnaJar(),
            "--add-modules",
            "io.psutil4j.core",
            "-cp",
            location(ModulePathMain.class).toString(),
            ModulePathMain.class.getName());

    assertTrue(out.contains("module=io.psutil4j.core\n"), out);
    assertTrue(out.contains("exports.io.psutil4j=true\n"), out);
    assertTrue(out.contains("exports.io.psutil4j.spi=true\n"), out);
    assertTrue(out.contains("exports.io.psutil4j.linux=false\n"), out);
    assertTrue(out.contains("exports.io.psutil4j.linux.parse=false\n"), out);
    assertTrue(out.contains("version=" + Psutil.VERSION + "\n"), out);
    assertTrue(out.contains("total=" + Psutil.virtualMemory().total() + "\n"), out);
    Matcher pid = Pattern.compile("pid=(\\d+) self=(\\d+)\n").matcher(out);
    assertTrue(pid.find(), out);
    assertEquals(pid.group(2), pid.group(1), out);
    assertTrue(out.contains("rss>0=true\n"), out);
    assertTrue(out.contains("heap_info="), out);
    assertFalse(out.contains("heap_info=error"), out);
  }
}
