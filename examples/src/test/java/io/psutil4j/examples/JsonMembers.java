package io.psutil4j.examples;

import java.util.LinkedHashMap;
import java.util.Map;

/** The members of one JSON object in dump's output, each as its raw JSON text (tests). */
final class JsonMembers {
  private JsonMembers() {}

  /** The members of the object that follows {@code "key":} in {@code json}. */
  static Map<String, String> of(String json, String key) {
    int start = json.indexOf("\"" + key + "\":{");
    if (start < 0) {
      throw new IllegalArgumentException("no object \"" + key + "\" in " + json);
    }
    return members(json, start + key.length() + 3);
  }

  /** {@code at} is the object's opening brace. */
  static Map<String, String> members(String json, int at) {
    Map<String, String> out = new LinkedHashMap<>();
    int i = at + 1;
    while (json.charAt(i) != '}') {
      int nameEnd = endOfString(json, i);
      String name = json.substring(i + 1, nameEnd - 1);
      int valueStart = nameEnd + 1; // past the ':'
      int valueEnd = endOfValue(json, valueStart);
      out.put(name, json.substring(valueStart, valueEnd));
      i = json.charAt(valueEnd) == ',' ? valueEnd + 1 : valueEnd;
    }
    return out;
  }

  /** Index just past the string starting at {@code i} (a quote). */
  private static int endOfString(String json, int i) {
    int j = i + 1;
    while (json.charAt(j) != '"') {
      j += json.charAt(j) == '\\' ? 2 : 1;
    }
    return j + 1;
  }

  /** Index just past the value starting at {@code i}: at the ',' or closing brace after it. */
  private static int endOfValue(String json, int i) {
    int depth = 0;
    int j = i;
    while (true) {
      char c = json.charAt(j);
      if (c == '"') {
        j = endOfString(json, j);
        continue;
      }
      if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        if (depth == 0) {
          return j;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        return j;
      }
      j++;
    }
  }
}
