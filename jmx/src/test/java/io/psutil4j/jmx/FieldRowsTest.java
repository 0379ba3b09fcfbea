package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.psutil4j.CpuFreq;
import io.psutil4j.DiskPartition;
import io.psutil4j.NicStats;
import io.psutil4j.VirtualMemory;
import javax.management.openmbean.SimpleType;
import org.junit.jupiter.api.Test;

/**
 * A row of a core value's field takes its open type and unit from the field and its psutil source
 * from the rows' psutil call, so neither is written a second time in jmx.
 */
class FieldRowsTest {
  @Test
  void aFieldRowTakesTypeUnitAndSourceFromTheField() {
    MBeanTable table =
        MBeanTable.table(MBeanGroup.HOST, "T", MBeanTable.Naming.SINGLETON, "test")
            .from(Source.<Object>named("meminfo"), "virtual_memory()")
            .gauge("Total", VirtualMemory.TOTAL, reading -> 1L)
            .described("Total physical memory")
            .gauge("Percent", VirtualMemory.PERCENT, reading -> 0.5)
            .described("Share in use")
            .from(Source.<Object>named("cpufreq"), "cpu_freq()")
            .gauge("FreqMax", CpuFreq.MAX, reading -> null)
            .described("Highest frequency")
            .gauge("Fstype", DiskPartition.FSTYPE, reading -> "ext4")
            .described("File system type", "disk_partitions()[i].fstype")
            .counter("Isup", NicStats.ISUP, reading -> true)
            .described("Up", "net_if_stats()[name].isup")
            .build();
    assertRow(table.row("Total"), SimpleType.LONG, "bytes", "virtual_memory().total");
    assertRow(table.row("Percent"), SimpleType.DOUBLE, "percent", "virtual_memory().percent");
    assertRow(table.row("FreqMax"), SimpleType.DOUBLE, "MHz", "cpu_freq().max");
    // a text or a flag has no unit in core: jmx's words for them
    assertRow(table.row("Fstype"), SimpleType.STRING, "text", "disk_partitions()[i].fstype");
    assertRow(table.row("Isup"), SimpleType.BOOLEAN, "boolean", "net_if_stats()[name].isup");
  }

  @Test
  void aFieldRowWithoutAPsutilCallMustNameItsSource() {
    MBeanTable.Described<Object> row =
        MBeanTable.table(MBeanGroup.HOST, "T", MBeanTable.Naming.SINGLETON, "test")
            .from(Source.<Object>named("meminfo"))
            .gauge("Total", VirtualMemory.TOTAL, reading -> 1L);
    assertEquals(
        "Total: no psutil call",
        assertThrows(NullPointerException.class, () -> row.described("Total memory")).getMessage());
  }

  private static void assertRow(Row<?> row, SimpleType<?> openType, String unit, String psutil) {
    assertEquals(openType, row.openType, row.name);
    assertEquals(unit, row.unit, row.name);
    assertEquals(psutil, row.psutil, row.name);
  }
}
