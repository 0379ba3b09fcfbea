package io.psutil4j.agent.inside;

import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The agent's state as a system property of its host, {@value #PROPERTY}, which {@code attach}
 * reads back through the attach API's {@code getSystemProperties} (no JMX connector needed). Each
 * load of the agent numbers its status one higher, so {@code attach} can tell its own load's answer
 * from an earlier one's. The name is outside the {@code psutil4j.} prefix, so it is never read as
 * an option.
 */
final class AgentStatus implements AgentMXBean {
  static final String PROPERTY = "io.psutil4j.agent.status";

  private final Properties properties;
  private final int load;
  private final String options;
  private volatile String state = "starting";

  AgentStatus(Properties properties, String options) {
    this.properties = properties;
    this.load = loadNumber(properties.getProperty(PROPERTY)) + 1;
    this.options = options;
  }

  /** The load number of {@code status} (0 when there is none). */
  static int loadNumber(@Nullable String status) {
    if (status == null || !status.startsWith("load=")) {
      return 0;
    }
    int end = status.indexOf(';');
    try {
      return Integer.parseInt(status.substring(5, end < 0 ? status.length() : end));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Sets the state and publishes {@code load=N; state=...; options=...}. */
  void publish(String newState) {
    state = newState;
    publish(newState, options);
  }

  /** Publishes, for this load, that an earlier one is running with {@code earlier}'s options. */
  void publishAlreadyRunning(AgentMXBean earlier) {
    publish(
        earlier.getState() + " (loaded before; this load changed nothing)", earlier.getOptions());
  }

  private void publish(String shownState, String shownOptions) {
    properties.setProperty(
        PROPERTY, "load=" + load + "; state=" + shownState + "; options=" + shownOptions);
  }

  /** The state part of a published status, or null. */
  static @Nullable String state(@Nullable String status) {
    if (status == null) {
      return null;
    }
    int from = status.indexOf("; state=");
    int to = from < 0 ? -1 : status.indexOf("; options=", from);
    return to < 0 ? null : status.substring(from + 8, to);
  }

  /** The options part of a published status, or null. */
  static @Nullable String options(@Nullable String status) {
    if (status == null) {
      return null;
    }
    int from = status.indexOf("; options=");
    return from < 0 ? null : status.substring(from + 10);
  }

  @Override
  public String getOptions() {
    return options;
  }

  @Override
  public String getState() {
    return state;
  }
}
