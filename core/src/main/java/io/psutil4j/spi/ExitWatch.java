package io.psutil4j.spi;

import java.util.OptionalInt;

/**
 * A watch on a child's end that outlives the JVM reaping it: the JVM's reaper takes the wait status
 * and reports a death by signal N as 128 + N, as it does an exit(128 + N); a platform that keeps
 * the status for a watcher (Linux 6.15 pidfds) tells the two apart.
 */
public interface ExitWatch {
  /** A platform that keeps nothing. */
  ExitWatch NONE =
      new ExitWatch() {
        @Override
        public OptionalInt statusOnceReaped() {
          return OptionalInt.empty();
        }

        @Override
        public void close() {}
      };

  /** waitpid's status of the reaped child, or empty where the kernel does not keep it. */
  OptionalInt statusOnceReaped();

  /** Releases the watch (a descriptor); further reads are empty. */
  void close();
}
