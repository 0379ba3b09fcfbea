package io.psutil4j.micrometer;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * Registers the meters of one reading: a gauge for a level (memory in use), a function counter for
 * a kernel counter (bytes read since boot). A reading that failed shows NaN, as Micrometer's own
 * binders do for a value the JVM cannot give.
 */
final class Meters {
  private final MeterRegistry registry;
  private final Tags tags;

  Meters(MeterRegistry registry, Iterable<Tag> tags) {
    this.registry = registry;
    this.tags = Tags.of(tags);
  }

  /** These meters with {@code more} tags beside the binder's own. */
  Meters tagged(String key, String value) {
    return new Meters(registry, tags.and(key, value));
  }

  <T> void gauge(
      String name,
      String description,
      @Nullable String baseUnit,
      Supplier<T> reading,
      ToDoubleFunction<T> value) {
    Gauge.builder(name, reading, r -> valueOf(r, value))
        .description(description)
        .baseUnit(baseUnit)
        .tags(tags)
        .strongReference(true)
        .register(registry);
  }

  <T> void counter(
      String name,
      String description,
      @Nullable String baseUnit,
      Supplier<T> reading,
      ToDoubleFunction<T> value) {
    // A function counter keeps its object weakly and has no strongReference(): the registry is
    // that object, so the reading lives as long as the meter, held by the function.
    FunctionCounter.builder(name, registry, unused -> valueOf(reading, value))
        .description(description)
        .baseUnit(baseUnit)
        .tags(tags)
        .register(registry);
  }

  /** One counter {@code name} twice, tag {@code direction} telling the two apart. */
  <T> void directions(
      String name,
      String description,
      @Nullable String baseUnit,
      Supplier<T> reading,
      String oneWay,
      ToDoubleFunction<T> one,
      String otherWay,
      ToDoubleFunction<T> other) {
    tagged("direction", oneWay).counter(name, description, baseUnit, reading, one);
    tagged("direction", otherWay).counter(name, description, baseUnit, reading, other);
  }

  private static <T> double valueOf(Supplier<T> reading, ToDoubleFunction<T> value) {
    T read = reading.get();
    if (read == null) {
      return Double.NaN;
    }
    try {
      return value.applyAsDouble(read);
    } catch (RuntimeException e) {
      return Double.NaN; // an optional field the kernel does not give
    }
  }
}
