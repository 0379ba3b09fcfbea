package io.psutil4j.linux;

import static org.junit.jupiter.api.Assertions.fail;

import io.psutil4j.linux.parse.ParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every parser on truncated, garbled and random input: the only failure allowed is our
 * ParseException (naming file, line and token), never an NPE, an index or a number exception. The
 * seed inputs are this machine's real files.
 */
class ParserRobustnessTest {
  /** A parser under test, over bytes. */
  private interface Parse {
    void apply(byte[] buf, int len);
  }

  private static Map<String, Parse> parsers() {
    Map<String, Parse> p = new TreeMap<>();
    p.put("meminfo", (b, n) -> Meminfo.parse("meminfo", b, n));
    p.put("stat", (b, n) -> ProcStat.parse("stat", b, n));
    p.put("loadavg", (b, n) -> Loadavg.parse("loadavg", b, n));
    p.put("vmstat", (b, n) -> Vmstat.parse("vmstat", b, n));
    p.put("zoneinfo", (b, n) -> Zoneinfo.sumLowWatermarkPages("zoneinfo", b, n));
    p.put("self/stat", (b, n) -> PidStat.parse("self/stat", b, n));
    p.put("self/status", (b, n) -> PidStatus.parse("self/status", b, n));
    p.put("self/statm", (b, n) -> Statm.parse("self/statm", b, n));
    p.put("self/auxv", (b, n) -> Auxv.value("self/auxv", b, n, 8, Auxv.AT_CLKTCK));
    return p;
  }

  @TestFactory
  Stream<DynamicTest> everyPrefixOfARealFileParsesOrRaisesParseException() {
    return parsers().entrySet().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey(),
                    () -> {
                      byte[] real = read(Paths.get("/proc", e.getKey()));
                      for (int len = 0; len <= real.length; len++) {
                        survive(e.getKey(), e.getValue(), real, len);
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> garbledAndRandomBytesRaiseOnlyParseException() {
    return parsers().entrySet().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey(),
                    () -> {
                      byte[] real = read(Paths.get("/proc", e.getKey()));
                      Random random = new Random(42);
                      byte[] alphabet =
                          "0123456789 \t\n:().-kBcpuZ\0\u00ff"
                              .getBytes(StandardCharsets.ISO_8859_1);
                      for (int round = 0; round < 500; round++) {
                        byte[] mutated = real.clone();
                        for (int k = 0; k < 1 + random.nextInt(8) && mutated.length > 0; k++) {
                          mutated[random.nextInt(mutated.length)] =
                              alphabet[random.nextInt(alphabet.length)];
                        }
                        survive(e.getKey(), e.getValue(), mutated, mutated.length);
                        byte[] noise = new byte[random.nextInt(200)];
                        random.nextBytes(noise);
                        survive(e.getKey(), e.getValue(), noise, noise.length);
                      }
                      byte[] huge =
                          ("99999999999999999999999999 ".repeat(50) + "\n")
                              .getBytes(StandardCharsets.US_ASCII);
                      survive(e.getKey(), e.getValue(), huge, huge.length);
                    }));
  }

  private static void survive(String name, Parse parse, byte[] buf, int len) {
    try {
      parse.apply(buf, len);
    } catch (ParseException expected) {
      Consumer<String> check =
          field -> {
            if (field == null || field.isEmpty()) {
              fail(name + ": ParseException without file or token: " + expected);
            }
          };
      check.accept(expected.file());
      check.accept(expected.token());
      // lines count from 1 and cannot lie past the input's last line
      long lines = 1;
      for (int i = 0; i < len; i++) {
        lines += buf[i] == '\n' ? 1 : 0;
      }
      if (expected.line() < 1 || expected.line() > lines) {
        fail(name + ": line " + expected.line() + " outside 1.." + lines + ": " + expected);
      }
    } catch (RuntimeException e) {
      String shown = new String(buf, 0, Math.min(len, 120), StandardCharsets.ISO_8859_1);
      throw new AssertionError(
          name + " threw " + e + " on input of " + len + " bytes: " + shown, e);
    }
  }

  private static byte[] read(Path path) throws IOException {
    return Files.readAllBytes(path);
  }
}
