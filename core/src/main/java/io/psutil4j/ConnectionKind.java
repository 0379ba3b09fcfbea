package io.psutil4j;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * psutil's connection kinds (the keys of its conn_tmap, in lower case): which socket tables {@code
 * net_connections(kind)} reads. The {@link io.psutil4j.spi.Platform} receives the validated psutil
 * name.
 */
enum ConnectionKind {
  ALL,
  INET,
  INET4,
  INET6,
  TCP,
  TCP4,
  TCP6,
  UDP,
  UDP4,
  UDP6,
  UNIX;

  private final String psutilName = name().toLowerCase(Locale.ROOT);

  String psutilName() {
    return psutilName;
  }

  /** Every kind's psutil name, in declaration order. */
  static List<String> names() {
    return Collections.unmodifiableList(
        Stream.of(values()).map(ConnectionKind::psutilName).collect(Collectors.toList()));
  }

  /**
   * The kind of this psutil name.
   *
   * @throws IllegalArgumentException as psutil's ValueError, naming the bad kind and the valid ones
   */
  static ConnectionKind of(String psutilName) {
    for (ConnectionKind k : values()) {
      if (k.psutilName.equals(psutilName)) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "invalid kind argument '"
            + psutilName
            + "'; valid ones are: "
            + String.join(", ", names()));
  }
}
