package io.psutil4j;

import io.psutil4j.spi.Platform;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * psutil's {@code process_iter}: one Process per pid, kept between calls (so cpu_percent has a
 * previous sample), dropped when the pid is gone, replaced when the pid was reused. With attrs,
 * each process's attributes are read once (one oneshot) and its getters then answer from that read.
 * A process that ends meanwhile is skipped; a zombie is kept (psutil #2793). Cost: one directory
 * listing plus one stat read per process, plus the files the attrs need.
 *
 * <p>The walk is lazy, as psutil's generator: the pids are listed when it is first asked for a
 * process, each process is read when the walk reaches it. No lock is held across those reads; two
 * walks at once share the kept objects (each prefetch replaces the previous one whole).
 */
final class ProcessIter {
  private final Platform platform;
  private final Map<Integer, Process> cache = new ConcurrentHashMap<>();

  ProcessIter(Platform platform) {
    this.platform = platform;
  }

  /** Every process, read now. */
  List<Process> iterate(@Nullable List<String> attrs, @Nullable Object adValue) {
    List<Process> out = new ArrayList<>();
    walk(attrs, adValue).forEachRemaining(out::add);
    return Collections.unmodifiableList(out);
  }

  /**
   * The processes listed at the first {@code hasNext()} (as psutil's generator lists them at its
   * first {@code next()}), in pid order, each read when the walk reaches it.
   *
   * @throws IllegalArgumentException naming an attribute psutil does not know (at once, not on the
   *     first {@code next()})
   */
  Iterator<Process> walk(@Nullable List<String> attrs, @Nullable Object adValue) {
    ProcessDict.attributes(attrs); // an unknown name fails here, before the walk starts
    return new Walk(attrs, adValue);
  }

  /** Every pid now, the kept objects of the others dropped. */
  private int[] list() {
    int[] pids = platform.pids();
    // pids come ascending: searched in place rather than boxed into a set
    cache.keySet().removeIf(pid -> Arrays.binarySearch(pids, pid) < 0);
    return pids;
  }

  void clear() {
    cache.clear();
  }

  /** The kept (or a new) Process for {@code pid}, its attrs prefetched; null when it is gone. */
  private @Nullable Process visit(int pid, @Nullable List<String> attrs, @Nullable Object adValue) {
    Process p = cache.get(pid);
    try {
      boolean known = p != null;
      if (p == null) {
        p = Process.of(platform, pid); // has just read its start time: nothing to re-check
      }
      // One oneshot for the reuse check and the attrs: stat is read once per process.
      Process.Oneshot scope = p.oneshot();
      try {
        if (known && !p.stillSame()) {
          p = Process.of(platform, pid);
        }
        p.prefetch(null, null);
        if (attrs != null) {
          p.prefetch(ProcessDict.read(p, attrs), adValue);
        }
      } finally {
        scope.close();
      }
    } catch (NoSuchProcess e) {
      if (!(e instanceof ZombieProcess) || p == null) {
        cache.remove(pid); // ended while we looked
        return null;
      }
    }
    cache.put(pid, p);
    return p;
  }

  private final class Walk implements Iterator<Process> {
    private final @Nullable List<String> attrs;
    private final @Nullable Object adValue;
    private int @Nullable [] pids;
    private int index;
    private @Nullable Process next;

    Walk(@Nullable List<String> attrs, @Nullable Object adValue) {
      this.attrs = attrs;
      this.adValue = adValue;
    }

    @Override
    public boolean hasNext() {
      if (pids == null) {
        pids = list();
      }
      while (next == null && index < pids.length) {
        next = visit(pids[index++], attrs, adValue);
      }
      return next != null;
    }

    @Override
    public Process next() {
      Process p = hasNext() ? next : null;
      if (p == null) {
        throw new NoSuchElementException("no more processes");
      }
      next = null;
      return p;
    }
  }
}
