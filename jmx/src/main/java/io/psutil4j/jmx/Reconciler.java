package io.psutil4j.jmx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.management.InstanceNotFoundException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Keeps the per-entity MBeans (disks, NICs, mounts, CPUs) in step with the entities that exist.
 *
 * <p>No thread: every read of a psutil4j MBean calls {@link #maybeReconcile}, which re-checks at
 * most once per cache interval (and at most once a second, even with no cache), from the same
 * shared readings the entity MBeans use (so the check costs no extra kernel read). An MBean for a
 * disk that appeared therefore shows up on the first read after it appeared; one nobody reads may
 * linger - harmless, since nobody sees it, and it reads null once its entity is gone. A thread
 * would add a thread to every host JVM for that.
 */
final class Reconciler {
  /** Entities are looked for at most this often, whatever the cache. */
  static final long MIN_INTERVAL_MILLIS = 1000;

  private final MBeanServer server;
  private final String domain;
  private final List<Entities<?>> kinds;
  private final long intervalNanos;
  private final Snapshot.Clock clock;
  private final Map<ObjectName, Entities<?>> live = new LinkedHashMap<>();
  private final Runnable hook = this::maybeReconcile;
  private boolean ran;
  private boolean closed;
  private boolean inside;
  private long last;

  Reconciler(
      MBeanServer server,
      String domain,
      List<Entities<?>> kinds,
      long cacheMillis,
      Snapshot.Clock clock) {
    this.server = server;
    this.domain = domain;
    this.kinds = kinds;
    // with cache 0 a check per read would re-list every disk, mount and NIC on each attribute
    this.intervalNanos = Math.max(cacheMillis, MIN_INTERVAL_MILLIS) * 1_000_000L;
    this.clock = clock;
  }

  /** The hook every psutil4j MBean runs before a read. */
  Runnable hook() {
    return hook;
  }

  /** Reconciles unless it did less than one cache interval ago; never throws. */
  synchronized void maybeReconcile() {
    long now = clock.nanoTime();
    if (closed || inside || (ran && now - last < intervalNanos)) {
      return;
    }
    try {
      reconcile();
    } catch (RuntimeException e) {
      // a failed check leaves the MBeans as they were until the next one
    }
  }

  /** Registers an MBean per new entity and unregisters those whose entity is gone. */
  synchronized void reconcile() {
    if (closed) {
      return;
    }
    inside = true;
    try {
      ran = true;
      last = clock.nanoTime();
      for (Entities<?> kind : kinds) {
        reconcile(kind);
      }
    } finally {
      inside = false;
    }
  }

  private void reconcile(Entities<?> kind) {
    Map<String, ?> now = kind.current();
    if (now == null) {
      return; // the read failed: keep what is there rather than flap
    }
    Map<ObjectName, String> wanted = new LinkedHashMap<>();
    for (String name : now.keySet()) {
      wanted.put(kind.objectName(domain, name), name);
    }
    for (ObjectName n : new ArrayList<>(live.keySet())) {
      if (live.get(n) == kind && !wanted.containsKey(n)) {
        unregister(n);
        live.remove(n);
      }
    }
    for (Map.Entry<ObjectName, String> w : wanted.entrySet()) {
      if (!live.containsKey(w.getKey())) {
        try {
          HookableMBean bean = kind.mbean(w.getValue());
          bean.onRead(hook);
          server.registerMBean(bean, w.getKey());
          live.put(w.getKey(), kind);
        } catch (JMException | RuntimeException e) {
          // a name taken by someone else: that entity has no MBean of ours
        }
      }
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
  synchronized List<ObjectName> names() {
    return new ArrayList<>(live.keySet());
  }

  /** Unregisters every per-entity MBean and stops following entities. */
  synchronized void close() {
    closed = true;
    for (ObjectName n : live.keySet()) {
      unregister(n);
    }
    live.clear();
  }
}
