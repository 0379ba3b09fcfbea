package io.psutil4j.benchmarks.scale;

/** The floor of a full read, taken inside the host JVM and called through the same connector. */
public interface FloorReaderMBean {
  /**
   * Reads each file to EOF, lists each directory, asks statvfs of each mount point and makes each
   * socket dump ({@code family << 8 | protocol}) once, in plain Java without parsing; returns the
   * nanoseconds it took inside the host.
   */
  long readNanos(String[] files, String[] directories, String[] mountPoints, int[] socketDumps);

  /** The files and directories that could not be read (they cost their failed call). */
  String[] getFailed();
}
