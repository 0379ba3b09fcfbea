package io.psutil4j.benchmarks.scale;

/** The floor of a full read, taken inside the host JVM and called through the same connector. */
public interface FloorReaderMBean {
  /**
   * Reads each file to EOF, lists each directory and asks statvfs of each mount point once, in
   * plain Java without parsing; returns the nanoseconds it took inside the host.
   */
  long readNanos(String[] files, String[] directories, String[] mountPoints);

  /** The files and directories that could not be read (they cost their failed call). */
  String[] getFailed();
}
