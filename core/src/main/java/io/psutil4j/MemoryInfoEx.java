package io.psutil4j;

/**
 * psutil's {@code pmem_ex}: {@link MemoryInfo} plus the /proc/PID/status memory lines, bytes. A
 * line the kernel lacks (RssAnon/RssFile/RssShmem need 4.5, HugetlbPages 4.4) reads as 0, as psutil
 * does. On 4.5+ {@code rss == rss_anon + rss_file + rss_shmem}.
 */
public final class MemoryInfoEx extends LongTuple {
  /** psutil's fields, in psutil's order: {@link MemoryInfo}'s, then the status lines. */
  public static final FieldTable FIELDS = new FieldTable(MemoryInfo.FIELDS);

  public static final TupleField<Long> PEAK_RSS = FIELDS.bytes("peak_rss");
  public static final TupleField<Long> PEAK_VMS = FIELDS.bytes("peak_vms");
  public static final TupleField<Long> RSS_ANON = FIELDS.bytes("rss_anon");
  public static final TupleField<Long> RSS_FILE = FIELDS.bytes("rss_file");
  public static final TupleField<Long> RSS_SHMEM = FIELDS.bytes("rss_shmem");
  public static final TupleField<Long> SWAP = FIELDS.bytes("swap");
  public static final TupleField<Long> HUGETLB = FIELDS.bytes("hugetlb");

  private final MemoryInfo base;

  private MemoryInfoEx(MemoryInfo base, long[] values) {
    super("pmem_ex", FIELDS, values);
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
    return value(PEAK_RSS);
  }

  /** Peak virtual size (VmPeak), bytes. */
  public long peakVms() {
    return value(PEAK_VMS);
  }

  /** Resident anonymous memory (RssAnon), bytes. */
  public long rssAnon() {
    return value(RSS_ANON);
  }

  /** Resident file mappings (RssFile), bytes. */
  public long rssFile() {
    return value(RSS_FILE);
  }

  /** Resident shared memory (RssShmem), bytes. */
  public long rssShmem() {
    return value(RSS_SHMEM);
  }

  /** Swapped-out anonymous memory (VmSwap), bytes. */
  public long swap() {
    return value(SWAP);
  }

  /** hugetlbfs memory (HugetlbPages), bytes. */
  public long hugetlb() {
    return value(HUGETLB);
  }
}
