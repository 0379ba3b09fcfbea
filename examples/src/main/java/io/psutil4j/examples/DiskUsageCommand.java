package io.psutil4j.examples;

import io.psutil4j.DiskPartition;
import io.psutil4j.DiskUsage;
import io.psutil4j.Psutil;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;

/** psutil's {@code scripts/disk_usage.py}: like {@code df -h}, for physical partitions. */
final class DiskUsageCommand implements Command {
  private static final String TEMPL = "%-17s %8s %8s %8s %5s%% %9s  %s";

  @Override
  public String name() {
    return "disk_usage";
  }

  @Override
  public String arguments() {
    return "";
  }

  @Override
  public String summary() {
    return "mounted disks with total, used and free space, like df -h";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Args.rejectUnknown(args);
    out.println(Py.format(TEMPL, "Device", "Total", "Used", "Free", "Use ", "Type", "Mount"));
    for (DiskPartition part : Psutil.diskPartitions(false)) {
      DiskUsage usage;
      try {
        usage = Psutil.diskUsage(part.mountpoint());
      } catch (UncheckedIOException e) {
        continue; // unmounted meanwhile, or not ours to stat
      }
      out.println(
          Py.format(
              TEMPL,
              part.device(),
              Bytes.human(usage.total()),
              Bytes.human(usage.used()),
              Bytes.human(usage.free()),
              (int) usage.percent(),
              part.fstype(),
              part.mountpoint()));
    }
    return 0;
  }
}
