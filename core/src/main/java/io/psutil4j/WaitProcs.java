package io.psutil4j;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * psutil's {@code wait_procs}: waits for several processes at once, each round giving every live
 * process a slice of at most 1 s / count, until all are gone or the timeout passes; never raises
 * TimeoutExpired. Gone processes get their {@link Process#returncode()} where it can be known and
 * are handed to the callback as they go.
 */
public final class WaitProcs {
  private final List<Process> gone;
  private final List<Process> alive;

  private WaitProcs(List<Process> gone, List<Process> alive) {
    this.gone = Collections.unmodifiableList(gone);
    this.alive = Collections.unmodifiableList(alive);
  }

  /** The processes that ended. */
  public List<Process> gone() {
    return gone;
  }

  /** The processes still running when the timeout passed. */
  public List<Process> alive() {
    return alive;
  }

  /**
   * @param timeout seconds, or null to wait until all are gone
   * @param callback called with each process as it is found gone, or null
   */
  static WaitProcs waitProcs(
      Collection<Process> procs, @Nullable Double timeout, @Nullable Consumer<Process> callback) {
    if (timeout != null) {
      ProcessWaiter.requireTimeout(timeout);
    }
    Set<Process> alive = new LinkedHashSet<>(procs);
    List<Process> gone = new ArrayList<>();
    long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + (long) (timeout * 1e9);
    boolean timedOut = timeout != null && timeout == 0;
    while (!alive.isEmpty() && !timedOut) {
      double slice = 1.0 / alive.size();
      for (Iterator<Process> it = alive.iterator(); it.hasNext() && !timedOut; ) {
        Process p = it.next();
        double wait =
            timeout == null ? slice : Math.min((deadline - System.nanoTime()) / 1e9, slice);
        timedOut = wait <= 0;
        if (!timedOut && checkGone(p, wait, callback)) {
          it.remove();
          gone.add(p);
        }
      }
    }
    // A last look, without waiting, at those that survived so far.
    for (Iterator<Process> it = alive.iterator(); it.hasNext(); ) {
      Process p = it.next();
      if (checkGone(p, 0, callback)) {
        it.remove();
        gone.add(p);
      }
    }
    return new WaitProcs(gone, new ArrayList<>(alive));
  }

  private static boolean checkGone(
      Process p, double timeout, @Nullable Consumer<Process> callback) {
    OptionalInt code;
    try {
      code = p.waitFor(timeout);
    } catch (TimeoutExpired e) {
      return false;
    }
    if (code.isPresent() || !p.isRunning()) {
      if (callback != null) {
        callback.accept(p);
      }
      return true;
    }
    return false;
  }
}
