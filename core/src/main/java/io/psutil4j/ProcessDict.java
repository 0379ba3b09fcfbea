package io.psutil4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * psutil's {@code as_dict}: the loop that reads the {@link ProcessAttribute}s inside one oneshot,
 * AccessDenied and ZombieProcess becoming {@code ad_value}.
 */
final class ProcessDict {
  private static final List<ProcessAttribute> DEFAULT = defaults();

  private ProcessDict() {}

  private static List<ProcessAttribute> defaults() {
    return Collections.unmodifiableList(
        Stream.of(ProcessAttribute.values())
            .filter(ProcessAttribute::byDefault)
            .collect(Collectors.toList()));
  }

  /** psutil's {@code Process.attrs}: what as_dict reads by default, sorted. */
  static List<String> names() {
    return Collections.unmodifiableList(
        DEFAULT.stream().map(ProcessAttribute::psutilName).collect(Collectors.toList()));
  }

  /**
   * The attributes named (null or empty: the default ones).
   *
   * @throws IllegalArgumentException naming every name psutil does not know, as psutil's ValueError
   */
  static List<ProcessAttribute> attributes(@Nullable List<String> attrs) {
    if (attrs == null || attrs.isEmpty()) {
      return DEFAULT;
    }
    List<ProcessAttribute> out = new ArrayList<>(attrs.size());
    List<String> bad = new ArrayList<>();
    for (String name : attrs) {
      ProcessAttribute a = ProcessAttribute.named(name);
      if (a == null) {
        bad.add("'" + name + "'");
      } else {
        out.add(a);
      }
    }
    if (!bad.isEmpty()) {
      throw new IllegalArgumentException(
          "invalid attr name" + (bad.size() > 1 ? "s " : " ") + String.join(", ", bad));
    }
    return out;
  }

  static Map<String, Object> asDict(
      Process p, @Nullable List<String> attrs, @Nullable Object adValue) {
    return answered(read(p, attrs), adValue);
  }

  /** {@code read}'s values with {@code adValue} for each failed one, as as_dict answers them. */
  static Map<String, Object> answered(Map<String, Object> read, @Nullable Object adValue) {
    Map<String, Object> out = new LinkedHashMap<>();
    read.forEach((name, v) -> out.put(name, v instanceof PsutilException ? adValue : v));
    return Collections.unmodifiableMap(out);
  }

  /**
   * The attributes, a failed one (AccessDenied, ZombieProcess) kept as its exception; NoSuchProcess
   * propagates. An attribute the kernel cannot give (UnsupportedOperationException, psutil's
   * NotImplementedError) is left out unless it was asked for.
   */
  static Map<String, Object> read(Process p, @Nullable List<String> attrs) {
    List<ProcessAttribute> wanted = attributes(attrs);
    Map<String, Object> out = new LinkedHashMap<>();
    Process.Oneshot scope = p.oneshot();
    try {
      for (ProcessAttribute a : wanted) {
        try {
          out.put(a.psutilName(), a.read(p));
        } catch (AccessDenied | ZombieProcess e) {
          out.put(a.psutilName(), e);
        } catch (UnsupportedOperationException e) {
          if (attrs != null && !attrs.isEmpty()) {
            throw e;
          }
        }
      }
    } finally {
      scope.close();
    }
    return out;
  }
}
