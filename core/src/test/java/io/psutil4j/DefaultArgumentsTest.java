package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The forms psutil's defaults give: cpu_times_percent() and cpu_percent(percpu=True) without an
 * interval, and disk/net_io_counters(nowrap=False), which sum the kernel's counters as they are.
 */
class DefaultArgumentsTest {
  @Test
  void cpuTimesPercentWithoutIntervalComparesWithThisThreadsPreviousCall() throws Exception {
    Psutil.cpuTimesPercent(); // starts the window
    Thread.sleep(200);
    double[] shares = Psutil.cpuTimesPercent().toArray();
    double sum = 0;
    for (int i = 0; i < shares.length; i++) {
      assertTrue(shares[i] >= 0 && shares[i] <= 100, Arrays.toString(shares));
      sum += i < CpuTimes.FIELDS.size() - 2 ? shares[i] : 0;
    }
    // guest and guest_nice are already inside user and nice: the other eight add up to 100
    assertTrue(Math.abs(sum - 100) <= 1, "shares " + Arrays.toString(shares));
    List<CpuTimes> percpu = Psutil.cpuTimesPercentPercpu();
    assertEquals(Psutil.cpuCount().getAsInt(), percpu.size());
    assertEquals(Psutil.cpuCount().getAsInt(), Psutil.cpuPercentPercpu().size());
  }

  @Test
  void ioCountersWithoutNowrapLieBetweenTwoRawReadings() {
    NetIoCounters netBefore = Psutil.netIoCounters(false).orElseThrow();
    Psutil.netIoCountersCacheClear(); // nowrap's first reading is the raw one
    NetIoCounters netAdjusted = Psutil.netIoCounters(true).orElseThrow();
    NetIoCounters netAfter = Psutil.netIoCounters(false).orElseThrow();
    inOrder(netBefore.toArray(), netAdjusted.toArray(), netAfter.toArray(), "net");

    java.util.Optional<DiskIoCounters> disk = Psutil.diskIoCounters(false);
    if (disk.isPresent()) { // a host without block devices has no disk counters (psutil: None)
      Psutil.diskIoCountersCacheClear();
      DiskIoCounters adjusted = Psutil.diskIoCounters(true).orElseThrow();
      DiskIoCounters after = Psutil.diskIoCounters(false).orElseThrow();
      // busy_time, read_time, write_time also only grow; all fields are counters
      inOrder(disk.get().toArray(), adjusted.toArray(), after.toArray(), "disk");
    } else {
      assertTrue(Psutil.diskIoCounters(true).isEmpty());
    }
  }

  private static void inOrder(long[] before, long[] middle, long[] after, String what) {
    for (int i = 0; i < before.length; i++) {
      assertTrue(
          before[i] <= middle[i] && middle[i] <= after[i],
          what
              + " field "
              + i
              + ": "
              + Arrays.toString(before)
              + " / "
              + Arrays.toString(middle)
              + " / "
              + Arrays.toString(after));
    }
  }
}
