package io.psutil4j;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * psutil's {@code children()}: from one ppid map of every process (one stat read each), so the cost
 * is linear in the number of processes whatever the depth.
 */
final class ProcessFamily {
  private ProcessFamily() {}

  /**
   * The children of {@code root}; a child that started before its parent holds a reused pid and is
   * left out. Recursive: every descendant, depth first; a descendant whose intermediate parent died
   * is lost, as in psutil.
   */
  static List<Process> children(Process root, boolean recursive) {
    Map<Integer, Integer> ppids = root.platform().ppidMap();
    Map<Integer, List<Integer>> byParent = new HashMap<>();
    for (Map.Entry<Integer, Integer> e : ppids.entrySet()) {
      byParent.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
    }
    for (List<Integer> kids : byParent.values()) {
      Collections.sort(kids);
    }
    List<Process> out = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    Deque<Process> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Process parent = stack.pop();
      List<Process> found = new ArrayList<>();
      for (int kid : byParent.getOrDefault(parent.pid(), Collections.emptyList())) {
        if (!seen.add(kid)) {
          continue;
        }
        try {
          Process child = Process.of(root.platform(), kid);
          // Start times after boot order processes as create times do, without a btime read.
          if (child.identityStart >= parent.identityStart) {
            found.add(child);
          }
        } catch (NoSuchProcess e) {
          // gone since the map was read
        }
      }
      out.addAll(found);
      if (recursive) {
        for (int i = found.size() - 1; i >= 0; i--) {
          stack.push(found.get(i));
        }
      }
    }
    return Collections.unmodifiableList(out);
  }
}
