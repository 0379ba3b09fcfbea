package io.psutil4j.jmx;

/** {@code psutil4j:type=Host}: the machine as a whole. */
public interface HostMXBean {
  @Metric(
      summary = "When the system booted, seconds since the epoch",
      unit = "seconds",
      psutil = "boot_time()")
  Double getBootTime();

  @Metric(
      summary = "Seconds since the system booted",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "time.time() - boot_time()")
  Double getUptime();

  @Metric(summary = "Users logged in (sessions in utmp)", unit = "count", psutil = "len(users())")
  Integer getUsers();

  @Metric(summary = "Processes running", unit = "count", psutil = "len(pids())")
  Integer getPidCount();

  @Metric(
      summary =
          "Host identity as uname -snrvm prints it: kernel name, hostname, kernel release,"
              + " kernel version, machine (node_exporter's node_uname_info)",
      unit = "uname",
      psutil = "os.uname()")
  String getUname();
}
