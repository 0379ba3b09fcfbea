package io.psutil4j.jmx;

import java.util.Collections;
import java.util.List;
import javax.management.InstanceNotFoundException;
import javax.management.MBeanRegistrationException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/** The MBeans one {@link PsutilMBeans#register} call put in a server; closing removes them. */
public final class Registration implements AutoCloseable {
  private final MBeanServer server;
  private final List<ObjectName> names;

  Registration(MBeanServer server, List<ObjectName> names) {
    this.server = server;
    this.names = Collections.unmodifiableList(names);
  }

  /** The ObjectNames registered, in registration order. */
  public List<ObjectName> names() {
    return names;
  }

  /** Unregisters every MBean of this registration that is still there. */
  @Override
  public void close() {
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
