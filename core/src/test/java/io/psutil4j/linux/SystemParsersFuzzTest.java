package io.psutil4j.linux;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.psutil4j.linux.parse.CpuList;
import io.psutil4j.linux.parse.Mounts;
import io.psutil4j.linux.parse.NetInet;
import io.psutil4j.linux.parse.ParseException;
import io.psutil4j.testutil.Tool;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every system-wide parser on every captured fixture scenario that has its file (so scenarios added
 * later are covered too): the whole file parses, and every truncation and random garbage either
 * parses or raises {@link ParseException} — never another exception.
 */
class SystemParsersFuzzTest {
  interface P {
    Object parse(String f, byte[] b, int n);
  }

  private static final Map<String, P> PARSERS = new LinkedHashMap<>();

  static {
    PARSERS.put("proc/diskstats", Diskstats::parse);
    PARSERS.put("proc/net/dev", NetDev::parse);
    PARSERS.put("proc/net/tcp", (f, b, n) -> NetInet.parse(f, b, n, ByteOrder.LITTLE_ENDIAN));
    PARSERS.put("proc/net/tcp6", (f, b, n) -> NetInet.parse(f, b, n, ByteOrder.LITTLE_ENDIAN));
    PARSERS.put("proc/net/udp", (f, b, n) -> NetInet.parse(f, b, n, ByteOrder.LITTLE_ENDIAN));
    PARSERS.put("proc/net/udp6", (f, b, n) -> NetInet.parse(f, b, n, ByteOrder.LITTLE_ENDIAN));
    PARSERS.put("proc/net/unix", NetUnix::parse);
    PARSERS.put("proc/self/mounts", Mounts::parse);
    PARSERS.put("proc/filesystems", Filesystems::physical);
    PARSERS.put("proc/cpuinfo", Cpuinfo::parse);
    PARSERS.put("proc/stat", ProcStat::parse);
    PARSERS.put("sys/devices/system/cpu/online", CpuList::parse);
    PARSERS.put("var/run/utmp", Utmp::parse);
    PARSERS.put("sys/block/sda/stat", BlockStat::parse);
  }

  private static List<Path> scenarios() throws IOException {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> d = Files.newDirectoryStream(Tool.fixture(""))) {
      for (Path p : d) {
        if (Files.isDirectory(p)) {
          out.add(p);
        }
      }
    }
    return out;
  }

  @Test
  void wholeFilesParseAndTruncationsFailOnlyWithParseException() throws IOException {
    int files = 0;
    for (Path scenario : scenarios()) {
      for (Map.Entry<String, P> e : PARSERS.entrySet()) {
        Path file = scenario.resolve(e.getKey());
        if (!Files.isRegularFile(file)) {
          continue;
        }
        files++;
        byte[] bytes = Files.readAllBytes(file);
        e.getValue().parse(file.toString(), bytes, bytes.length);
        int step = bytes.length > 4096 ? 61 : 1;
        for (int len = 0; len < bytes.length; len += step) {
          check(e.getValue(), file + " cut at " + len, bytes, len);
        }
      }
    }
    assertTrue(files >= PARSERS.size(), "fixture files found: " + files);
  }

  @Test
  void garbageFailsOnlyWithParseException() {
    Random random = new Random(42);
    byte[] alphabet =
        "0123456789abcdefABCDEF:- \t\n\\@/.xyz()"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    for (int round = 0; round < 400; round++) {
      byte[] buf = new byte[random.nextInt(800)];
      for (int i = 0; i < buf.length; i++) {
        buf[i] =
            round % 2 == 0 ? (byte) random.nextInt(256) : alphabet[random.nextInt(alphabet.length)];
      }
      for (Map.Entry<String, P> e : PARSERS.entrySet()) {
        check(e.getValue(), e.getKey() + " garbage round " + round, buf, buf.length);
      }
    }
  }

  private static void check(P parser, String what, byte[] buf, int len) {
    try {
      parser.parse(what, buf, len);
    } catch (ParseException expected) {
      // the documented failure
    } catch (RuntimeException other) {
      fail(what + ": " + other, other);
    }
  }
}
