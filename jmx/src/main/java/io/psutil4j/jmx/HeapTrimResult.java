package io.psutil4j.jmx;

import org.jspecify.annotations.Nullable;

/**
 * What one {@code heapTrim} did. JMX clients receive it as open data (a CompositeData with items
 * {@code rssBefore, rssAfter, ussBefore, ussAfter, heapUsedBefore, heapUsedAfter, mmapUsedBefore,
 * mmapUsedAfter, released, seconds}); a memory value is null when it could not be read.
 */
public final class HeapTrimResult {
  private final HeapTrimmer.Memory before;
  private final HeapTrimmer.Memory after;
  private final boolean released;
  private final double seconds;

  HeapTrimResult(
      HeapTrimmer.Memory before, HeapTrimmer.Memory after, boolean released, double seconds) {
    this.before = before;
    this.after = after;
    this.released = released;
    this.seconds = seconds;
  }

  /** Resident set size before, bytes (psutil memory_info().rss). */
  public @Nullable Long getRssBefore() {
    return before.rss;
  }

  /** Resident set size after, bytes. */
  public @Nullable Long getRssAfter() {
    return after.rss;
  }

  /** Unique set size before, bytes (psutil memory_footprint().uss). */
  public @Nullable Long getUssBefore() {
    return before.uss;
  }

  /** Unique set size after, bytes. */
  public @Nullable Long getUssAfter() {
    return after.uss;
  }

  /** malloc heap in use before, bytes (psutil heap_info().heap_used). */
  public @Nullable Long getHeapUsedBefore() {
    return before.heapUsed;
  }

  /** malloc heap in use after, bytes. */
  public @Nullable Long getHeapUsedAfter() {
    return after.heapUsed;
  }

  /** malloc mmap-ed memory before, bytes (psutil heap_info().mmap_used). */
  public @Nullable Long getMmapUsedBefore() {
    return before.mmapUsed;
  }

  /** malloc mmap-ed memory after, bytes. */
  public @Nullable Long getMmapUsedAfter() {
    return after.mmapUsed;
  }

  /** Whether malloc_trim gave memory back (psutil heap_trim()). */
  public boolean isReleased() {
    return released;
  }

  /** Seconds the trim took. */
  public double getSeconds() {
    return seconds;
  }
}
