package io.psutil4j.linux;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.linux.parse.CpuList;
import io.psutil4j.linux.parse.InetText;
import io.psutil4j.linux.parse.Mounts;
import io.psutil4j.linux.parse.NetInet;
import io.psutil4j.linux.parse.ParseException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The system-wide parsers on the documented line shapes of each kernel era. */
class SystemParsersTest {
  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void diskstatsOfEachKernelEra() {
    String text =
        // 2.6 .. 4.17: 14 fields
        "   8       0 sda 10 20 30 40 50 60 70 80 0 90 100\n"
            // 4.18+: 18 fields (discards)
            + " 254       0 vda 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15\n"
            // 5.5+: 20 fields (flushes)
            + " 259       0 nvme0n1 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27\n"
            // early 2.6 partition: 7 fields
            + "   8       1 sda1 5 6 7 8\n"
            // psutil's "2.4" form, reads before the name: 15 fields
            + "   3 0 1 hda 2 3 4 5 6 7 8 9 10 11 12\n";
    Map<String, long[]> d = Diskstats.parse("diskstats", b(text), b(text).length);
    // reads, writes, rsect, wsect, rms, wms, rmerged, wmerged, busy
    assertArrayEquals(new long[] {10, 50, 30, 70, 40, 80, 20, 60, 90}, d.get("sda"));
    assertArrayEquals(new long[] {1, 5, 3, 7, 4, 8, 2, 6, 10}, d.get("vda"));
    assertArrayEquals(new long[] {11, 15, 13, 17, 14, 18, 12, 16, 20}, d.get("nvme0n1"));
    assertArrayEquals(new long[] {5, 7, 6, 8, 0, 0, 0, 0, 0}, d.get("sda1"));
    assertArrayEquals(new long[] {1, 5, 3, 7, 4, 8, 2, 6, 10}, d.get("hda"));
    String bad = "8 0 sda 1 2 3\n";
    ParseException e =
        assertThrows(
            ParseException.class, () -> Diskstats.parse("diskstats", b(bad), b(bad).length));
    assertTrue(e.getMessage().contains("6 fields"), e.getMessage());
  }

  @Test
  void netDevInSnetioOrder() {
    String text =
        "Inter-|   Receive                                                |  Transmit\n"
            + " face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed\n"
            + "    lo:  707087    1897    0    0    0     0          0         0   707087    1897    0    0    0     0       0          0\n"
            + "  eth0:1 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15\n";
    Map<String, long[]> d = NetDev.parse("net/dev", b(text), b(text).length);
    assertEquals(List.of("lo", "eth0"), List.copyOf(d.keySet()));
    // bytes_sent, bytes_recv, packets_sent, packets_recv, errin, errout, dropin, dropout
    assertArrayEquals(new long[] {8, 1, 9, 1, 2, 10, 3, 11}, d.get("eth0"));
    assertArrayEquals(new long[] {707087, 707087, 1897, 1897, 0, 0, 0, 0}, d.get("lo"));
  }

  @Test
  void netInetDecodesHostOrderWords() {
    String text =
        "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
            + "   0: 0500000A:0016 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 12345 1 0000000000000000 100 0 0 10 0\n"
            + "   1: 0100007F:B0C4 0100007F:1F90 01 00000000:00000000 00:00000000 00000000  1000        0 777 1\n";
    List<NetInet.Socket> s =
        NetInet.parse("net/tcp", b(text), b(text).length, ByteOrder.LITTLE_ENDIAN);
    assertEquals("10.0.0.5", s.get(0).localIp);
    assertEquals(22, s.get(0).localPort);
    assertEquals(0, s.get(0).remotePort);
    assertEquals(0x0A, s.get(0).state);
    assertEquals(12345, s.get(0).inode);
    assertEquals("127.0.0.1", s.get(1).remoteIp);
    assertEquals(8080, s.get(1).remotePort);
    String v6 =
        "  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
            + "   0: 0000000000000000FFFF00000100007F:0035 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 42 1\n"
            + "   1: 00000000000000000000000001000000:1F90 000080FE00000000FF03FC0200FE0000:A000 01 00000000:00000000 00:00000000 00000000     0        0 43 1\n";
    List<NetInet.Socket> s6 =
        NetInet.parse("net/tcp6", b(v6), b(v6).length, ByteOrder.LITTLE_ENDIAN);
    assertEquals("::ffff:127.0.0.1", s6.get(0).localIp);
    assertEquals("::", s6.get(0).remoteIp);
    assertEquals("::1", s6.get(1).localIp);
    assertEquals("fe80::2fc:3ff:0:fe00", s6.get(1).remoteIp);
    String short9 = "header\n 0: 0100007F:0016 00000000:0000 0A 0:0 0:0 0 0 0\n";
    assertThrows(
        ParseException.class,
        () -> NetInet.parse("net/tcp", b(short9), b(short9).length, ByteOrder.LITTLE_ENDIAN));
  }

