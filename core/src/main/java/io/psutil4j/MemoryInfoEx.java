package io.psutil4j;

import java.util.Map;

/**
 * psutil's {@code pmem_ex}: {@link MemoryInfo} plus the /proc/PID/status memory lines, bytes. A
 * line the kernel lacks (RssAnon/RssFile/RssShmem need 4.5, HugetlbPages 4.4) reads as 0, as psutil
 * does. On 4.5+ {@code rss == rss_anon + rss_file + rss_shmem}.
 */
public final class MemoryInfoEx extends Tuple {
  private final MemoryInfo base;
  private final long peakRss;
  private final long peakVms;
  private final long rssAnon;
  private final long rssFile;
  private final long rssShmem;
  private final long swap;
  private final long hugetlb;

  private MemoryInfoEx(MemoryInfo base, long[] v) {
    super("pmem_ex");
    this.base = base;
    this.peakRss = Fields.requireNonNegative("peak_rss", v[0]);
    this.peakVms = Fields.requireNonNegative("peak_vms", v[1]);
    this.rssAnon = Fields.requireNonNegative("rss_anon", v[2]);
    this.rssFile = Fields.requireNonNegative("rss_file", v[3]);
    this.rssShmem = Fields.requireNonNegative("rss_shmem", v[4]);
    this.swap = Fields.requireNonNegative("swap", v[5]);
    this.hugetlb = Fields.requireNonNegative("hugetlb", v[6]);
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
        base, new long[] {peakRss, peakVms, rssAnon, rssFile, rssShmem, swap, hugetlb});
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
    return peakRss;
  }

  /** Peak virtual size (VmPeak), bytes. */
  public long peakVms() {
    return peakVms;
  }

  /** Resident anonymous memory (RssAnon), bytes. */
  public long rssAnon() {
    return rssAnon;
  }

  /** Resident file mappings (RssFile), bytes. */
  public long rssFile() {
    return rssFile;
  }

  /** Resident shared memory (RssShmem), bytes. */
  public long rssShmem() {
    return rssShmem;
  }

  /** Swapped-out anonymous memory (VmSwap), bytes. */
  public long swap() {
    return swap;
  }

  /** hugetlbfs memory (HugetlbPages), bytes. */
  public long hugetlb() {
    return hugetlb;
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered(
        "rss",
        rss(),
        "vms",
        vms(),
        "shared",
        shared(),
        "text",
        text(),
        "data",
        data(),
        "peak_rss",
        peakRss,
        "peak_vms",
        peakVms,
        "rss_anon",
        rssAnon,
        "rss_file",
        rssFile,
        "rss_shmem",
        rssShmem,
        "swap",
        swap,
        "hugetlb",
        hugetlb);
  }
}
