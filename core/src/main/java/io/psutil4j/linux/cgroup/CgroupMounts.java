package io.psutil4j.linux.cgroup;

import io.psutil4j.linux.parse.ByteCursor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The cgroup and cgroup2 mounts of /proc/PID/mountinfo (proc(5)): {@code 31 30 0:28 /
 * /sys/fs/cgroup/cpu rw,relatime - cgroup cgroup rw,cpu}. Other mounts are skipped after checking
 * their shape. Public for the tests' live cgroup sandbox, which finds this JVM's own groups with
 * it.
 */
public final class CgroupMounts {
  private CgroupMounts() {}

  /** One cgroup mount. */
  public static final class Mount {
    private final String root;
    private final String mountPoint;
    private final boolean v2;
    private final List<String> superOptions;

    Mount(String root, String mountPoint, boolean v2, List<String> superOptions) {
      this.root = root;
      this.mountPoint = mountPoint;
      this.v2 = v2;
      this.superOptions = superOptions;
    }

    /** The cgroup this mount shows at its mount point, e.g. {@code /docker/abc} or {@code /}. */
    public String root() {
      return root;
    }

    public String mountPoint() {
      return mountPoint;
    }

    /** A cgroup2 (unified) mount rather than a v1 hierarchy. */
    public boolean v2() {
      return v2;
    }

    /** Per-superblock options; for v1 they name the controllers: {@code rw,cpu,cpuacct}. */
    public List<String> superOptions() {
      return superOptions;
    }
  }

  public static List<Mount> parse(Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    List<Mount> mounts = new ArrayList<>();
    while (!c.atEnd()) {
      c.nextLong(); // mount id
      c.nextLong(); // parent id
      c.nextToken(); // major:minor
      String root = unescape(c, c.nextToken());
      String mountPoint = unescape(c, c.nextToken());
      c.nextToken(); // mount options
      while (!"-".equals(c.nextToken())) {
        // optional fields (shared:N, master:N, ...) up to the separator
      }
      String fsType = c.nextToken();
      c.nextToken(); // source
      String superOptions = c.nextToken();
      c.endLine();
      if (fsType.equals("cgroup") || fsType.equals("cgroup2")) {
        List<String> options = new ArrayList<>();
        Collections.addAll(options, superOptions.split(",", -1));
        mounts.add(
            new Mount(
                root, mountPoint, fsType.equals("cgroup2"), Collections.unmodifiableList(options)));
      }
    }
    return Collections.unmodifiableList(mounts);
  }

  /**
   * The kernel writes space, tab, newline and backslash in paths as octal escapes ({@code \040}).
   */
  static String unescape(ByteCursor c, String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\\') {
        if (i + 3 >= s.length()) {
          throw c.error("truncated octal escape in '" + s + "'");
        }
        int code = 0;
        for (int k = 1; k <= 3; k++) {
          char d = s.charAt(i + k);
          if (d < '0' || d > '7') {
            throw c.error("bad octal escape in '" + s + "'");
          }
          code = code * 8 + (d - '0');
        }
        out.append((char) code);
        i += 3;
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }
}
