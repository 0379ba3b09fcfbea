package io.psutil4j.jmx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.management.InstanceNotFoundException;
import javax.management.MBeanRegistrationException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.jspecify.annotations.Nullable;

/** The MBeans one {@link PsutilMBeans#register} call put in a server; closing removes them. */
public final class Registration implements AutoCloseable {
  private final MBeanServer server;
  private final List<ObjectName> names;
  private final @Nullable Reconciler entities;

  Registration(MBeanServer server, List<ObjectName> names) {
    this(server, names, null);
  }

  Registration(MBeanServer server, List<ObjectName> names, @Nullable Reconciler entities) {
    this.server = server;
    this.names = Collections.unmodifiableList(names);
    this.entities = entities;
  }

  /**
   * The ObjectNames registered now, in registration order: the singletons, then the per-entity
   * MBeans of the disks, NICs, mounts and CPUs present at the last check.
   */
  public List<ObjectName> names() {
    if (entities == null) {
      return names;
    }
    List<ObjectName> all = new ArrayList<>(names);
    all.addAll(entities.names());
    return Collections.unmodifiableList(all);
  }

  /** Unregisters every MBean of this registration that is still there. */
  @Override
  public void close() {
    if (entities != null) {
      entities.close();
    }
    for (ObjectName name : names) {
      try {
        server.unregisterMBean(name);
      } catch (InstanceNotFoundException alreadyGone) {
        // someone else removed it: the goal is reached
      } catch (MBeanRegistrationException e) {
        throw new IllegalStateException("could not unregister " + name, e);
      }
    }
  }
}