  @Test
  void ipv6TextMatchesInetNtop() {
    byte[] a = new byte[16];
    assertEquals("::", InetText.ipv6(a));
    a[15] = 1;
    assertEquals("::1", InetText.ipv6(a));
    byte[] doc = {0x20, 0x01, 0x0d, (byte) 0xb8, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1};
    assertEquals("2001:db8::1:0:0:1", InetText.ipv6(doc));
    byte[] compat = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 0, 0, 5};
    assertEquals("::10.0.0.5", InetText.ipv6(compat));
    // groups of every width, written without leading zeros
    byte[] widths = {
      0, 0x0a, 0, (byte) 0xbc, 0x0d, (byte) 0xef, 0x12, 0x34, 0, 0, 0, 0, 0, 0, 0, 0
    };
    assertEquals("a:bc:def:1234::", InetText.ipv6(widths));
    byte[] linkLocal = {
      (byte) 0xfe,
      (byte) 0x80,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      (byte) 0xfc,
      0,
      (byte) 0xff,
      (byte) 0xfe,
      0,
      0,
      1
    };
    assertEquals("fe80::fc:ff:fe00:1", InetText.ipv6(linkLocal));
    byte[] mask = new byte[16];
    Arrays.fill(mask, 0, 8, (byte) 0xff);
    assertEquals("ffff:ffff:ffff:ffff::", InetText.ipv6(mask));
  }

  @Test
  void netUnixKeepsOnlyEightColumnPaths() {
    String text =
        "Num       RefCount Protocol Flags    Type St Inode Path\n"
            + "0000000000000000: 00000002 00000000 00010000 0001 01 20187 /run/systemd/notify\n"
            + "0000000000000000: 00000002 00000000 00000000 0002 01 20188\n"
            + "0000000000000000: 00000002 00000000 00000000 0005 01 20189 /tmp/with space\n"
            + "0000000000000000: 00000002 00000000 00010000 0001 01 20190 @abstract\n"
            + "nospace\n";
    List<NetUnix.Socket> s = NetUnix.parse("net/unix", b(text), b(text).length);
    assertEquals(4, s.size());
    assertEquals("/run/systemd/notify", s.get(0).path);
    assertEquals(1, s.get(0).type);
    assertEquals("", s.get(1).path);
    assertEquals(2, s.get(1).type);
    assertEquals("", s.get(2).path, "a path with spaces is lost, as in psutil");
    assertEquals(5, s.get(2).type);
    assertEquals("@abstract", s.get(3).path);
    assertEquals(20190, s.get(3).inode);
  }

  @Test
  void mountsUnescapeOctal() {
    String text =
        "/dev/sda1 / ext4 rw,relatime 0 0\n"
            + "/dev/sdb1 /mnt/my\\040disk vfat rw 0 0\n"
            + "none /sys/fs/bpf bpf rw 0 0\n";
    List<Mounts.Entry> m = Mounts.parse("mounts", b(text), b(text).length);
    assertEquals("/mnt/my disk", m.get(1).mountpoint);
    assertEquals("vfat", m.get(1).fstype);
    assertEquals("none", m.get(2).device);
    assertEquals("rw,relatime", m.get(0).opts);
  }

  @Test
  void mountsOfGivenFstypesAreThoseEntriesAloneAndAShortLineIsStillRefused() {
    String text =
        "proc /proc proc rw 0 0\n"
            + "/dev/sdb1 /mnt/my\\040disk vfat rw,noatime 0 0\n"
            + "tmpfs /run tmpfs rw 0 0\n"
            + "/dev/sda1 / ext4\n";
    List<Mounts.Entry> m = Mounts.parse("mounts", b(text), b(text).length, Set.of("vfat", "ext4"));
    assertEquals(2, m.size());
    assertEquals("/dev/sdb1", m.get(0).device);
    assertEquals("/mnt/my disk", m.get(0).mountpoint);
    assertEquals("vfat", m.get(0).fstype);
    assertEquals("rw,noatime", m.get(0).opts);
    assertEquals("/", m.get(1).mountpoint);
    assertEquals("", m.get(1).opts);
    String shortLine = "proc /proc\n";
    assertThrows(
        ParseException.class,
        () -> Mounts.parse("mounts", b(shortLine), b(shortLine).length, Set.of("ext4")));
  }

  @Test
  void filesystemsKeepDeviceBackedPlusZfs() {
    String text =
        "nodev\tsysfs\nnodev\ttmpfs\n\text4\n\tvfat\nnodev\tzfs\n\tfuseblk\nnodev\tfuse\n";
    Set<String> f = Filesystems.physical("filesystems", b(text), b(text).length);
    assertEquals(Set.of("ext4", "vfat", "zfs", "fuseblk"), f);
  }

  @Test
  void cpuListForms() {
    assertEquals(List.of(0, 1, 2, 3, 8, 10, 11), CpuList.parse("online", b("0-3,8,10-11\n"), 12));
    assertEquals(List.of(0, 1), CpuList.parse("affected_cpus", b("0 1\n"), 4));
    assertEquals(List.of(), CpuList.parse("offline", b("\n"), 1));
    assertThrows(ParseException.class, () -> CpuList.parse("online", b("3-1\n"), 4));
  }

  @Test
  void cpuinfoFrequenciesOfEachArch() {
    String x86 = "processor\t: 0\ncpu MHz\t\t: 2096.006\n\nprocessor\t: 1\ncpu MHz\t\t: 3400.5\n";
    Cpuinfo c = Cpuinfo.parse("cpuinfo", b(x86), b(x86).length);
    assertEquals(2, c.processors());
    assertEquals(List.of(2096.006, 3400.5), c.mhz());
    String ppc = "processor\t: 0\nclock\t\t: 2000.000000MHz\n";
    assertEquals(List.of(2000.0), Cpuinfo.parse("cpuinfo", b(ppc), b(ppc).length).mhz());
    String s390 = "processor 0: version = FF\ncpu MHz dynamic : 5200\ncpu MHz static : 5200\n";
    assertEquals(List.of(5200.0), Cpuinfo.parse("cpuinfo", b(s390), b(s390).length).mhz());
    String arm = "processor\t: 0\nBogoMIPS\t: 50.00\n";
    assertEquals(List.of(), Cpuinfo.parse("cpuinfo", b(arm), b(arm).length).mhz());
  }

  /**
   * Bytes outside ASCII before a line's colon send it through psutil's text rules (Unicode case
   * folding), which the in-place reading of ASCII lines must agree with: a long s folds to S, the
   * Kelvin sign lower-cases to k.
   */
  @Test
  void cpuinfoLinesOutsideAsciiAreReadAsText() {
    String text =
        "proce\u017F\u017For\t: 0\nCPU MHZ : 1200.5 mhz\ncloc\u212A : 800\n"
            + "CLOCK\t: 2000MHz\n\u00e9 processor : 1\nmodel name : \u00e9 3.0GHz\n";
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    Cpuinfo c = Cpuinfo.parse("cpuinfo", utf8, utf8.length);
    assertEquals(1, c.processors());
    assertEquals(List.of(1200.5, 800.0, 2000.0), c.mhz());
    byte[] bad = "processor : 0\ncpu MHz : fast\n".getBytes(StandardCharsets.UTF_8);
    ParseException e =
        assertThrows(ParseException.class, () -> Cpuinfo.parse("c", bad, bad.length));
    assertEquals(2, e.line());
    assertEquals("fast", e.token());
  }
}
