package io.psutil4j.linux.cgroup;

import io.psutil4j.linux.parse.ByteCursor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * cgroup v1 blkio.throttle.io_service_bytes and io_serviced: {@code 8:0 Read 4096} lines (Read,
 * Write, Sync, Async, Discard, Total per device) and a final {@code Total N}. Only Read and Write
 * are kept.
 */
final class BlkioStat {
  private BlkioStat() {}

  /** One device's reads and writes (bytes or operations, depending on the file). */
  public static final class Device {
    private final int major;
    private final int minor;
    private long read;
    private long write;

    Device(int major, int minor) {
      this.major = major;
      this.minor = minor;
    }

    public int major() {
      return major;
    }

    public int minor() {
      return minor;
    }

    public long read() {
      return read;
    }

    public long write() {
      return write;
    }
  }

  public static List<Device> parse(Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    List<Device> devices = new ArrayList<>();
    while (!c.atEnd()) {
      String first = c.nextToken();
      if (first.equals("Total")) {
        c.nextLong();
        c.endLine();
        continue;
      }
      int colon = first.indexOf(':');
      if (colon <= 0) {
        throw c.error("expected MAJOR:MINOR, got '" + first + "'");
      }
      int major =
          (int) Math.min(Integer.MAX_VALUE, IoStat.longNumber(c, first.substring(0, colon)));
      int minor =
          (int) Math.min(Integer.MAX_VALUE, IoStat.longNumber(c, first.substring(colon + 1)));
      String op = c.nextToken();
      long value = c.nextLong();
      c.endLine();
      Device d = find(devices, major, minor);
      if (op.equals("Read")) {
        d.read = value;
      } else if (op.equals("Write")) {
        d.write = value;
      }
    }
    return Collections.unmodifiableList(devices);
  }

  private static Device find(List<Device> devices, int major, int minor) {
    for (Device d : devices) {
      if (d.major == major && d.minor == minor) {
        return d;
      }
    }
    Device d = new Device(major, minor);
    devices.add(d);
    return d;
  }
}
