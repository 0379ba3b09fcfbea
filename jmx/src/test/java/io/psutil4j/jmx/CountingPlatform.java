package io.psutil4j.jmx;

import io.psutil4j.Platforms;
import io.psutil4j.spi.Platform;
import io.psutil4j.spi.ProcessAccess;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;

/** This machine's platform, counting the calls made to it by method name. */
final class CountingPlatform {
  private CountingPlatform() {}

  static Platform counting(Map<String, Integer> calls) {
    return counting(Platforms.current(), calls);
  }

  /** {@code real} (a fixture's platform), counting the calls made to it by method name. */
  static Platform counting(Platform real, Map<String, Integer> calls) {
    return counted(Platform.class, real, calls, "");
  }

  /**
   * As {@link #counting}, and the processes it gives count their reads too, as {@code
   * process.numFds}: one call per kernel reading of a process.
   */
  static Platform countingProcesses(Map<String, Integer> calls) {
    Platform real = Platforms.current();
    return (Platform)
        Proxy.newProxyInstance(
            Platform.class.getClassLoader(),
            new Class<?>[] {Platform.class},
            (proxy, method, args) -> {
              Object result = invoke(real, method, args, calls, "");
              return result instanceof ProcessAccess
                  ? counted(ProcessAccess.class, (ProcessAccess) result, calls, "process.")
                  : result;
            });
  }

  private static <T> T counted(Class<T> type, T real, Map<String, Integer> calls, String prefix) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> invoke(real, method, args, calls, prefix)));
  }

  private static Object invoke(
      Object real, Method method, Object[] args, Map<String, Integer> calls, String prefix)
      throws Throwable {
    calls.merge(prefix + method.getName(), 1, Integer::sum);
    try {
      return method.invoke(real, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
