package io.psutil4j.jfr;

import jdk.jfr.Category;
import jdk.jfr.DataAmount;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Period;
import jdk.jfr.StackTrace;

/** psutil's heap_info() of this JVM: glibc's malloc, from the Process MBean. */
@Name("psutil4j.NativeHeap")
@Label("glibc Heap")
@Category({"Operating System", "psutil4j"})
@Description(
    "This JVM's C heap as glibc's mallinfo2() counts it (psutil heap_info()): native memory of the"
        + " JVM, JNI libraries and direct allocations. N/A when JNA may not load silently (JDK 24+"
        + " without --enable-native-access). The duration is the time psutil4j took to read it.")
@Period("10 s")
@StackTrace(false)
final class NativeHeapEvent extends Event {
  @Label("Heap Used")
  @Description("Bytes in use from the malloc arenas (uordblks)")
  @DataAmount
  long heapUsed;

  @Label("Mmap Used")
  @Description("Bytes in chunks malloc got from mmap (hblkhd)")
  @DataAmount
  long mmapUsed;
}
