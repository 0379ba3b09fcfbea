package io.psutil4j.linux.cgroup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.psutil4j.CgroupMemory.Field;
import io.psutil4j.linux.parse.ParseException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A flat keyed file read through a key table: each kept key fills its field, nothing else. */
class KeyedValuesTest {
  private static final KeyedValues<Field> TABLE =
      KeyedValues.<Field>none()
          .with("file", Field.FILE)
          .with("file_mapped", Field.FILE_MAPPED)
          .with("anon", Field.ANON);

  @Test
  void eachKeptKeyFillsItsFieldAndAKeyThatOnlyStartsLikeOneIsNotIt() {
    Map<Field, Long> read =
        parse("anon 10\nanon_thp 99\nfile_mapped 30\nfile 20\nfile_dirty 77\nshmem 5\n");
    assertEquals(10L, read.get(Field.ANON));
    assertEquals(20L, read.get(Field.FILE));
    assertEquals(30L, read.get(Field.FILE_MAPPED));
    assertEquals(3, read.size());
  }

  @Test
  void aMissingKeyLeavesItsFieldOutAndARepeatedOneKeepsTheLastValue() {
    Map<Field, Long> read = parse("anon 1\nanon 2\n");
    assertEquals(2L, read.get(Field.ANON));
    assertFalse(read.containsKey(Field.FILE));
  }

  @Test
  void unsignedWordsAboveLongMaxKeepTheirBits() {
    assertEquals(-1L, parse("anon 18446744073709551615\n").get(Field.ANON));
  }

  @Test
  void aLineOfAKeyNotKeptIsStillChecked() {
    ParseException e = assertThrows(ParseException.class, () -> parse("anon 1\nslab x2\n"));
    assertEquals(2, e.line());
    assertEquals("x2", e.token());
    e = assertThrows(ParseException.class, () -> parse("anon 1\n\nfile 2\n"));
    assertEquals(2, e.line());
    assertEquals("<end of line>", e.token());
  }

  private static Map<Field, Long> parse(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    Map<Field, Long> read = new EnumMap<>(Field.class);
    TABLE.parseInto(read, "memory.stat", bytes, bytes.length);
    return read;
  }
}
