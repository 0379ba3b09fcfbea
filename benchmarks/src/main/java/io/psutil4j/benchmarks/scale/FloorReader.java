package io.psutil4j.benchmarks.scale;

import io.psutil4j.benchmarks.Floor;
import io.psutil4j.benchmarks.nativeaccess.RawSockDiag;
import java.io.File;
import java.io.IOException;
import java.nio.file.Paths;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link FloorReaderMBean} over the benchmarks' {@link Floor}; one caller at a time (the driver).
 */
public final class FloorReader implements FloorReaderMBean {
  static final String NAME = "psutil4j.bench:type=Floor";

  private final Floor floor = new Floor();
  private final RawSockDiag sockets = new RawSockDiag();
  private final Set<String> failed = new TreeSet<>();

  @Override
  public long readNanos(
      String[] files, String[] directories, String[] mountPoints, int[] socketDumps) {
    long start = System.nanoTime();
    for (String file : files) {
      read(file);
    }
    for (String directory : directories) {
      listed(directory);
    }
    for (String mount : mountPoints) {
      new File(mount).getTotalSpace(); // one stat, one statvfs
    }
    for (int dump : socketDumps) {
      sockets.dump(dump >> 8, dump & 0xff);
    }
    return System.nanoTime() - start;
  }

  /**
   * A file the read opened but could not read (a sysfs attribute the driver refuses with EINVAL)
   * costs its failed read here too.
   */
  private void read(String file) {
    try {
      floor.read(Paths.get(file));
    } catch (IOException e) {
      failed.add(file);
    }
  }

  /** A directory gone since it was traced (a thread that ended) costs its failed open. */
  private void listed(String directory) {
    try {
      Floor.list(Paths.get(directory));
    } catch (IOException e) {
      failed.add(directory);
    }
  }

  @Override
  public String[] getFailed() {
    return failed.toArray(new String[0]);
  }
}
