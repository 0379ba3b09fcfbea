package io.psutil4j.jmx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.management.InstanceNotFoundException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Keeps the per-entity MBeans (disks, NICs, mounts, CPUs) in step with the entities that exist.
 *
 * <p>No thread of its own: every read of a psutil4j MBean calls {@link #maybeReconcile}, which
 * re-checks at most once per cache interval (and at most once a second, even with no cache), from
 * the same shared readings the entity MBeans use (so the check costs no extra kernel read). An
 * MBean for a disk that appeared therefore shows up just after the first read after it appeared;
 * one nobody reads may linger - harmless, since nobody sees it, and it reads null once its entity
 * is gone.
 *
 * <p>No reader waits for a check: one check runs at a time, on a {@link Refreshers} thread, and the
 * reader that starts it goes on at once, as every other reader does. An entity that appeared
 * therefore gets its MBean a moment after the read that noticed. No lock is held while the readings
 * are taken (statvfs, sysfs: they may hang) nor while MBeans are registered, so the MBeanServer's
 * notifications go out with no lock of ours held.
 */
final class Reconciler {
  /** Entities are looked for at most this often, whatever the cache. */
  static final long MIN_INTERVAL_MILLIS = 1000;

  private final MBeanServer server;
  private final String domain;
  private final List<Entities<?>> kinds;
  private final long intervalNanos;
  private final Snapshot.Clock clock;
  private final Executor threads;
  private final AtomicBoolean checking = new AtomicBoolean();

  /** Guarded by itself; held only to look up or change the map, never across a call out. */
  private final Map<ObjectName, Entities<?>> live = new LinkedHashMap<>();

  private final Runnable hook = this::maybeReconcile;
  private volatile boolean ran;
  private volatile boolean closed;
  private volatile long last;

  Reconciler(
      MBeanServer server,
      String domain,
      List<Entities<?>> kinds,
      long cacheMillis,
      Snapshot.Clock clock,
      Executor threads) {
    this.server = server;
    this.domain = domain;
    this.kinds = kinds;
    // with cache 0 a check per read would re-list every disk, mount and NIC on each attribute
    this.intervalNanos = Math.max(cacheMillis, MIN_INTERVAL_MILLIS) * 1_000_000L;
    this.clock = clock;
    this.threads = threads;
  }

  Reconciler(
      MBeanServer server,
      String domain,
      List<Entities<?>> kinds,
      long cacheMillis,
      Snapshot.Clock clock) {
    this(server, domain, kinds, cacheMillis, clock, Refreshers.SHARED);
  }

  /** The hook every psutil4j MBean runs before a read. */
  Runnable hook() {
    return hook;
  }

  /**
   * Starts a check unless one ran less than an interval ago or one is under way; never waits for it
   * and never throws.
   */
  void maybeReconcile() {
    if (closed || (ran && clock.nanoTime() - last < intervalNanos)) {
      return;
    }
    if (!checking.compareAndSet(false, true)) {
      return; // another reader's check is under way: read on
    }
    try {
      threads.execute(this::checkClaimed);
    } catch (RuntimeException | OutOfMemoryError e) {
      checkClaimed(); // no thread to be had: check here
    }
  }

  /** Registers an MBean per new entity and unregisters those whose entity is gone; waits. */
  void reconcile() {
    if (checking.compareAndSet(false, true)) {
      checkClaimed();
    }
  }

  /** One check, by the caller that set {@link #checking}; ends by clearing it. */
  private void checkClaimed() {
    try {
      ran = true;
      last = clock.nanoTime();
      for (Entities<?> kind : kinds) {
        if (closed) {
          return;
        }
        reconcile(kind);
      }
    } catch (RuntimeException e) {
      // a failed check leaves the MBeans as they were until the next one
    } finally {
      checking.set(false);
    }
  }

  private void reconcile(Entities<?> kind) {
    Map<String, ?> now = kind.current();
    if (now == null) {
      return; // the read failed: keep what is there rather than flap
    }
    Map<ObjectName, String> wanted = kind.objectNames(domain, now.keySet());
    List<ObjectName> gone = new ArrayList<>();
    List<Map.Entry<ObjectName, String>> added = new ArrayList<>();
    synchronized (live) {
      for (Map.Entry<ObjectName, Entities<?>> e : live.entrySet()) {
        if (e.getValue() == kind && !wanted.containsKey(e.getKey())) {
          gone.add(e.getKey());
        }
      }
      live.keySet().removeAll(gone);
      for (Map.Entry<ObjectName, String> w : wanted.entrySet()) {
        if (!live.containsKey(w.getKey())) {
          added.add(w);
        }
      }
    }
    for (ObjectName n : gone) {
      unregister(n);
    }
    for (Map.Entry<ObjectName, String> w : added) {
      register(kind, w.getKey(), w.getValue());
    }
  }

  private void register(Entities<?> kind, ObjectName name, String entity) {
    try {
      HookableMBean bean = kind.mbean(entity);
      bean.onRead(hook);
      server.registerMBean(bean, name);
    } catch (JMException | RuntimeException e) {
      return; // a name taken by someone else: that entity has no MBean of ours
    }
    boolean keep;
    synchronized (live) {
      keep = !closed;
      if (keep) {
        live.put(name, kind);
      }
    }
    if (!keep) {
      unregister(name); // closed meanwhile
    }
  }

  private void unregister(ObjectName n) {
    try {
      server.unregisterMBean(n);
    } catch (InstanceNotFoundException gone) {
      // already removed by someone else
    } catch (JMException e) {
      // cannot happen for our own beans; nothing useful to do
    }
  }

  /** The per-entity MBeans registered now. */
  List<ObjectName> names() {
    synchronized (live) {
      return new ArrayList<>(live.keySet());
    }
  }

  /** Unregisters every per-entity MBean and stops following entities. */
  void close() {
    List<ObjectName> all;
    synchronized (live) {
      closed = true;
      all = new ArrayList<>(live.keySet());
      live.clear();
    }
    for (ObjectName n : all) {
      unregister(n);
    }
  }
}
