package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A part of a wider source takes its reading out of that one's; no other source can. */
class SourcePartTest {
  @Test
  void aPartIsTakenOutOfTheWiderReadingAndAMissingReadingStaysMissing() {
    Source<String> wide = Source.named("wide");
    Source<Integer> part = Source.partOf("length", wide, String::length);

    assertSame(wide, part.wider());
    assertEquals(4, part.partIn("four"));
    assertNull(part.partIn(null));
  }

  @Test
  void aSourceOfItsOwnRefusesToTakeAPartAndNamesItself() {
    Source<String> own = Source.named("virtual_memory() /proc/meminfo");

    assertNull(own.wider());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> own.partIn("x"));
    assertTrue(e.getMessage().contains("virtual_memory() /proc/meminfo"), e.getMessage());
  }
}
