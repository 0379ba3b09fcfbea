package io.psutil4j.examples;

import io.psutil4j.NamedTuple;
import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the JSON of {@code dump}: maps, lists, named tuples (as objects with psutil's field
 * names), strings, numbers, booleans and null. Non-finite numbers become null.
 */
final class Json {
  private Json() {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder(4096);
    append(out, value);
    return out.toString();
  }

  static void append(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof NamedTuple) {
      append(out, ((NamedTuple) value).asDict());
    } else if (value instanceof Map) {
      appendObject(out, (Map<?, ?>) value);
    } else if (value instanceof Collection) {
      appendArray(out, ((Collection<?>) value).iterator());
    } else if (value instanceof double[]) {
      out.append('[');
      double[] array = (double[]) value;
      for (int i = 0; i < array.length; i++) {
        out.append(i == 0 ? "" : ",");
        appendNumber(out, array[i]);
      }
      out.append(']');
    } else if (value instanceof Double || value instanceof Float) {
      appendNumber(out, ((Number) value).doubleValue());
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Enum) {
      appendString(out, ((Enum<?>) value).name());
    } else {
      appendString(out, value.toString());
    }
  }

  private static void appendObject(StringBuilder out, Map<?, ?> map) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      out.append(first ? "" : ",");
      first = false;
      appendString(out, String.valueOf(e.getKey()));
      out.append(':');
      append(out, e.getValue());
    }
    out.append('}');
  }

  private static void appendArray(StringBuilder out, Iterator<?> items) {
    out.append('[');
    boolean first = true;
    while (items.hasNext()) {
      out.append(first ? "" : ",");
      first = false;
      append(out, items.next());
    }
    out.append(']');
  }

  private static void appendNumber(StringBuilder out, double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      out.append("null");
    } else {
      out.append(d);
    }
  }

  static void appendString(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20 || isLoneSurrogate(s, i)) {
            // a lone surrogate (an undecodable byte, surrogate-escaped) cannot be written as
            // UTF-8; escaped, it survives as Python's json.dumps writes it
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  private static boolean isLoneSurrogate(CharSequence text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }
}
