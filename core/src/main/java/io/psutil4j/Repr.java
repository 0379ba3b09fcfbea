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
      } else {
        out.append(value);
      }
    }
    return out.append(')').toString();
  }
}
