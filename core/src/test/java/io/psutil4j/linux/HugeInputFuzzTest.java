package io.psutil4j.linux;

import io.psutil4j.linux.cgroup.CgroupFuzzTargets;
import io.psutil4j.linux.parse.CpuList;
import io.psutil4j.linux.parse.Mounts;
import io.psutil4j.linux.parse.NetInet;
import io.psutil4j.linux.parse.ParseException;
import io.psutil4j.testutil.Tool;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every /proc and /sys parser on huge inputs derived from a real fixture file: the file repeated to
 * 4 MiB, its head followed by one 4 MiB line, and its head followed by a 4 MiB number. The
 * truncated and garbled cases live in the other fuzz tests; here the point is that a kernel file
 * bigger than we ever saw gives a value or a {@link ParseException} naming the file, never a
 * number, index or memory error. Seeded, so a failure reproduces.
 */
class HugeInputFuzzTest {
  private static final int HUGE = 4 << 20;

  /** Fixture file (scenario/path) to the parser that reads it. */
  private static Map<String, ParserFuzz.Parser> parsers() {
    Map<String, ParserFuzz.Parser> p = new LinkedHashMap<>();
    String host = "host-x86_64-6x/proc/";
    p.put(host + "meminfo", Meminfo::parse);
    p.put(host + "stat", ProcStat::parse);
    p.put(host + "loadavg", Loadavg::parse);
    p.put(host + "vmstat", Vmstat::parse);
    p.put(host + "zoneinfo", Zoneinfo::sumLowWatermarkPages);
    p.put(host + "cpuinfo", Cpuinfo::parse);
    p.put(host + "diskstats", Diskstats::parse);
    p.put(host + "filesystems", Filesystems::physical);
    p.put(host + "net/dev", NetDev::parse);
    p.put(host + "net/tcp", (f, b, n) -> NetInet.parse(f, b, n, ByteOrder.LITTLE_ENDIAN));
    p.put(host + "net/tcp6", (f, b, n) -> NetInet.parse(f, b, n, ByteOrder.LITTLE_ENDIAN));
    p.put(host + "net/unix", NetUnix::parse);
    p.put(host + "1/mounts", Mounts::parse);
    p.put(host + "1/stat", PidStat::parse);
    p.put(host + "1/status", PidStatus::parse);
    p.put(host + "1/statm", Statm::parse);
    p.put("host-x86_64-6x/sys/block/loop1/stat", BlockStat::parse);
    p.put("vm-x86_64-6.18-sys/sys/devices/system/cpu/online", CpuList::parse);
    p.put("vm-x86_64-6.18-sys/var/run/utmp", Utmp::parse);
    String proc = "process-capture-x86_64-6.18/proc/4242/";
    p.put(proc + "fdinfo/3", Fdinfo::parse);
    p.put(proc + "io", PidIo::parse);
    p.put(proc + "limits", PidLimits::parse);
    p.put(proc + "smaps", Smaps::parse);
    p.put(proc + "smaps_rollup", Smaps::parse);
    p.put("process-capture-x86_64-6.18/etc/passwd", Passwd::parse);
    p.putAll(CgroupFuzzTargets.hugeInputParsers());
    return p;
  }

  @Test
  void hugeInputsGiveAValueOrParseExceptionNamingTheFile() throws IOException {
    Random random = new Random(20261128); // fixed seed: a failure reproduces
    int cases = 0;
    for (Map.Entry<String, ParserFuzz.Parser> e : parsers().entrySet()) {
      byte[] real = Files.readAllBytes(Tool.fixture(e.getKey()));
      for (byte[] huge : hugeVariants(real, random)) {
        ParserFuzz.survive(e.getKey(), huge, e.getValue());
        cases++;
      }
    }
    Path out = Paths.get("target/reliability");
    Files.createDirectories(out);
    String line = "huge-input-fuzz parsers=" + parsers().size() + " cases=" + cases;
    Files.write(out.resolve("huge-input-fuzz.txt"), (line + "\n").getBytes(StandardCharsets.UTF_8));
    System.out.println(line);
  }

  private static byte[][] hugeVariants(byte[] real, Random random) {
    byte[] repeated = new byte[HUGE];
    for (int i = 0; i < HUGE; i++) {
      repeated[i] = real.length == 0 ? (byte) '\n' : real[i % real.length];
    }
    int head = Math.min(real.length, 64);
    byte[] longLine = new byte[HUGE];
    byte[] longNumber = new byte[HUGE];
    System.arraycopy(real, 0, longLine, 0, head);
    System.arraycopy(real, 0, longNumber, 0, head);
    for (int i = head; i < HUGE; i++) {
      longLine[i] = (byte) ('a' + random.nextInt(26));
      longNumber[i] = (byte) ('0' + random.nextInt(10));
    }
    return new byte[][] {repeated, longLine, longNumber};
  }
}
