package io.psutil4j.jmx;

import java.lang.management.ManagementFactory;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.MBeanServer;
import org.jspecify.annotations.Nullable;

/**
 * HotSpot's Native Memory Tracking summary ({@code jcmd PID VM.native_memory summary}) read through
 * the DiagnosticCommand MBean of this JVM: committed bytes by NMT category, the committed part of
 * the thread stacks, and the totals. Only when the JVM runs with -XX:NativeMemoryTracking=summary
 * or detail; {@link #read()} is null otherwise. The text is the JDK's and not a stable format: what
 * a release words differently reads as absent, never as a wrong number.
 */
final class NmtSummary {
  private static final Pattern CATEGORY =
      Pattern.compile("^-\\s+(.+?) \\(reserved=(\\d+)KB, committed=(\\d+)KB", Pattern.MULTILINE);
  private static final Pattern TOTAL =
      Pattern.compile("^Total: reserved=(\\d+)KB, committed=(\\d+)KB", Pattern.MULTILINE);
  private static final Pattern MALLOC = Pattern.compile("^\\s+malloc: (\\d+)KB", Pattern.MULTILINE);
  private static final Pattern STACK =
      Pattern.compile("\\(stack: reserved=(\\d+)KB, committed=(\\d+)KB");

  private final Map<String, Long> committed;
  private final Long totalCommitted;
  private final @Nullable Long mallocTotal;
  private final @Nullable Long threadStacksCommitted;

  private NmtSummary(
      Map<String, Long> committed,
      Long totalCommitted,
      @Nullable Long mallocTotal,
      @Nullable Long stacks) {
    this.committed = Collections.unmodifiableMap(committed);
    this.totalCommitted = totalCommitted;
    this.mallocTotal = mallocTotal;
    this.threadStacksCommitted = stacks;
  }

  /** This JVM's summary, or null when NMT is off or the DiagnosticCommand MBean cannot answer. */
  static @Nullable NmtSummary read() {
    return read(ManagementFactory.getPlatformMBeanServer());
  }

  static @Nullable NmtSummary read(MBeanServer server) {
    String text = DiagnosticCommand.run(server, "vmNativeMemory", "summary");
    return text == null ? null : parse(text);
  }

  /** The summary in {@code text}; null when it says tracking is off (no Total line). */
  static @Nullable NmtSummary parse(String text) {
    Matcher total = TOTAL.matcher(text);
    if (!total.find()) {
      return null;
    }
    Map<String, Long> committed = new HashMap<>();
    Matcher c = CATEGORY.matcher(text);
    while (c.find()) {
      committed.put(c.group(1).trim(), kib(c.group(3)));
    }
    Matcher malloc = MALLOC.matcher(text);
    Matcher stack = STACK.matcher(text);
    return new NmtSummary(
        committed,
        kib(total.group(2)),
        malloc.find() ? kib(malloc.group(1)) : null,
        stack.find() ? kib(stack.group(2)) : null);
  }

  private static long kib(String digits) {
    return Long.parseLong(digits) * 1024;
  }

  /**
   * Committed bytes of an NMT category ("Java Heap", "Class", "Thread", "Code", ...); null if
   * absent.
   */
  @Nullable Long committed(String category) {
    return committed.get(category);
  }

  /** Committed bytes of both categories, or of the one present; null when neither is. */
  @Nullable Long committed(String category, String other) {
    Long a = committed.get(category);
    Long b = committed.get(other);
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return a + b;
  }

  Long totalCommitted() {
    return totalCommitted;
  }

  /** Everything the JVM itself malloc-ed (os::malloc), direct buffers included. */
  @Nullable Long mallocTotal() {
    return mallocTotal;
  }

  /** The touched (resident) part of the thread stacks, which NMT finds with mincore. */
  @Nullable Long threadStacksCommitted() {
    return threadStacksCommitted;
  }
}
