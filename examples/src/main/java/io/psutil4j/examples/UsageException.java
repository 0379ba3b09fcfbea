package io.psutil4j.examples;

/** A bad command line: the message names the bad value. */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
