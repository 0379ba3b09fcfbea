package io.psutil4j.jmx;

import java.util.regex.Pattern;

/** How the MBeans are registered: their domain and how long one kernel reading is reused. */
public final class JmxConfig {
  /** The default domain of every ObjectName. */
  public static final String DEFAULT_DOMAIN = "psutil4j";

  /** By default one reading serves all attributes and all clients for a second. */
  public static final long DEFAULT_CACHE_MILLIS = 1000;

  private static final Pattern DOMAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

  private final String domain;
  private final long cacheMillis;

  private JmxConfig(String domain, long cacheMillis) {
    if (domain == null || !DOMAIN.matcher(domain).matches()) {
      throw new IllegalArgumentException(
          "domain must be letters, digits, '_', '.' or '-' and start with a letter, got '"
              + domain
              + "'");
    }
    if (cacheMillis < 0 || cacheMillis > 3_600_000) {
      throw new IllegalArgumentException(
          "cache interval must be 0 to 3600000 ms, got " + cacheMillis);
    }
    this.domain = domain;
    this.cacheMillis = cacheMillis;
  }

  public static JmxConfig defaults() {
    return new JmxConfig(DEFAULT_DOMAIN, DEFAULT_CACHE_MILLIS);
  }

  /**
   * @throws IllegalArgumentException naming the bad value
   */
  public static JmxConfig of(String domain, long cacheMillis) {
    return new JmxConfig(domain, cacheMillis);
  }

  public String domain() {
    return domain;
  }

  public long cacheMillis() {
    return cacheMillis;
  }
}
