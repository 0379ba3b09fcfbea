package io.psutil4j.linux.parse;

/** /proc/PID/statm: seven page counts (size, resident, shared, text, lib, data, dt). */
public final class Statm {
  private final long size;
  private final long resident;
  private final long shared;
  private final long text;
  private final long data;

  private Statm(long size, long resident, long shared, long text, long data) {
    this.size = size;
    this.resident = resident;
    this.shared = shared;
    this.text = text;
    this.data = data;
  }

  public static Statm parse(Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    long size = c.nextLong();
    long resident = c.nextLong();
    long shared = c.nextLong();
    long text = c.nextLong();
    c.nextLong(); // lib: always 0 since 2.6
    long data = c.nextLong();
    return new Statm(size, resident, shared, text, data);
  }

  /** Pages of virtual memory. */
  public long size() {
    return size;
  }

  /** Resident pages. */
  public long resident() {
    return resident;
  }

  /** Resident shared (file-backed or shmem) pages. */
  public long shared() {
    return shared;
  }

  /** Pages of code. */
  public long text() {
    return text;
  }

  /** Pages of data plus stack. */
  public long data() {
    return data;
  }
}
