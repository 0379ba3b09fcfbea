package io.psutil4j.agent.it;

import io.psutil4j.Process;
import io.psutil4j.jmx.JmxConfig;
import io.psutil4j.jmx.PsutilMBeans;
import io.psutil4j.linux.KernelConstants;
import io.psutil4j.linux.LinuxPlatform;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Paths;

/**
 * A host whose psutil4j MBeans (default options, in its platform MBeanServer) read /proc from the
 * root given as the argument, where the test made meminfo a FIFO with no writer. Says "host ready",
 * lives until its stdin closes, says "host done".
 */
public final class HungSourceHostApp {
  private HungSourceHostApp() {}

  public static void main(String[] args) throws IOException {
    LinuxPlatform hung =
        LinuxPlatform.builder()
            .procRoot(Paths.get(args[0]))
            .sysRoot(Paths.get(args[0]))
            .constants(KernelConstants.of(100, 4096))
            .warningStream(null)
            .build();
    PsutilMBeans.register(
        ManagementFactory.getPlatformMBeanServer(), JmxConfig.defaults(), hung, Process.current());
    System.out.println("host ready");
    System.out.flush();
    while (System.in.read() >= 0) {
      // wait for the test to close our stdin
    }
    System.out.println("host done");
  }
}
