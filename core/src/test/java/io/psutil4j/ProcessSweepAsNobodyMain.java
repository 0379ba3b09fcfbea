package io.psutil4j;

import java.util.ArrayList;
import java.util.List;

/** Run as nobody: the sweep of {@link ProcessSweepTest}, printing failures and counts. */
public final class ProcessSweepAsNobodyMain {
  private ProcessSweepAsNobodyMain() {}

  public static void main(String[] args) {
    List<String> failures = new ArrayList<>();
    int processes = ProcessSweepTest.sweep(failures);
    failures.forEach(f -> System.out.println("FAIL " + f));
    System.out.println("failures=" + failures.size());
    System.out.println("processes=" + processes);
  }
}
