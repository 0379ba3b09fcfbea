package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The values whose fields are declared once, in a field table, show psutil's names, order and
 * number types in their repr and dict, name a bad field, and hand out read-only field lists.
 */
class FieldTablesTest {
  @Test
  void memoryValuesShowPsutilsFieldsWithTheComputedOnes() {
    assertEquals(
        "svmem(total=1000, available=400, percent=60.0, used=600, free=100, active=1,"
            + " inactive=2, buffers=3, cached=4, shared=5, slab=6)",
        VirtualMemory.of(1000, 400, 100, 1, 2, 3, 4, 5, 6).toString());
    assertEquals(
        "sswap(total=100, used=30, free=70, percent=30.0, sin=1, sout=2)",
        SwapMemory.of(100, 70, 1, 2).toString());
    assertEquals(
        "sdiskusage(total=100, used=40, free=50, percent=44.4)",
        DiskUsage.of(100, 40, 50).toString());
    assertEquals(
        "pmem_ex(rss=1, vms=2, shared=3, text=4, data=5, peak_rss=6, peak_vms=7, rss_anon=8,"
            + " rss_file=9, rss_shmem=10, swap=11, hugetlb=12)",
        MemoryInfoEx.of(MemoryInfo.of(1, 2, 3, 4, 5), 6, 7, 8, 9, 10, 11, 12).toString());
  }

  @Test
  void timeValuesShowSecondsAsFloatsAndTheThreadIdAsAnInt() {
    assertEquals(
        "scputimes(user=1.0, system=2.0, idle=3.0, nice=4.0, iowait=5.0, irq=6.0, softirq=7.0,"
            + " steal=8.0, guest=9.0, guest_nice=10.0)",
        CpuTimes.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10).toString());
    assertEquals(
        "pcputimes(user=1.0, system=2.0, children_user=3.0, children_system=4.0, iowait=5.0)",
        ProcessCpuTimes.of(1, 2, 3, 4, 5).toString());
    ThreadTimes thread = ThreadTimes.of(7, 0.5, 0.25);
    assertEquals("pthread(id=7, user_time=0.5, system_time=0.25)", thread.toString());
    assertEquals(Integer.class, thread.asDict().get("id").getClass());
    assertEquals(7, thread.id());
    assertEquals("(1.5, 0.5, 0.25)", LoadAverage.of(1.5, 0.5, 0.25).toString());
  }

  @Test
  void idsPressureAndMapsShowTheirFields() {
    assertEquals("puids(real=1, effective=2, saved=3)", Uids.of(1, 2, 3).toString());
    assertEquals(
        "psi(avg10=0.5, avg60=None, avg300=0.0, total=7)",
        PsiLine.of(0.5, null, 0.0, 7L).toString());
    assertEquals(
        "pmmap_ext(addr='7f00-7f10', perms='r-xp', path='/lib/x.so', rss=1, size=2, pss=3,"
            + " shared_clean=4, shared_dirty=5, private_clean=6, private_dirty=7, referenced=8,"
            + " anonymous=9, swap=10)",
        MemoryMap.mapping(
                "7f00-7f10", "r-xp", "/lib/x.so", new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
            .toString());
    assertEquals(
        "pmmap_grouped(path='[heap]', rss=1, size=0, pss=0, shared_clean=0, shared_dirty=0,"
            + " private_clean=0, private_dirty=0, referenced=0, anonymous=0, swap=1)",
        MemoryMap.grouped("[heap]", new long[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 1}).toString());
  }

  @Test
  void aBadFieldIsNamed() {
    assertEquals(
        "total must be >= 0, got -1",
        assertThrows(
                IllegalArgumentException.class, () -> VirtualMemory.of(-1, 0, 0, 0, 0, 0, 0, 0, 0))
            .getMessage());
    assertEquals(
        "slab must be >= 0, got -6",
        assertThrows(
                IllegalArgumentException.class, () -> VirtualMemory.of(9, 0, 0, 0, 0, 0, 0, 0, -6))
            .getMessage());
    assertEquals(
        "id must be >= 0, got -1",
        assertThrows(IllegalArgumentException.class, () -> ThreadTimes.of(-1, 0, 0)).getMessage());
    assertEquals(
        "iowait must be >= 0, got -0.5",
        assertThrows(IllegalArgumentException.class, () -> ProcessCpuTimes.of(0, 0, 0, 0, -0.5))
            .getMessage());
    assertEquals(
        "cpu times need 10 fields, got 2",
        assertThrows(IllegalArgumentException.class, () -> CpuTimes.of(1, 2)).getMessage());
    assertEquals(
        "pmmap_ext needs 10 fields, got 2",
        assertThrows(
                IllegalArgumentException.class,
                () -> MemoryMap.mapping("0-1", "r--p", "", new long[] {1, 2}))
            .getMessage());
    assertEquals(
        "saved must be >= 0, got -3",
        assertThrows(IllegalArgumentException.class, () -> Gids.of(1, 2, -3)).getMessage());
  }

  @Test
  void thePublicFieldListsAreReadOnly() {
    for (List<TupleField<?>> fields :
        List.of(CpuTimes.FIELDS, DiskIoCounters.FIELDS, NetIoCounters.FIELDS, MemoryMap.FIELDS)) {
      assertThrows(UnsupportedOperationException.class, () -> fields.set(0, fields.get(1)));
    }
    assertEquals(
        List.of(
            "user",
            "system",
            "idle",
            "nice",
            "iowait",
            "irq",
            "softirq",
            "steal",
            "guest",
            "guest_nice"),
        CpuTimes.FIELDS.keys());
    assertEquals(
        CpuTimes.FIELDS.keys(), List.copyOf(CpuTimes.of(new double[10]).asDict().keySet()));
  }
}
