package io.psutil4j.jmx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line per Controls invocation, appended to the file the user chose: when, what, and how it
 * ended. Each line is one append-mode write, so concurrent invocations never interleave, and no
 * thread or open file stays behind.
 */
final class ControlsLog {
  private final @Nullable Path file;

  ControlsLog(@Nullable Path file) {
    this.file = file;
  }

  /** Appends the line; a log that cannot be written must not change the operation's outcome. */
  void record(Instant when, String invocation, String outcome) {
    if (file == null) {
      return;
    }
    String line = when + " " + invocation + " " + outcome.replace('\n', ' ') + "\n";
    try {
      Files.write(
          file,
          line.getBytes(StandardCharsets.UTF_8),
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND,
          StandardOpenOption.WRITE);
    } catch (IOException | RuntimeException e) {
      // the invocation has already succeeded or failed; its caller still learns which
    }
  }
}
