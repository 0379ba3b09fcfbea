package io.psutil4j.modulecheck;

import io.psutil4j.Process;
import io.psutil4j.Psutil;

/**
 * Run on the class path beside psutil4j core on the module path: prints the module psutil4j's
 * classes are in, which of its packages it exports, and what a few calls read, the native one
 * (heap_info: JNA reads a Structure's fields reflectively) included.
 */
public final class ModulePathMain {
  private ModulePathMain() {}

  public static void main(String[] args) {
    Module core = Psutil.class.getModule();
    System.out.println("module=" + core.getName());
    for (String pkg :
        new String[] {
          "io.psutil4j", "io.psutil4j.spi", "io.psutil4j.linux", "io.psutil4j.linux.parse"
        }) {
      System.out.println("exports." + pkg + "=" + core.isExported(pkg));
    }
    System.out.println("version=" + Psutil.VERSION);
    System.out.println("total=" + Psutil.virtualMemory().total());
    System.out.println("pid=" + Process.current().pid() + " self=" + ProcessHandle.current().pid());
    System.out.println("rss>0=" + (Process.current().memoryInfo().rss() > 0));
    try {
      System.out.println("heap_info=ok " + (Psutil.heapInfo().heapUsed() >= 0));
    } catch (UnsupportedOperationException e) {
      System.out.println("heap_info=unsupported " + e.getMessage());
    } catch (RuntimeException | Error e) {
      System.out.println("heap_info=error " + e);
    }
  }
}
