package io.psutil4j.linux.cgroup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.psutil4j.CgroupMemory;
import io.psutil4j.TupleField;
import io.psutil4j.linux.parse.ParseException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A flat keyed file read through a key table: each kept key fills its field, nothing else. */
class KeyedValuesTest {
  private static final KeyedValues<TupleField<Long>> TABLE =
      KeyedValues.<TupleField<Long>>none()
          .with("file", CgroupMemory.FILE)
          .with("file_mapped", CgroupMemory.FILE_MAPPED)
          .with("anon", CgroupMemory.ANON);

  @Test
  void eachKeptKeyFillsItsFieldAndAKeyThatOnlyStartsLikeOneIsNotIt() {
    Map<TupleField<Long>, Long> read =
        parse("anon 10\nanon_thp 99\nfile_mapped 30\nfile 20\nfile_dirty 77\nshmem 5\n");
    assertEquals(10L, read.get(CgroupMemory.ANON));
    assertEquals(20L, read.get(CgroupMemory.FILE));
    assertEquals(30L, read.get(CgroupMemory.FILE_MAPPED));
    assertEquals(3, read.size());
  }

  @Test
  void aMissingKeyLeavesItsFieldOutAndARepeatedOneKeepsTheLastValue() {
    Map<TupleField<Long>, Long> read = parse("anon 1\nanon 2\n");
    assertEquals(2L, read.get(CgroupMemory.ANON));
    assertFalse(read.containsKey(CgroupMemory.FILE));
  }

  @Test
  void unsignedWordsAboveLongMaxKeepTheirBits() {
    assertEquals(-1L, parse("anon 18446744073709551615\n").get(CgroupMemory.ANON));
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

  private static Map<TupleField<Long>, Long> parse(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    Map<TupleField<Long>, Long> read = new HashMap<>();
    TABLE.parseInto(read, "memory.stat", bytes, bytes.length);
    return read;
  }
}
