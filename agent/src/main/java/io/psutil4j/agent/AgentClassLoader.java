package io.psutil4j.agent;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.jspecify.annotations.Nullable;

/**
 * Loads psutil4j's runtime (core, jmx, JNA, Byte Buddy and the agent's inside package) from the
 * {@code inst/} folder of the agent jar, where each class is a {@code .classdata} entry. Nothing
 * under {@code inst/} is visible to the host's class loader, and this loader does not see the
 * host's class path: a host with its own JNA or Byte Buddy keeps its version and we keep ours. JNA
 * cannot be relocated (its native library binds {@code com.sun.jna} class names), so isolation, not
 * shading, is what keeps the two apart.
 */
final class AgentClassLoader extends ClassLoader {
  static final String PREFIX = "inst/";

  /**
   * The isolated classes are stored as {@code Name.classdata}, not {@code Name.class}, so that a
   * host's class-path scanner walking the agent jar finds none of them (OpenTelemetry's agent does
   * the same).
   */
  static final String CLASS_SUFFIX = ".classdata";

  static {
    registerAsParallelCapable();
  }

  /** Where a multi-release jar (core: its FFM classes) put the classes for a later JDK. */
  private static final String VERSIONS = PREFIX + "META-INF/versions/";

  /** The first release with multi-release jars. */
  private static final int FIRST_VERSION = 9;

  private final JarFile jar;
  private final String jarUrl;
  private final ProtectionDomain domain;

  /** The META-INF/versions/N folders under inst/ that this JDK may use, highest N first. */
  private final String[] versionPrefixes;

  AgentClassLoader(Path agentJar, ClassLoader parent) throws IOException {
    super("psutil4j-agent", parent);
    this.jar = new JarFile(agentJar.toFile(), false);
    URL location = agentJar.toUri().toURL();
    this.jarUrl = location.toExternalForm();
    this.domain =
        new ProtectionDomain(new CodeSource(location, (Certificate[]) null), null, this, null);
    this.versionPrefixes = versionPrefixes(jar);
  }

  /**
   * The unpacked jars keep their META-INF/versions/N folders, which no JarFile resolves under
   * inst/: a class is looked up there first, for N from this JDK's release down, as a multi-release
   * jar would be read. A folder is known by its directory entry, one lookup per release.
   */
  private static String[] versionPrefixes(JarFile jar) {
    List<String> found = new ArrayList<>();
    for (int v = Runtime.version().feature(); v >= FIRST_VERSION; v--) {
      if (jar.getJarEntry(VERSIONS + v + "/") != null) {
        found.add(VERSIONS + v + "/");
      }
    }
    return found.toArray(new String[0]);
  }

  private JarEntry classEntry(String name) {
    String path = name.replace('.', '/') + CLASS_SUFFIX;
    for (String version : versionPrefixes) {
      JarEntry entry = jar.getJarEntry(version + path);
      if (entry != null) {
        return entry;
      }
    }
    return jar.getJarEntry(PREFIX + path);
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    JarEntry entry = classEntry(name);
    if (entry == null) {
      throw new ClassNotFoundException(name);
    }
    byte[] bytes;
    try (InputStream in = jar.getInputStream(entry)) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new ClassNotFoundException(name + " (cannot read it from " + jar.getName() + ")", e);
    }
    definePackageOf(name);
    return defineClass(name, bytes, 0, bytes.length, domain);
  }

  private void definePackageOf(String className) {
    int dot = className.lastIndexOf('.');
    if (dot > 0) {
      String pkg = className.substring(0, dot);
      if (getDefinedPackage(pkg) == null) {
        try {
          definePackage(pkg, null, null, null, null, null, null, null);
        } catch (IllegalArgumentException raced) {
          // another thread defined it first: fine
        }
      }
    }
  }

  /** Resources as stored; a {@code .class} resource (libraries read their own bytes) too. */
  @Override
  protected @Nullable URL findResource(String name) {
    String entry =
        PREFIX
            + (name.endsWith(".class")
                ? name.substring(0, name.length() - ".class".length()) + CLASS_SUFFIX
                : name);
    if (jar.getJarEntry(entry) == null) {
      return null;
    }
    try {
      return new URL("jar:" + jarUrl + "!/" + entry);
    } catch (MalformedURLException e) {
      return null;
    }
  }

  @Override
  protected Enumeration<URL> findResources(String name) {
    URL url = findResource(name);
    return url == null
        ? Collections.emptyEnumeration()
        : Collections.enumeration(Collections.singletonList(url));
  }
}
