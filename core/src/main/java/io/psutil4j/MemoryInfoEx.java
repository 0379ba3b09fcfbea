package io.psutil4j;

import java.util.List;

/**
 * psutil's {@code pmem_ex}: {@link MemoryInfo} plus the /proc/PID/status memory lines, bytes. A
 * line the kernel lacks (RssAnon/RssFile/RssShmem need 4.5, HugetlbPages 4.4) reads as 0, as psutil
 * does. On 4.5+ {@code rss == rss_anon + rss_file + rss_shmem}.
 */
public final class MemoryInfoEx extends LongTuple {
  /** psutil's field names, in psutil's order: {@link MemoryInfo}'s, then the status lines. */
  private static final List<String> FIELDS =
      List.of(
          "rss",
          "vms",
          "shared",
          "text",
          "data",
          "peak_rss",
          "peak_vms",
          "rss_anon",
          "rss_file",
          "rss_shmem",
          "swap",
          "hugetlb");

  private final MemoryInfo base;

  private MemoryInfoEx(MemoryInfo base, long[] values) {
    super("pmem_ex", FIELDS, checked("pmem_ex", FIELDS, values));
    this.base = base;
  }

  /**
   * Builds from the statm part and, in this order, peak_rss (VmHWM), peak_vms (VmPeak), rss_anon,
   * rss_file, rss_shmem, swap (VmSwap) and hugetlb (HugetlbPages), bytes.
   */
  public static MemoryInfoEx of(
      MemoryInfo base,
      long peakRss,
      long peakVms,
      long rssAnon,
      long rssFile,
      long rssShmem,
      long swap,
      long hugetlb) {
    return new MemoryInfoEx(
        base,
        new long[] {
          base.rss(),
          base.vms(),
          base.shared(),
          base.text(),
          base.data(),
          peakRss,
          peakVms,
          rssAnon,
          rssFile,
          rssShmem,
          swap,
          hugetlb
        });
  }

  /** The {@code memory_info()} part. */
  public MemoryInfo memoryInfo() {
    return base;
  }

  public long rss() {
    return base.rss();
  }

  public long vms() {
    return base.vms();
  }

  public long shared() {
    return base.shared();
  }

  public long text() {
    return base.text();
  }

  public long data() {
    return base.data();
  }

  /** Peak resident set size (VmHWM), bytes. */
  public long peakRss() {
    return value(5);
  }

  /** Peak virtual size (VmPeak), bytes. */
  public long peakVms() {
    return value(6);
  }

  /** Resident anonymous memory (RssAnon), bytes. */
  public long rssAnon() {
    return value(7);
  }

  /** Resident file mappings (RssFile), bytes. */
  public long rssFile() {
    return value(8);
  }

  /** Resident shared memory (RssShmem), bytes. */
  public long rssShmem() {
    return value(9);
  }

  /** Swapped-out anonymous memory (VmSwap), bytes. */
  public long swap() {
    return value(10);
  }

  /** hugetlbfs memory (HugetlbPages), bytes. */
  public long hugetlb() {
    return value(11);
  }
}
