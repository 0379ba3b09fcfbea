package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * PROCFS_PATH: the static API, Process and process_iter read another /proc (here a captured host's
 * tree, whose values the fixture's expected.properties gives), in a child JVM per setting.
 */
class ProcfsPathTest {
  private static final Fixture HOST = Fixture.of("host-x86_64-6x");

  private static String java(String... tail) {
    String[] cmd = new String[tail.length + 3];
    cmd[0] = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    cmd[1] = "-cp";
    cmd[2] = System.getProperty("java.class.path");
    System.arraycopy(tail, 0, cmd, 3, tail.length);
    return Spawn.run(cmd);
  }

  private static void assertReadsTheFixture(String out, String proc) {
    assertTrue(out.contains("procfs_path=" + proc + "\n"), out);
    assertTrue(out.contains("pids=[" + HOST.expect("pids").replace(",", ", ") + "]\n"), out);
    assertTrue(out.contains("total=" + HOST.expect("virtual_memory.total") + "\n"), out);
    String names =
        "names=1:"
            + HOST.expect("pid.1.name")
            + ",2:"
            + HOST.expect("pid.2.name")
            + ",10733:"
            + HOST.expect("pid.10733.name")
            + "\n";
    assertTrue(out.contains(names), out);
    assertTrue(out.contains("pid1=" + HOST.expect("pid.1.name") + "\n"), out);
  }

  @Test
  void setBeforeTheFirstCallThenFixedWithAClearErrorForEither() {
    String proc = HOST.path("proc").toString();
    String out = java(ProcfsPathMain.class.getName(), proc);
    assertReadsTheFixture(out, proc);
    assertTrue(
        out.contains("bad=PROCFS_PATH is not a directory: '" + proc + "/no-such-dir'\n"), out);
    assertTrue(
        out.contains(
            "late=PROCFS_PATH is already "
                + proc
                + " and in use; set it to /proc before the first psutil4j call\n"),
        out);
  }

  @Test
  void fromTheSystemProperty() {
    String proc = HOST.path("proc").toString();
    String out = java("-Dpsutil4j.procfs_path=" + proc, ProcfsPathMain.class.getName());
    assertReadsTheFixture(out, proc);
  }
}
