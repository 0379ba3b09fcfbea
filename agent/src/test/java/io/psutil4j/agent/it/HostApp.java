package io.psutil4j.agent.it;

import java.io.IOException;

/**
 * A host program for the agent: says it is up, then lives until its stdin closes, and exits with
 * the code given as its argument (0 by default).
 */
public final class HostApp {
  private HostApp() {}

  public static void main(String[] args) throws IOException {
    System.out.println("host ready");
    System.out.flush();
    while (System.in.read() >= 0) {
      // wait for the test to close our stdin
    }
    System.out.println("host done");
    if (args.length > 0) {
      System.exit(Integer.parseInt(args[0]));
    }
  }
}
