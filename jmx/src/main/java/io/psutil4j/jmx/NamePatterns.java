package io.psutil4j.jmx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which entity names (NICs, disks, mountpoints) get an MBean: a name that matches an include
 * pattern and no exclude pattern. Patterns are globs where {@code *} matches any text, '/' included
 * ({@code veth*}, {@code /var/lib/kubelet/pods/*}); every other character is literal.
 */
public final class NamePatterns {
  /** Everything. */
  public static final List<String> ALL = List.of("*");

  /** NICs of container networking: one per pod or container, created and deleted all day. */
  public static final List<String> DEFAULT_NIC_EXCLUDES =
      List.of("veth*", "cali*", "flannel*", "cni*", "docker*");

  /** Mounts of container runtimes: kubelet's pod volumes and plugins, docker's and containerd's. */
  public static final List<String> DEFAULT_MOUNT_EXCLUDES =
      List.of(
          "/var/lib/kubelet/pods/*",
          "/var/lib/kubelet/plugins/*",
          "/var/lib/docker/*",
          "/run/containerd/*");

  /** Loop devices (snap and container images) and RAM disks. */
  public static final List<String> DEFAULT_DISK_EXCLUDES = List.of("loop*", "ram*");

  private final List<String> include;
  private final List<String> exclude;
  private final List<Pattern> includeRegex;
  private final List<Pattern> excludeRegex;

  /**
   * @throws IllegalArgumentException naming an empty pattern
   */
  public NamePatterns(List<String> include, List<String> exclude) {
    this.include = List.copyOf(include);
    this.exclude = List.copyOf(exclude);
    this.includeRegex = compile(this.include);
    this.excludeRegex = compile(this.exclude);
  }

  public List<String> include() {
    return include;
  }

  public List<String> exclude() {
    return exclude;
  }

  /** Whether {@code name} gets an MBean. */
  public boolean matches(String name) {
    return any(includeRegex, name) && !any(excludeRegex, name);
  }

  private static boolean any(List<Pattern> patterns, String name) {
    for (Pattern p : patterns) {
      if (p.matcher(name).matches()) {
        return true;
      }
    }
    return false;
  }

  private static List<Pattern> compile(List<String> globs) {
    List<Pattern> out = new ArrayList<>(globs.size());
    for (String g : globs) {
      if (g == null || g.isEmpty()) {
        throw new IllegalArgumentException("a name pattern must not be empty, got '" + g + "'");
      }
      StringBuilder re = new StringBuilder();
      for (String literal : g.split("\\*", -1)) {
        re.append(re.length() == 0 ? "" : ".*").append(Pattern.quote(literal));
      }
      out.add(Pattern.compile(re.toString(), Pattern.DOTALL));
    }
    return Collections.unmodifiableList(out);
  }

  @Override
  public String toString() {
    return "include " + include + ", exclude " + exclude;
  }
}
