package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * core's public API held against psutil 8's (src/test/resources/api/psutil-8.0.0-linux.txt): every
 * module function, Process method, module constant and named-tuple field psutil has on Linux, under
 * the name rule of package-info. A missing one fails, listed with the others.
 */
class PsutilApiTest {
  /**
   * Where Java cannot take psutil's name: wait is Object's; __version__ is no identifier;
   * PROCFS_PATH is a getter and a setter, as the platform is built once.
   */
  private static final Map<String, String> JAVA_NAMES =
      Map.of(
          "wait", "waitFor",
          "__version__", "VERSION",
          "version_info", "VERSION_INFO",
          "PROCFS_PATH", "procfsPath");

  static String camel(String snake) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  private static List<String[]> lines() throws IOException {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = PsutilApiTest.class.getResourceAsStream("/api/psutil-8.0.0-linux.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.trim().split("\\s+"));
        }
      }
    }
    return out;
  }

  private static boolean hasPublicMethod(Class<?> type, String name, boolean statics) {
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name) && Modifier.isStatic(m.getModifiers()) == statics) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasConstant(Class<?> type, String name) {
    try {
      Field f = type.getField(name);
      return Modifier.isStatic(f.getModifiers());
    } catch (NoSuchFieldException e) {
      return hasPublicMethod(type, name, true);
    }
  }

  @Test
  void everyPsutilItemHasItsJavaName() throws Exception {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (String[] item : lines()) {
      String kind = item[0];
      String java = JAVA_NAMES.getOrDefault(item[1], camel(item[1]));
      checked++;
      switch (kind) {
        case "function":
          if (!hasPublicMethod(Psutil.class, java, true)) {
            missing.add("Psutil." + java + "() for " + item[1] + "()");
          }
          break;
        case "method":
          if (!hasPublicMethod(Process.class, java, false)
              && !hasPublicMethod(Process.class, java, true)) {
            missing.add("Process." + java + "() for Process." + item[1] + "()");
          }
          break;
        case "constant":
          java = JAVA_NAMES.getOrDefault(item[1], item[1]); // constants keep psutil's spelling
          Class<?> holder = Class.forName("io.psutil4j." + item[2]);
          if (!hasConstant(holder, java)) {
            missing.add(item[2] + "." + java + " for " + item[1]);
          }
          break;
        case "tuple":
          Class<?> tuple = Class.forName("io.psutil4j." + item[2]);
          for (String field : Arrays.asList(item).subList(3, item.length)) {
            if (!hasPublicMethod(tuple, camel(field), false)) {
              missing.add(item[2] + "." + camel(field) + "() for " + item[1] + "." + field);
            }
          }
          break;
        default:
          throw new IllegalStateException("unknown kind " + kind + " in the API list");
      }
    }
    assertTrue(checked > 150, "the API list has " + checked + " items");
    assertEquals(List.of(), missing, "psutil 8 items core lacks");
  }

  /** as_dict's default keys are psutil 8's: every listed method but those psutil excludes. */
  @Test
  void asDictReadsWhatPsutilsAsDictReads() throws Exception {
    List<String> excluded =
        List.of(
            "send_signal",
            "suspend",
            "resume",
            "terminate",
            "kill",
            "wait",
            "is_running",
            "as_dict",
            "parent",
            "parents",
            "children",
            "rlimit",
            "connections",
            "memory_full_info",
            "oneshot",
            "info",
            "attrs");
    List<String> expected = new ArrayList<>();
    for (String[] item : lines()) {
      if (item[0].equals("method") && !excluded.contains(item[1])) {
        expected.add(item[1]);
      }
    }
    expected.sort(null);
    assertEquals(expected, Process.attrs());
  }
}
