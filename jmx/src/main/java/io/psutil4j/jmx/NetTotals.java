package io.psutil4j.jmx;

import io.psutil4j.NetIoCounters;
import java.util.Map;

/**
 * net_io_counters() totals that never decrease: they are counters, yet a plain sum over the NICs
 * present drops by a NIC's whole count when it goes away (a pod's veth deleted). The last counts of
 * every departed NIC stay in the total, as do a NIC's counts before they restarted from zero (it
 * was deleted and made again between two readings). Called by one Snapshot refresh at a time.
 */
final class NetTotals {
  private Map<String, NetIoCounters> last = Map.of();
  private final long[] departed = new long[NetIoCounters.FIELDS.size()];

  /** The total over {@code pernic} plus what departed NICs had counted. */
  NetIoCounters total(Map<String, NetIoCounters> pernic) {
    for (Map.Entry<String, NetIoCounters> before : last.entrySet()) {
      NetIoCounters now = pernic.get(before.getKey());
      long[] was = before.getValue().toArray();
      long[] is = now == null ? null : now.toArray();
      for (int i = 0; i < was.length; i++) {
        if (is == null || is[i] < was[i]) {
          departed[i] += was[i]; // gone, or restarted from zero: keep what it had counted
        }
      }
    }
    last = Map.copyOf(pernic);
    long[] sum = NetIoCounters.sum(pernic.values()).toArray();
    for (int i = 0; i < sum.length; i++) {
      sum[i] += departed[i];
    }
    return NetIoCounters.of(sum);
  }
}
