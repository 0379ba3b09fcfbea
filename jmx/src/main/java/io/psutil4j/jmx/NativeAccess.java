package io.psutil4j.jmx;

import java.lang.reflect.Method;

/**
 * Whether loading JNA would make a JDK 24+ host print the restricted-method warning (JEP 472).
 * Attributes that need JNA read null instead of loading it when native access is not enabled for
 * our module, so the agent never adds that warning to a host's output; an operation the user
 * invokes explicitly (heapTrim) may load it.
 */
final class NativeAccess {
  private NativeAccess() {}

  /** The JDK release from which JNI use warns without --enable-native-access (JEP 472). */
  private static final int RESTRICTED_FROM = 24;

  /** True when JNA may be loaded silently: before JDK 24, or with native access enabled. */
  static boolean silent() {
    return silent(Runtime.version().feature(), NativeAccess.class.getModule());
  }

  static boolean silent(int feature, Module module) {
    if (feature < RESTRICTED_FROM) {
      return true;
    }
    try {
      // Module.isNativeAccessEnabled is JDK 22+; we compile for 11, hence reflection.
      Method m = Module.class.getMethod("isNativeAccessEnabled");
      return Boolean.TRUE.equals(m.invoke(module));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}
