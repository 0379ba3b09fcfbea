package io.psutil4j.micrometer;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import javax.management.Descriptor;
import javax.management.JMException;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.MBeanServerDelegate;
import javax.management.MBeanServerNotification;
import javax.management.MalformedObjectNameException;
import javax.management.Notification;
import javax.management.NotificationListener;
import javax.management.ObjectName;
import javax.management.relation.MBeanServerNotificationFilter;
import org.jspecify.annotations.Nullable;

/**
 * Meters over the {@code psutil4j:*} MBeans of an MBeanServer: for the application that runs the
 * psutil4j agent (or registers the MBeans itself) and reports through Micrometer. Every numeric
 * attribute with a unit becomes a meter: a gauge, or a function counter when the attribute's
 * descriptor says {@code metricType=counter}; its name is the MBean type and attribute in
 * Micrometer's dotted lowercase ({@code psutil4j.memory.available}), its value is converted to
 * Micrometer's base unit (milliseconds to seconds, MHz to hertz; see {@link JmxUnit}), and a
 * per-entity MBean's {@code name} key becomes a tag.
 *
 * <p>The agent registers its MBeans on its own thread, and disks, NICs and mounts come and go: the
 * binder follows the MBeanServer's registration notifications, so meters appear when an MBean does
 * and are removed when it goes. {@link #close()} stops following and removes the meters.
 */
public final class PsutilJmxMetrics implements MeterBinder, AutoCloseable {
  private static final String DEFAULT_DOMAIN = "psutil4j";

  private final MBeanServer server;
  private final ObjectName pattern;
  private final Iterable<Tag> tags;
  private final List<Binding> bindings = new ArrayList<>();

  /** The {@code psutil4j:*} MBeans of the platform MBeanServer (where the agent puts them). */
  public PsutilJmxMetrics() {
    this(ManagementFactory.getPlatformMBeanServer(), DEFAULT_DOMAIN, Tags.empty());
  }

  /**
   * The {@code <domain>:*} MBeans of {@code server} (the agent's {@code domain} option), every
   * meter with {@code tags}.
   *
   * @throws IllegalArgumentException when {@code domain} is not a valid ObjectName domain
   */
  public PsutilJmxMetrics(MBeanServer server, String domain, Iterable<Tag> tags) {
    this.server = server;
    try {
      this.pattern = new ObjectName(domain + ":*");
    } catch (MalformedObjectNameException e) {
      throw new IllegalArgumentException("not a valid JMX domain: '" + domain + "'", e);
    }
    if (pattern.getDomain().isEmpty() || pattern.isDomainPattern()) {
      throw new IllegalArgumentException("not a valid JMX domain: '" + domain + "'");
    }
    this.tags = tags;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Binding binding = new Binding(registry);
    MBeanServerNotificationFilter filter = new MBeanServerNotificationFilter();
    filter.enableAllObjectNames();
    try {
      // listen first, then look: an MBean registered in between is seen twice, bound once
      server.addNotificationListener(MBeanServerDelegate.DELEGATE_NAME, binding, filter, null);
    } catch (JMException e) {
      throw new IllegalStateException("cannot follow the MBeanServer's registrations: " + e, e);
    }
    synchronized (bindings) {
      bindings.add(binding);
    }
    List<ObjectName> present = new ArrayList<>(server.queryNames(pattern, null));
    // singletons first: a per-entity MBean's name depends on its type having one
    present.sort(Comparator.comparingInt((ObjectName n) -> n.getKeyPropertyList().size()));
    for (ObjectName name : present) {
      binding.bind(name);
    }
  }

  /** The meters of one registry, MBean by MBean, kept in step with the MBeanServer. */
  private final class Binding implements NotificationListener {
    private final MeterRegistry registry;
    private final Map<ObjectName, List<Meter>> meters = new HashMap<>();

    Binding(MeterRegistry registry) {
      this.registry = registry;
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
      if (!(notification instanceof MBeanServerNotification)) {
        return;
      }
      ObjectName name = ((MBeanServerNotification) notification).getMBeanName();
      if (!pattern.apply(name)) {
        return;
      }
      if (MBeanServerNotification.REGISTRATION_NOTIFICATION.equals(notification.getType())) {
        bind(name);
      } else if (MBeanServerNotification.UNREGISTRATION_NOTIFICATION.equals(
          notification.getType())) {
        unbind(name);
      }
    }

