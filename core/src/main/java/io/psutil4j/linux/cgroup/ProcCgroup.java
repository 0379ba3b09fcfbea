package io.psutil4j.linux.cgroup;

import io.psutil4j.linux.parse.ByteCursor;
import io.psutil4j.linux.parse.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * /proc/PID/cgroup: one {@code hierarchy-id:controllers:path} line per hierarchy, e.g. {@code
 * 4:memory:/docker/abc} for cgroup v1 and {@code 0::/user.slice} for the v2 unified hierarchy
 * (cgroups(7)). The path is the rest of the line, so it may hold ':' or spaces. Public for the
 * tests' live cgroup sandbox, which finds this JVM's own groups with it.
 */
public final class ProcCgroup {
  private ProcCgroup() {}

  /** One line: a v1 hierarchy (id &gt; 0, its controllers) or the unified one (id 0, none). */
  public static final class Entry {
    private final int hierarchyId;
    private final List<String> controllers;
    private final String path;

    Entry(int hierarchyId, List<String> controllers, String path) {
      this.hierarchyId = hierarchyId;
      this.controllers = controllers;
      this.path = path;
    }

    public int hierarchyId() {
      return hierarchyId;
    }

    /** {@code cpu}, {@code cpuacct}, {@code name=systemd}, ...; empty for the unified hierarchy. */
    public List<String> controllers() {
      return controllers;
    }

    public String path() {
      return path;
    }

    public boolean unified() {
      return hierarchyId == 0 && controllers.isEmpty();
    }
  }

  public static List<Entry> parse(Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    List<Entry> entries = new ArrayList<>();
    while (!c.atEnd()) {
      long id = c.nextLong();
      if (id > Integer.MAX_VALUE) {
        throw c.error("hierarchy id out of range");
      }
      if (!c.match(COLON)) {
        throw c.error("expected ':' after the hierarchy id");
      }
      String names = c.textUntil((byte) ':');
      List<String> controllers =
          names.isEmpty()
              ? Collections.<String>emptyList()
              : Collections.unmodifiableList(Arrays.asList(names.split(",", -1)));
      String path = c.restOfLine();
      c.skipLine();
      if (!path.startsWith("/")) {
        throw new ParseException(
            file, c.line() - 1, path.isEmpty() ? "<end of line>" : path, "expected a path");
      }
      entries.add(new Entry((int) id, controllers, path));
    }
    return Collections.unmodifiableList(entries);
  }

  private static final byte[] COLON = {':'};
}
