package io.psutil4j;

import java.util.Map;

/** Builds psutil's repr of a named tuple: {@code svmem(total=1024, available=512, ...)}. */
final class Repr {
  private Repr() {}

  static String of(String typeName, Map<String, Object> fields) {
    StringBuilder out = new StringBuilder(typeName).append('(');
    boolean first = true;
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      if (!first) {
        out.append(", ");
      }
      first = false;
      out.append(field.getKey()).append('=');
      Object value = field.getValue();
      if (value instanceof CharSequence) {
        out.append('\'').append(value).append('\'');
      } else if (value == null) {
        out.append("None");
      } else {
        out.append(value);
      }
    }
    return out.append(')').toString();
  }

  /** An enum member as Python's repr shows it, unquoted: {@code <AddressFamily.AF_INET: 2>}. */
  static Object member(String enumName, String memberName, int value) {
    return literal("<" + enumName + "." + memberName + ": " + value + ">");
  }

  /** Text the repr shows as it is, unquoted: a Python literal such as {@code True}. */
  static Object literal(String text) {
    return new Object() {
      @Override
      public String toString() {
        return text;
      }
    };
  }

  /**
   * A number of seconds as the caller would have written it: {@code 3} for a whole number (psutil
   * prints the int it was given), {@code 0.5} otherwise.
   */
  static String number(double seconds) {
    if (seconds == Math.rint(seconds) && Math.abs(seconds) < 1e15) {
      return Long.toString((long) seconds);
    }
    return Double.toString(seconds);
  }
}
