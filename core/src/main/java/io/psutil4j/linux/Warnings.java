package io.psutil4j.linux;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * psutil's RuntimeWarning: a missing optional field gets psutil's fallback plus one warning. Each
 * distinct warning is printed once per platform instance, on stderr, never through JUL (which an
 * agent must not touch in its host).
 */
final class Warnings {
  private final Set<String> seen = ConcurrentHashMap.newKeySet();
  private final @Nullable PrintStream out;

  Warnings(@Nullable PrintStream out) {
    this.out = out;
  }

  /** Every distinct warning issued so far, for callers that print nothing (the agent). */
  List<String> issued() {
    return List.copyOf(seen);
  }

  void warn(String message) {
    if (seen.add(message) && out != null) {
      out.println("psutil4j: warning: " + message);
    }
  }
}
