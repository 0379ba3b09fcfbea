package io.psutil4j.benchmarks.startup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.instrument.Instrumentation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A javaagent that does nothing: the control that shows what {@code -javaagent} itself costs (the
 * java.instrument module, opening the jar, calling premain) before any agent does any work.
 */
public final class EmptyAgent {
  private EmptyAgent() {}

  public static void premain(String options, Instrumentation instrumentation) {
    // nothing, on purpose
  }

  /** Writes a jar holding only this class, with Premain-Class pointing at it. */
  static Path writeJar() throws IOException {
    Path jar = Files.createTempFile("empty-agent", ".jar");
    jar.toFile().deleteOnExit();
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().putValue("Premain-Class", EmptyAgent.class.getName());
    String entry = EmptyAgent.class.getName().replace('.', '/') + ".class";
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest);
        InputStream in = EmptyAgent.class.getClassLoader().getResourceAsStream(entry)) {
      if (in == null) {
        throw new IOException("cannot find " + entry);
      }
      out.putNextEntry(new JarEntry(entry));
      in.transferTo(out);
      out.closeEntry();
    }
    return jar;
  }
}
