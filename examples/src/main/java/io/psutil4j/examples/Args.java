package io.psutil4j.examples;

import java.util.List;

/** Small, strict command-line parsing shared by the commands: bad values are named. */
final class Args {
  private Args() {}

  /** The value of {@code -n N} (frames), or {@code fallback}; N must be 1 or more. */
  static int frames(List<String> args, int fallback) throws UsageException {
    return intOption(args, "-n", fallback);
  }

  /** The value of a {@code FLAG N} option, or {@code fallback}; N must be 1 or more. */
  static int intOption(List<String> args, String flag, int fallback) throws UsageException {
    int i = args.indexOf(flag);
    if (i < 0) {
      return fallback;
    }
    if (i + 1 >= args.size()) {
      throw new UsageException(flag + " needs a number");
    }
    return positiveInt(flag, args.get(i + 1));
  }

  static int positiveInt(String what, String text) throws UsageException {
    try {
      int n = Integer.parseInt(text);
      if (n < 1) {
        throw new UsageException(what + " must be 1 or more, got '" + text + "'");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException(what + " must be a whole number, got '" + text + "'");
    }
  }

  /** Fails on any argument but the given flags, each followed by its value. */
  static void rejectUnknown(List<String> args, String... valueFlags) throws UsageException {
    for (int i = 0; i < args.size(); i += 2) { // a flag, then its value
      String a = args.get(i);
      boolean takesValue = false;
      for (String f : valueFlags) {
        takesValue |= f.equals(a);
      }
      if (!takesValue) {
        throw new UsageException("unexpected argument '" + a + "'");
      }
    }
  }
}
