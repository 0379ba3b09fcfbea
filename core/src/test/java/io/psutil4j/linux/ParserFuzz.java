package io.psutil4j.linux;

import static org.junit.jupiter.api.Assertions.fail;

import io.psutil4j.linux.parse.ParseException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * Feeds a parser truncated and garbage input: the only failure allowed is ParseException. Public
 * for the fuzz targets of the cgroup package, whose parsers are package-private there.
 */
public final class ParserFuzz {
  public interface Parser {
    Object parse(String file, byte[] buf, int len);
  }

  private ParserFuzz() {}

  /** Every prefix of {@code real}, the real bytes with random bytes flipped, and pure noise. */
  static int onlyParseExceptions(String file, byte[] real, Parser parser) {
    int cases = 0;
    for (int len = 0; len <= real.length; len++, cases++) {
      survive(file, Arrays.copyOf(real, len), parser);
    }
    Random random = new Random(real.length); // fixed seed: a failure reproduces
    for (int round = 0; round < 300; round++) {
      byte[] mutated = real.clone();
      for (int k = 0; k < 1 + random.nextInt(8) && mutated.length > 0; k++) {
        mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
      }
      survive(file, mutated, parser);
      byte[] noise = new byte[random.nextInt(400)];
      random.nextBytes(noise);
      survive(file, noise, parser);
      cases += 2;
    }
    survive(file, "\n\n\n".getBytes(StandardCharsets.US_ASCII), parser);
    return cases + 1;
  }

  /** Parses {@code input}: it may succeed or raise ParseException naming the file, nothing else. */
  static void survive(String file, byte[] input, Parser parser) {
    try {
      parser.parse(file, input, input.length);
    } catch (ParseException expected) {
      if (!expected.getMessage().startsWith(file + ":")) {
        fail("ParseException does not name the file: " + expected.getMessage());
      }
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      String shown = new String(input, 0, Math.min(input.length, 200), StandardCharsets.ISO_8859_1);
      fail("only ParseException may escape, got " + e + " for input " + shown, e);
    }
  }
}
