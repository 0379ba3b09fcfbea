package io.psutil4j.benchmarks.startup;

/** The application whose start-up the agents are measured against. */
public final class Hello {
  private Hello() {}

  public static void main(String[] args) {
    System.out.println("hello");
  }
}
