package io.psutil4j;

/** Prints net_if_addrs() of the NIC {@code args[0]}, one address a line (run in a netns). */
public final class NicAddrsMain {
  private NicAddrsMain() {}

  public static void main(String[] args) {
    for (NicAddress a : Psutil.netIfAddrs().get(args[0])) {
      System.out.println(a);
    }
  }
}
