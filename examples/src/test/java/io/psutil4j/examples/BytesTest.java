package io.psutil4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Byte counts as psutil 7.2's bytes2human and procsmem.py's convert_bytes print them. */
class BytesTest {
  @Test
  void humanIsBytes2human() {
    // each expected value is what psutil._common.bytes2human(n) returns
    assertEquals("0.0B", Bytes.human(0));
    assertEquals("1023.0B", Bytes.human(1023));
    assertEquals("1.0K", Bytes.human(1024));
    assertEquals("9.8K", Bytes.human(10000));
    assertEquals("95.4M", Bytes.human(100001221));
    assertEquals("1.2K", Bytes.human(1280)); // 1.25: Python rounds half to even
    assertEquals("3.8K", Bytes.human(3840)); // 3.75
    assertEquals("2.5G", Bytes.human(5L * 1024 * 1024 * 1024 / 2));
    assertEquals("-2.0K", Bytes.human(-2048));
    assertEquals("-5.0B", Bytes.human(-5));
  }

  @Test
  void convertBytesIsProcsmemsOwnCopy() {
    assertEquals("0B", Bytes.convertBytes(0));
    assertEquals("1023B", Bytes.convertBytes(1023));
    assertEquals("1.0K", Bytes.convertBytes(1024));
    assertEquals("1.2K", Bytes.convertBytes(1280));
    assertEquals("-2048B", Bytes.convertBytes(-2048));
  }
}
