/**
 * psutil4j core: psutil's API ({@code io.psutil4j}) and the platform seam ({@code io.psutil4j.spi})
 * that jmx and the agent read through; the Linux implementation stays inside.
 */
@SuppressWarnings("requires-automatic") // JNA 5 is an automatic module (its manifest names it)
module io.psutil4j.core {
  requires com.sun.jna;
  // @Nullable in the API, for NullAway and its users: compile time only, never needed at run time
  requires static transitive org.jspecify;

  exports io.psutil4j;
  exports io.psutil4j.spi;

  // JNA reads and writes the fields of the Structures (mallinfo2, rlimit, ...) reflectively
  opens io.psutil4j.linux.nativeaccess to
      com.sun.jna;
}
