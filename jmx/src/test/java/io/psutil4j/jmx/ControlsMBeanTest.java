package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import javax.management.MBeanOperationInfo;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import javax.management.RuntimeMBeanException;
import org.junit.jupiter.api.Test;

/** Controls: absent unless asked for; its operations act on a child process the test owns. */
class ControlsMBeanTest {
  @Test
  void absentByDefault() throws Exception {
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    Registration r = PsutilMBeans.register(server, JmxConfig.of("ctl", 1000));
    try {
      assertFalse(server.isRegistered(new ObjectName("ctl:type=Controls")));
    } finally {
      r.close();
    }
  }

  @Test
  void withControlsItRenicesAndSignalsAChildAndExplainsFailures() throws Exception {
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    Registration r = PsutilMBeans.register(server, JmxConfig.of("ctl", 1000).withControls(true));
    Process child = new ProcessBuilder("sleep", "60").start();
    try {
      ObjectName controls = new ObjectName("ctl:type=Controls");
      assertTrue(server.isRegistered(controls));
      for (MBeanOperationInfo op : server.getMBeanInfo(controls).getOperations()) {
        assertEquals(MBeanOperationInfo.ACTION, op.getImpact(), op.getName());
        assertFalse(op.getSignature()[0].getName().startsWith("p0"), op.getName());
        assertEquals("pid", op.getSignature()[0].getName(), op.getName());
      }
      int pid = (int) child.pid();
      server.invoke(controls, "nice", new Object[] {pid, 7}, new String[] {"int", "int"});
      String stat =
          new String(
              Files.readAllBytes(Paths.get("/proc/" + pid + "/stat")), StandardCharsets.US_ASCII);
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      assertEquals("7", f[16], "field 19 (nice) of /proc/PID/stat");

      RuntimeMBeanException bad =
          assertThrows(
              RuntimeMBeanException.class,
              () ->
                  server.invoke(
                      controls,
                      "rlimit",
                      new Object[] {pid, "RLIMIT_BOGUS", 1L, 1L},
                      new String[] {"int", String.class.getName(), "long", "long"}));
      assertTrue(bad.getCause().getMessage().contains("RLIMIT_BOGUS"));

      server.invoke(controls, "sendSignal", new Object[] {pid, 15}, new String[] {"int", "int"});
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
      assertEquals(128 + 15, child.exitValue(), "killed by SIGTERM");

      RuntimeMBeanException gone =
          assertThrows(
              RuntimeMBeanException.class,
              () ->
                  server.invoke(
                      controls, "sendSignal", new Object[] {pid, 15}, new String[] {"int", "int"}));
      assertTrue(
          gone.getCause().getMessage().contains(String.valueOf(pid)), gone.getCause().getMessage());
    } finally {
      child.destroyForcibly();
      child.waitFor();
      r.close();
    }
  }
}
