package io.psutil4j.jmx;

import static javax.management.openmbean.SimpleType.DOUBLE;
import static javax.management.openmbean.SimpleType.INTEGER;
import static javax.management.openmbean.SimpleType.STRING;

import io.psutil4j.Uname;
import io.psutil4j.User;
import io.psutil4j.spi.Platform;
import java.util.List;

/** {@code psutil4j:type=Host}: the machine as a whole, and its identity (os.uname()). */
final class HostTable {
  static final Source<Double> BOOT_TIME = Source.named("boot_time() /proc/stat btime");
  static final Source<List<User>> USERS = Source.named("users() utmp");
  static final Source<int[]> PIDS = Source.named("pids() /proc");
  static final Source<Uname> UNAME = Source.named("os.uname() /proc/sys/kernel");

  static final MBeanTable TABLE =
      MBeanTable.table(
              MBeanGroup.HOST,
              "Host",
              MBeanTable.Naming.SINGLETON,
              "The machine as a whole (psutil boot_time)")
          .from(BOOT_TIME)
          .gauge("BootTime", DOUBLE, "seconds", boot -> boot)
          .described("When the system booted, seconds since the epoch", "boot_time()")
          .counter(
              "Uptime",
              DOUBLE,
              "seconds",
              boot -> Math.max(0.0, System.currentTimeMillis() / 1000.0 - boot))
          .described("Seconds since the system booted", "time.time() - boot_time()")
          .from(USERS)
          .gauge("Users", INTEGER, "count", sessions -> sessions.size())
          .described("Users logged in (sessions in utmp)", "len(users())")
          .from(PIDS)
          .gauge("PidCount", INTEGER, "count", pids -> pids.length)
          .described("Processes running", "len(pids())")
          .from(UNAME)
          .gauge("Uname", STRING, "uname", uname -> uname.line())
          .described(
              "Host identity as uname -snrvm prints it: kernel name, hostname, kernel release,"
                  + " kernel version, machine (node_exporter's node_uname_info)",
              "os.uname()")
          .readingAge(Readings.AGE_SUMMARY)
          .build();

  private HostTable() {}

  static Readings readings(Platform platform, Readings.Builder readings) {
    return readings
        .with(BOOT_TIME, platform::bootTime)
        .with(USERS, platform::users)
        .with(PIDS, platform::pids)
        .with(UNAME, platform::uname)
        .build();
  }
}
