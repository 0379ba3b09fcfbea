package io.psutil4j.jmx;

import io.psutil4j.Platforms;
import io.psutil4j.spi.Platform;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;

/** This machine's platform, counting the calls made to it by method name. */
final class CountingPlatform {
  private CountingPlatform() {}

  static Platform counting(Map<String, Integer> calls) {
    Platform real = Platforms.current();
    return (Platform)
        Proxy.newProxyInstance(
            Platform.class.getClassLoader(),
            new Class<?>[] {Platform.class},
            (proxy, method, args) -> {
              calls.merge(method.getName(), 1, Integer::sum);
              try {
                return method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
