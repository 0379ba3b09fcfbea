package io.psutil4j.agent.it;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Paths;
import java.util.logging.LogManager;

/**
 * Behaves like an app server: its LogManager class is not on the system class path but in its own
 * "module" loader (args[0]), installed a moment after start; with args[1] = "late" it also names it
 * only then, by setting java.util.logging.manager in main. Prints which LogManager it got.
 */
public final class AppServerHostApp {
  private AppServerHostApp() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    URLClassLoader modules =
        new URLClassLoader(
            new URL[] {Paths.get(args[0]).toUri().toURL()},
            AppServerHostApp.class.getClassLoader());
    Thread.currentThread().setContextClassLoader(modules);
    Thread.sleep(1500); // the module system boots
    if (args.length > 1 && args[1].equals("late")) {
      System.setProperty("java.util.logging.manager", "io.psutil4j.agent.it.CustomLogManager");
    }
    System.out.println("log manager " + LogManager.getLogManager().getClass().getName());
    System.out.println("host ready");
    System.out.flush();
    while (System.in.read() >= 0) {
      // wait for the test to close our stdin
    }
  }
}