    /** Registers the MBean's meters; no kernel read happens here (meters read when scraped). */
    synchronized void bind(ObjectName name) {
      if (meters.containsKey(name)) {
        return;
      }
      MBeanAttributeInfo[] attributes;
      try {
        attributes = server.getMBeanInfo(name).getAttributes();
      } catch (JMException e) {
        return; // gone again before we looked
      }
      boolean perEntity = name.getKeyPropertyList().size() > 1 && hasSingleton(name);
      Tags entity = Tags.of(tags);
      for (Map.Entry<String, String> key : name.getKeyPropertyList().entrySet()) {
        if (!key.getKey().equals("type")) {
          String value = key.getValue();
          entity =
              entity.and(key.getKey(), value.startsWith("\"") ? ObjectName.unquote(value) : value);
        }
      }
      List<Meter> bound = new ArrayList<>();
      for (MBeanAttributeInfo attribute : attributes) {
        try {
          Meter meter = meter(registry, name, perEntity, entity, attribute);
          if (meter != null) {
            bound.add(meter);
          }
        } catch (RuntimeException e) {
          // the registry refused it (a meter filter, or a name another binder took with other
          // tags): the other attributes still get their meters
        }
      }
      meters.put(name, bound);
    }

    synchronized void unbind(ObjectName name) {
      List<Meter> bound = meters.remove(name);
      if (bound != null) {
        bound.forEach(registry::remove);
      }
    }

    synchronized void close() {
      try {
        server.removeNotificationListener(MBeanServerDelegate.DELEGATE_NAME, this);
      } catch (JMException e) {
        // already removed: nothing left to stop
      }
      meters.values().forEach(bound -> bound.forEach(registry::remove));
      meters.clear();
    }
  }

  private boolean hasSingleton(ObjectName name) {
    try {
      return server.isRegistered(
          new ObjectName(name.getDomain() + ":type=" + name.getKeyProperty("type")));
    } catch (MalformedObjectNameException e) {
      return false;
    }
  }

  private @Nullable Meter meter(
      MeterRegistry registry,
      ObjectName mbean,
      boolean perEntity,
      Tags entity,
      MBeanAttributeInfo attribute) {
    Descriptor d = attribute.getDescriptor();
    Object units = d.getFieldValue("units");
    if (!attribute.isReadable() || units == null || !isNumber(attribute)) {
      return null;
    }
    JmxUnit unit = JmxUnit.of(units.toString());
    if (unit == null) {
      return null;
    }
    String name = JmxMeterName.of(mbean, perEntity, attribute.getName());
    String description = description(attribute, d);
    ToDoubleFunction<MBeanServer> value = s -> read(s, mbean, attribute.getName(), unit);
    if ("counter".equals(d.getFieldValue("metricType"))) {
      return FunctionCounter.builder(name, server, value)
          .description(description)
          .baseUnit(unit.baseUnit())
          .tags(entity)
          .register(registry);
    }
    return Gauge.builder(name, server, value)
        .description(description)
        .baseUnit(unit.baseUnit())
        .tags(entity)
        .register(registry);
  }

  /**
   * The descriptor's summary and psutil source: the attribute's own description names its JMX unit
   * (MHz), which the meter's base unit (hertz) may not be.
   */
  private static String description(MBeanAttributeInfo attribute, Descriptor d) {
    Object summary = d.getFieldValue("io.psutil4j.summary");
    Object psutil = d.getFieldValue("io.psutil4j.psutil");
    if (summary == null) {
      return attribute.getDescription();
    }
    return psutil == null ? summary.toString() : summary + " (psutil " + psutil + ")";
  }

  private static boolean isNumber(MBeanAttributeInfo attribute) {
    switch (attribute.getType()) {
      case "int":
      case "long":
      case "double":
      case "float":
      case "java.lang.Integer":
      case "java.lang.Long":
      case "java.lang.Double":
      case "java.lang.Float":
        return true;
      default:
        return false;
    }
  }

  private static double read(MBeanServer server, ObjectName mbean, String attribute, JmxUnit unit) {
    try {
      Object value = server.getAttribute(mbean, attribute);
      return value instanceof Number ? unit.convert(((Number) value).doubleValue()) : Double.NaN;
    } catch (JMException | RuntimeException e) {
      return Double.NaN; // unregistered meanwhile, or the kernel denied the read
    }
  }

  /** Stops following the MBeanServer and removes every meter this binder registered. */
  @Override
  public void close() {
    List<Binding> all;
    synchronized (bindings) {
      all = new ArrayList<>(bindings);
      bindings.clear();
    }
    all.forEach(Binding::close);
  }
}
