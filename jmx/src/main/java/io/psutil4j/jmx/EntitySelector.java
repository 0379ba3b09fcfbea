package io.psutil4j.jmx;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Which entities of one type get an MBean: those its {@link NamePatterns} let through, at most
 * {@code max} of them. Those chosen before stay chosen while they exist, so a new entity beyond the
 * cap never pushes out one a dashboard already follows. Passing the cap costs one warning line for
 * the life of the registration; {@link #leftOut()} counts the entities without an MBean.
 */
final class EntitySelector {
  private final String type;
  private final NamePatterns patterns;
  private final int max;
  private final Consumer<String> warnings;
  private Set<String> chosen = Set.of();

  /** The names last given and those chosen of them: the same names are chosen the same way. */
  private List<String> lastNames = List.of();

  private List<String> lastChosen = List.of();
  private boolean warned;
  private volatile int leftOut;

  EntitySelector(String type, NamePatterns patterns, int max, Consumer<String> warnings) {
    this.type = type;
    this.patterns = patterns;
    this.max = max;
    this.warnings = warnings;
  }

  /** Everything, uncapped (tests, and types nobody limits). */
  static EntitySelector all(String type) {
    return new EntitySelector(
        type, new NamePatterns(NamePatterns.ALL, List.of()), Integer.MAX_VALUE, line -> {});
  }

  /**
   * The names, in their given order, that get an MBean now. Called by one snapshot refresh at a
   * time; no kernel read happens here. The same names as last time (the usual refresh: NICs and
   * mounts rarely change) are not matched against the patterns again.
   */
  synchronized List<String> choose(Collection<String> names) {
    if (sameAsLast(names)) {
      return lastChosen;
    }
    List<String> given = List.copyOf(names);
    List<String> wanted = new ArrayList<>(names.size());
    int kept = 0;
    for (String n : names) {
      if (patterns.matches(n)) {
        wanted.add(n);
        if (chosen.contains(n)) {
          kept++;
        }
      }
    }
    int room = Math.max(0, max - kept);
    Set<String> next = new LinkedHashSet<>();
    for (String n : wanted) {
      if (chosen.contains(n)) {
        next.add(n);
      } else if (room > 0) {
        next.add(n);
        room--;
      }
    }
    leftOut = wanted.size() - next.size();
    if (leftOut > 0 && !warned) {
      warned = true;
      warnings.accept(
          wanted.size()
              + " "
              + type
              + " entities: MBeans for "
              + next.size()
              + ", the cap (option entities.max="
              + max
              + "); attribute Entities."
              + type
              + "LeftOut counts the rest");
    }
    chosen = next;
    lastNames = given;
    lastChosen = List.copyOf(next);
    return lastChosen;
  }

  /** Whether {@code names} are the last names given, in order (compared without a copy). */
  private boolean sameAsLast(Collection<String> names) {
    if (names.size() != lastNames.size()) {
      return false;
    }
    int i = 0;
    for (String n : names) {
      if (!n.equals(lastNames.get(i++))) {
        return false;
      }
    }
    return true;
  }

  /** Entities the patterns let through but the cap left without an MBean, at the last reading. */
  int leftOut() {
    return leftOut;
  }

  String type() {
    return type;
  }
}
