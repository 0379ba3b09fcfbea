package io.psutil4j;

import io.psutil4j.spi.Platform;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * psutil's {@code process_iter}: one Process per pid, kept between calls (so cpu_percent has a
 * previous sample), dropped when the pid is gone, replaced when the pid was reused. With attrs,
 * each process's attributes are read once (one oneshot) and its getters then answer from that read.
 * A process that ends meanwhile is skipped; a zombie is kept (psutil #2793). Cost: one directory
 * listing plus one stat read per process, plus the files the attrs need.
 */
final class ProcessIter {
  private final Platform platform;
  private final Map<Integer, Process> cache = new HashMap<>();

  ProcessIter(Platform platform) {
    this.platform = platform;
  }

  synchronized List<Process> iterate(List<String> attrs, Object adValue) {
    ProcessDict.validate(attrs);
    int[] pids = platform.pids();
    Map<Integer, Process> fresh = new HashMap<>(pids.length * 2);
    List<Process> out = new ArrayList<>(pids.length);
    for (int pid : pids) {
      Process p = cache.get(pid);
      try {
        boolean known = p != null;
        if (!known) {
          p = Process.of(platform, pid); // has just read its start time: nothing to re-check
        }
        // One oneshot for the reuse check and the attrs: stat is read once per process.
        Process.Oneshot scope = p.oneshot();
        try {
          if (known && !p.stillSame()) {
            p = Process.of(platform, pid);
          }
          p.prefetch(null);
          if (attrs != null) {
            p.prefetch(ProcessDict.read(p, attrs));
          }
        } finally {
          scope.close();
        }
      } catch (NoSuchProcess e) {
        if (!(e instanceof ZombieProcess) || p == null) {
          continue; // ended while we looked
        }
      }
      fresh.put(pid, p);
      out.add(p);
    }
    cache.clear();
    cache.putAll(fresh);
    for (Process p : out) {
      // ad_value shapes info(); the getters re-raise the original AccessDenied.
      p.adValue(adValue);
    }
    return Collections.unmodifiableList(out);
  }

  synchronized void clear() {
    cache.clear();
  }
}
