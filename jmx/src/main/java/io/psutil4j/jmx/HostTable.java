package io.psutil4j.jmx;

import static javax.management.openmbean.SimpleType.DOUBLE;
import static javax.management.openmbean.SimpleType.INTEGER;

import io.psutil4j.User;
import io.psutil4j.spi.Platform;
import java.util.List;

/** {@code psutil4j:type=Host}: the machine as a whole. */
final class HostTable {
  static final Source<Double> BOOT_TIME = Source.named("boot_time() /proc/stat btime");
  static final Source<List<User>> USERS = Source.named("users() utmp");
  static final Source<int[]> PIDS = Source.named("pids() /proc");

  static final MBeanTable TABLE =
      MBeanTable.table(
              MBeanGroup.HOST,
              "Host",
              MBeanTable.Naming.SINGLETON,
              "The machine as a whole (psutil boot_time)")
          .from(
              BOOT_TIME,
              s ->
                  s.gauge(
                          "BootTime",
                          DOUBLE,
                          "seconds",
                          "boot_time()",
                          "When the system booted, seconds since the epoch",
                          boot -> boot)
                      .counter(
                          "Uptime",
                          DOUBLE,
                          "seconds",
                          "time.time() - boot_time()",
                          "Seconds since the system booted",
                          boot -> Math.max(0.0, System.currentTimeMillis() / 1000.0 - boot)))
          .from(
              USERS,
              s ->
                  s.gauge(
                      "Users",
                      INTEGER,
                      "count",
                      "len(users())",
                      "Users logged in (sessions in utmp)",
                      sessions -> sessions.size()))
          .from(
              PIDS,
              s ->
                  s.gauge(
                      "PidCount",
                      INTEGER,
                      "count",
                      "len(pids())",
                      "Processes running",
                      pids -> pids.length))
          .build();

  private HostTable() {}

  static Readings readings(Platform platform, Readings.Builder readings) {
    return readings
        .with(BOOT_TIME, platform::bootTime)
        .with(USERS, platform::users)
        .with(PIDS, platform::pids)
        .build();
  }
}
