package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public surface of a module's compiled classes as text: every type a caller can name (public,
 * and every enclosing type public too), its supertypes, and each public or protected constructor,
 * method and field with its generic signature. Sorted, so the listing changes only when the surface
 * does; a checked-in copy turns an unplanned API change into a failing test and a reviewable diff.
 */
public final class ApiListing {
  /** The system property that rewrites the checked-in listing instead of comparing with it. */
  public static final String UPDATE_PROPERTY = "psutil4j.api.update";

  private ApiListing() {}

  /**
   * Fails unless the classes under {@code classesDir} list exactly as {@code listing} says, naming
   * the first line that differs and {@code regenerate}, the command that rewrites the listing; with
   * {@code -Dpsutil4j.api.update=true} it rewrites the listing first.
   */
  public static void assertListed(Path classesDir, Path listing, String regenerate)
      throws IOException {
    String live = of(classesDir);
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      Files.writeString(listing, live, StandardCharsets.UTF_8);
    }
    String expected = Files.readString(listing, StandardCharsets.UTF_8);
    assertEquals(
        expected,
        live,
        () ->
            "the public API differs from "
                + listing
                + " at "
                + firstDifference(expected, live)
                + "; if on purpose, regenerate it: "
                + regenerate
                + " -D"
                + UPDATE_PROPERTY
                + "=true, and review the diff");
  }

  /** The listing of every class under {@code classesDir}, loaded (not initialised) by name. */
  public static String of(Path classesDir) throws IOException {
    StringBuilder out = new StringBuilder();
    for (String name : classNames(classesDir)) {
      Class<?> type = load(name);
      if (visible(type)) {
        out.append(describe(type));
      }
    }
    return out.toString();
  }

  private static TreeSet<String> classNames(Path classesDir) throws IOException {
    try (Stream<Path> files = Files.walk(classesDir)) {
      return files
          .map(f -> classesDir.relativize(f).toString())
          // META-INF/versions/N: a multi-release jar's classes for a later JDK (core's FFM calls)
          .filter(f -> !f.startsWith("META-INF/"))
          .filter(f -> f.endsWith(".class") && !f.endsWith("-info.class"))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ApiListing.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("compiled class not on the test class path: " + name, e);
    }
  }

  private static String firstDifference(String expected, String actual) {
    String[] want = expected.split("\n", -1);
    String[] got = actual.split("\n", -1);
    for (int i = 0; i < Math.max(want.length, got.length); i++) {
      String w = i < want.length ? want[i] : "(end)";
      String g = i < got.length ? got[i] : "(end)";
      if (!w.equals(g)) {
        return "line " + (i + 1) + ": listed '" + w + "', compiled '" + g + "'";
      }
    }
    return "no line";
  }

  /** Whether code outside the package can name {@code type}. */
  private static boolean visible(Class<?> type) {
    if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static String describe(Class<?> type) {
    StringBuilder out = new StringBuilder(type.toGenericString());
    // a package-private superclass is not surface: show the first visible one and what it adds
    List<Class<?>> hidden = new ArrayList<>();
    Class<?> visibleSuper = type.getSuperclass();
    Type superclass = type.getGenericSuperclass();
    while (visibleSuper != null && !visible(visibleSuper)) {
      hidden.add(visibleSuper);
      superclass = visibleSuper.getGenericSuperclass();
      visibleSuper = visibleSuper.getSuperclass();
    }
    if (superclass != null && superclass != Object.class && !type.isEnum()) {
      out.append(" extends ").append(superclass.getTypeName());
    }
    List<String> interfaces = new ArrayList<>();
    for (Type i : type.getGenericInterfaces()) {
      interfaces.add(i.getTypeName());
    }
    for (Class<?> h : hidden) {
      for (Type i : h.getGenericInterfaces()) {
        if (!interfaces.contains(i.getTypeName())) {
          interfaces.add(i.getTypeName());
        }
      }
    }
    if (!interfaces.isEmpty() && !type.isAnnotation()) {
      out.append(type.isInterface() ? " extends " : " implements ");
      out.append(String.join(", ", interfaces));
    }
    out.append('\n');
    // by name, then signature; the declaring type, already in the header, is left out
    Map<String, String> members = new TreeMap<>();
    String owner = type.getTypeName() + ".";
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      addIfVisible(members, c, c.toGenericString());
    }
    for (Method m : type.getDeclaredMethods()) {
      if (!m.isBridge()) {
        addIfVisible(members, m, m.toGenericString().replace(owner, ""));
      }
    }
    for (Field f : type.getDeclaredFields()) {
      addIfVisible(members, f, f.toGenericString().replace(owner, ""));
    }
    // what a hidden superclass declares public is callable on this type: listed as its own
    for (Class<?> h : hidden) {
      String hiddenOwner = h.getTypeName() + ".";
      for (Method m : h.getDeclaredMethods()) {
        if (!m.isBridge() && !Modifier.isStatic(m.getModifiers())) {
          addIfAbsent(members, m, m.toGenericString().replace(hiddenOwner, ""));
        }
      }
    }
    for (String member : members.values()) {
      out.append("  ").append(member).append('\n');
    }
    return out.append('\n').toString();
  }

  /** An inherited member, unless the type overrides it. */
  private static void addIfAbsent(Map<String, String> members, Member m, String signature) {
    Map<String, String> one = new TreeMap<>();
    addIfVisible(one, m, signature);
    one.forEach(members::putIfAbsent);
  }

  private static void addIfVisible(Map<String, String> members, Member m, String signature) {
    int mods = m.getModifiers();
    if (!m.isSynthetic() && (Modifier.isPublic(mods) || Modifier.isProtected(mods))) {
      String key = (m instanceof Constructor ? "" : m.getName()) + " " + signature;
      members.put(key, signature);
    }
  }
}
