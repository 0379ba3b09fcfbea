package io.psutil4j.spi;

import io.psutil4j.CgroupInfo;
import io.psutil4j.CgroupPart;
import java.util.Set;

/**
 * A process's cgroup once located (/proc/PID/cgroup and the reader's mountinfo read once): any of
 * its parts is then read from the group's own files without locating it again, so a monitor that
 * reads several parts in one refresh pays for the location once. The location is not watched: a
 * process moved to another group is seen by the next {@link Platform#locateCgroup(int)}.
 */
@FunctionalInterface
public interface LocatedCgroup {
  /**
   * The group with only {@code parts} read, as {@link Platform#cgroup(int, Set)} gives it.
   *
   * @throws io.psutil4j.NoSuchProcess when the process is gone
   */
  CgroupInfo read(Set<CgroupPart> parts);
}
