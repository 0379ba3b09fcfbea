package io.psutil4j.jmx;

import java.lang.management.ManagementFactory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.MBeanServer;
import org.jspecify.annotations.Nullable;

/**
 * Where this JVM's Java heap is reserved, from {@code jcmd PID GC.heap_info} through the
 * DiagnosticCommand MBean: G1 prints the heap's {@code [start, end)}, Parallel and Serial each
 * generation's {@code [bottom, top, end)}, which together span the reservation. ZGC and Shenandoah
 * print no range: then {@link #read()} is null and the heap is sized by its committed bytes.
 */
final class JvmHeapRange {
  private static final Pattern RANGE =
      Pattern.compile("\\[0x([0-9a-f]+),\\s*0x([0-9a-f]+)(?:,\\s*0x([0-9a-f]+))?\\)");

  private JvmHeapRange() {}

  /** {start, end} of this JVM's heap reservation, or null when the GC does not say. */
  static long @Nullable [] read() {
    return read(ManagementFactory.getPlatformMBeanServer());
  }

  static long @Nullable [] read(MBeanServer server) {
    String text = DiagnosticCommand.run(server, "gcHeapInfo");
    return text == null ? null : parse(text);
  }

  /** The span of every address range in {@code heapInfo}; null when it has none. */
  static long @Nullable [] parse(String heapInfo) {
    Matcher m = RANGE.matcher(heapInfo);
    long start = Long.MAX_VALUE;
    long end = Long.MIN_VALUE;
    while (m.find()) {
      start = Math.min(start, Long.parseUnsignedLong(m.group(1), 16));
      String last = m.group(3) != null ? m.group(3) : m.group(2);
      end = Math.max(end, Long.parseUnsignedLong(last, 16));
    }
    return start < end ? new long[] {start, end} : null;
  }
}
