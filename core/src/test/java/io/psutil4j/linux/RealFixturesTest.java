package io.psutil4j.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.CpuFreq;
import io.psutil4j.CpuStats;
import io.psutil4j.CpuTimes;
import io.psutil4j.DiskIoCounters;
import io.psutil4j.NetIoCounters;
import io.psutil4j.PressureInfo;
import io.psutil4j.Psi;
import io.psutil4j.PsiLine;
import io.psutil4j.SwapMemory;
import io.psutil4j.Temperature;
import io.psutil4j.VirtualMemory;
import io.psutil4j.testutil.Tool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kernel files captured on other machines and published as test data by other open-source projects
 * (node_exporter, procfs, gopsutil): see each fixture's NOTE.md for the source. Every expected
 * value below is read off the file by hand and put through psutil's Linux formula.
 */
class RealFixturesTest {
  private static final double EPS = 1e-9;
  private static final long KB = 1024;

  @TempDir Path emptySys;

  private LinuxPlatform platform(Path proc, Path sys) {
    return LinuxPlatform.builder()
        .procRoot(proc)
        .sysRoot(sys)
        .utmpPath(proc.resolve("no-utmp"))
        .constants(KernelConstants.of(100, 4096))
        .warningStream(null)
        .build();
  }

  private LinuxPlatform procOnly(String scenario) {
    return platform(Tool.fixture(scenario).resolve("proc"), emptySys);
  }

  // ---- node_exporter collector/fixtures (x86_64, 3.x-era kernel) ----

  @Test
  void nodeExporterStatGivesCpuTimesInClockTicks() {
    LinuxPlatform p = procOnly("nodeexp-collector-x86_64");
    // cpu  301854 612 111922 8979004 3552 2 3944 0 44 36  (user nice system idle iowait irq
    // softirq steal guest guest_nice), CLK_TCK 100
    CpuTimes t = p.cpuTimes();
    assertEquals(3018.54, t.user(), EPS);
    assertEquals(6.12, t.nice(), EPS);
    assertEquals(1119.22, t.system(), EPS);
    assertEquals(89790.04, t.idle(), EPS);
    assertEquals(35.52, t.iowait(), EPS);
    assertEquals(0.02, t.irq(), EPS);
    assertEquals(39.44, t.softirq(), EPS);
    assertEquals(0.0, t.steal(), EPS);
    assertEquals(0.44, t.guest(), EPS);
    assertEquals(0.36, t.guestNice(), EPS);
    List<CpuTimes> per = p.cpuTimesPercpu();
    assertEquals(8, per.size(), "cpu0..cpu7");
    // cpu7 29098 268 10164 1139282 555 0 31 0 9 8
    CpuTimes cpu7 = per.get(7);
    assertEquals(290.98, cpu7.user(), EPS);
    assertEquals(2.68, cpu7.nice(), EPS);
    assertEquals(101.64, cpu7.system(), EPS);
    assertEquals(11392.82, cpu7.idle(), EPS);
    assertEquals(5.55, cpu7.iowait(), EPS);
    assertEquals(0.31, cpu7.softirq(), EPS);
    assertEquals(0.09, cpu7.guest(), EPS);
    assertEquals(0.08, cpu7.guestNice(), EPS);
  }

  @Test
  void nodeExporterStatCountersAndBootTime() throws IOException {
    LinuxPlatform p = procOnly("nodeexp-collector-x86_64");
    assertEquals(1418183276.0, p.bootTime(), "btime 1418183276");
    CpuStats s = p.cpuStats();
    assertEquals(38014093, s.ctxSwitches(), "ctxt");
    assertEquals(8885917, s.interrupts(), "first number of intr");
    assertEquals(5057579, s.softInterrupts(), "first number of softirq");
    assertEquals(0, s.syscalls());
    byte[] raw = Files.readAllBytes(Tool.fixture("nodeexp-collector-x86_64").resolve("proc/stat"));
    assertEquals(8, ProcStat.parse("stat", raw, raw.length).cpuCount(), "8 cpuN lines");
  }

  @Test
  void nodeExporterNetDevKeepsOddInterfaceNames() {
    Map<String, NetIoCounters> n = procOnly("nodeexp-collector-x86_64").netIoCountersPernic();
    assertEquals(
        List.of("tun0", "veth4B09XN", "lo", "eth0", "lxcbr0", "wlan0", "docker0", "ibr10:30"),
        List.copyOf(n.keySet()),
        "'ibr10:30:' is cut at its last colon, as psutil's rfind does");
    // "  eth0:68210035552 520993275 ...": no blank between the colon and the first counter
    NetIoCounters eth0 = n.get("eth0");
    assertEquals(68210035552L, eth0.bytesRecv());
    assertEquals(520993275L, eth0.packetsRecv());
    assertEquals(9315587528L, eth0.bytesSent());
    assertEquals(43451486L, eth0.packetsSent());
    // "veth4B09XN:     648       8 ...": a 10-character name pushed against the colon
    NetIoCounters veth = n.get("veth4B09XN");
    assertEquals(648, veth.bytesRecv());
    assertEquals(8, veth.packetsRecv());
    assertEquals(1943284, veth.bytesSent());
    assertEquals(10640, veth.packetsSent());
    assertEquals(0, n.get("ibr10:30").bytesRecv());
    assertEquals(2630299, n.get("lxcbr0").bytesSent());
  }

  @Test
  void nodeExporterDiskstatsWith14And18And20FieldLines() {
    Map<String, DiskIoCounters> d = procOnly("nodeexp-collector-x86_64").diskIoCounters(false);
    assertEquals(51, d.size(), "one entry per line of the file");
    // 14 fields: 8 0 sda 25354637 34367663 1003346126 18492372 28444756 11134226 505697032
    // 63877960 0 9653880 82621804
    DiskIoCounters sda = d.get("sda");
    assertEquals(25354637, sda.readCount());
    assertEquals(34367663, sda.readMergedCount());
    assertEquals(1003346126L * 512, sda.readBytes());
    assertEquals(18492372, sda.readTime());
    assertEquals(28444756, sda.writeCount());
    assertEquals(11134226, sda.writeMergedCount());
    assertEquals(505697032L * 512, sda.writeBytes());
    assertEquals(63877960, sda.writeTime());
    assertEquals(9653880, sda.busyTime(), "io_ticks, not the weighted 82621804");
    // 18 fields (4.18+ discard counters): 8 0 sdb 326552 841 9657779 84 41822 2895 1972905
    // 5007 0 60730 67070 68851 0 1925173784 11130
    DiskIoCounters sdb = d.get("sdb");
    assertEquals(326552, sdb.readCount());
    assertEquals(9657779L * 512, sdb.readBytes());
    assertEquals(41822, sdb.writeCount());
    assertEquals(1972905L * 512, sdb.writeBytes());
    assertEquals(5007, sdb.writeTime());
    assertEquals(60730, sdb.busyTime(), "not a discard counter");
    // 20 fields (5.5+ flush counters): 8 0 sdc 126552 141 1657779 14 11822 1895 172905 1007 0
    // 10730 17070 18851 0 125173784 11130 1555 1944
    DiskIoCounters sdc = d.get("sdc");
    assertEquals(126552, sdc.readCount());
    assertEquals(141, sdc.readMergedCount());
    assertEquals(11822, sdc.writeCount());
    assertEquals(1895, sdc.writeMergedCount());
    assertEquals(10730, sdc.busyTime(), "not a flush counter");
    // a 20-field partition line: 8 1 sdc1 231 3 34466 4 24 23 106 0 0 64 64 0 0 0 0 0 0
    assertEquals(34466L * 512, d.get("sdc1").readBytes());
    assertEquals(64, d.get("sdc1").busyTime());
    // device-mapper and mmc names survive: 252 0 dm-0 59910002 0 1003337218 ...
    assertEquals(59910002, d.get("dm-0").readCount());
    assertEquals(760L * 512, d.get("mmcblk0p2").readBytes());
    assertEquals(2, d.get("fd0").readCount());
  }

  @Test
  void nodeExporterMeminfoWithoutMemAvailableAndNoZoneinfo() {
    LinuxPlatform p = procOnly("nodeexp-collector-x86_64");
    VirtualMemory v = p.virtualMemory();
    assertEquals(3742148 * KB, v.total(), "MemTotal");
    assertEquals(225472 * KB, v.free(), "MemFree");
    assertEquals(22040 * KB, v.buffers(), "Buffers");
    assertEquals((930888 + 44772) * KB, v.cached(), "Cached + SReclaimable");
    assertEquals(593840 * KB, v.shared(), "Shmem");
    assertEquals(2233416 * KB, v.active(), "Active");
    assertEquals(1028728 * KB, v.inactive(), "Inactive");
    assertEquals(98932 * KB, v.slab(), "Slab");
    // No MemAvailable (kernel < 3.14) and no /proc/zoneinfo in the capture: psutil's
    // calculate_avail_vmem falls back to MemFree + Cached (Cached alone, not + SReclaimable).
    long available = (225472 + 930888) * KB;
    assertEquals(available, v.available());
    assertEquals(3742148 * KB - available, v.used(), "total - available");
    assertEquals(69.1, v.percent(), "(3742148 - 1156360) / 3742148 = 69.099...%");
    assertEquals(List.of(), p.warnings(), "psutil's fallback is silent");
  }

  @Test
  void nodeExporterSwapFromMeminfoWithoutVmstat() {
    LinuxPlatform p = procOnly("nodeexp-collector-x86_64");
    SwapMemory s = p.swapMemory();
    assertEquals(4194300 * KB, s.total(), "SwapTotal");
    assertEquals(3155360 * KB, s.free(), "SwapFree");
    assertEquals((4194300 - 3155360) * KB, s.used());
    assertEquals(24.8, s.percent(), "1038940 / 4194300 = 24.77%");
    assertEquals(0, s.sin(), "no vmstat in the capture");
    assertEquals(0, s.sout());
    assertEquals(1, p.warnings().size(), "psutil warns that sin/sout were set to 0");
    assertTrue(p.warnings().get(0).contains("vmstat"), p.warnings().get(0));
  }

  @Test
  void nodeExporterPressureCpuIoAndAnIrqFileWithoutNewline() {
    PressureInfo pi = procOnly("nodeexp-collector-x86_64").pressure();
    Psi cpu = pi.cpu().get();
    assertEquals(14036781L, cpu.some().get().total().getAsLong());
    assertEquals(0.0, cpu.some().get().avg10().getAsDouble());
    assertEquals(0L, cpu.full().get().total().getAsLong());
    Psi io = pi.io().get();
    PsiLine some = io.some().get();
    assertEquals(0.18, some.avg10().getAsDouble());
    assertEquals(0.34, some.avg60().getAsDouble());
    assertEquals(0.10, some.avg300().getAsDouble());
    assertEquals(159886802L, some.total().getAsLong());
    assertEquals(159229614L, io.full().get().total().getAsLong());
    // irq: "full avg10=0.00 avg60=0.00 avg300=0.00 total=8494", one line, no "some", no '\n'
    Psi irq = pi.irq().get();
    assertFalse(irq.some().isPresent());
    assertEquals(8494L, irq.full().get().total().getAsLong());
    assertFalse(pi.memory().isPresent(), "no memory file in the capture");
  }

  // ---- gopsutil mem/cpu testdata (Intel Core i5 desktop, 4.x kernel) ----

  @Test
  void gopsutilIntelI5VirtualMemory() {
    LinuxPlatform p = procOnly("gopsutil-intel-i5-meminfo-psi");
    VirtualMemory v = p.virtualMemory();
    assertEquals(16115528 * KB, v.total());
    assertEquals(8577628 * KB, v.free());
    assertEquals(11225936 * KB, v.available(), "MemAvailable");
    assertEquals(207516 * KB, v.buffers());
    assertEquals((3791568 + 182100) * KB, v.cached(), "Cached + SReclaimable");
    assertEquals(1193752 * KB, v.shared());
    assertEquals(4245500 * KB, v.active());
    assertEquals(2869956 * KB, v.inactive());
    assertEquals(247824 * KB, v.slab());
    assertEquals((16115528 - 11225936) * KB, v.used());
    assertEquals(30.3, v.percent(), "4889592 / 16115528 = 30.34%");
    assertEquals(List.of(), p.warnings());
  }

  @Test
  void gopsutilPressureFilesWithoutTrailingNewline() {
    PressureInfo pi = procOnly("gopsutil-intel-i5-meminfo-psi").pressure();
    PsiLine cpuSome = pi.cpu().get().some().get();
    assertEquals(1.29, cpuSome.avg10().getAsDouble());
    assertEquals(1.38, cpuSome.avg60().getAsDouble());
    assertEquals(1.39, cpuSome.avg300().getAsDouble());
    assertEquals(3825360042L, cpuSome.total().getAsLong());
    assertEquals(0L, pi.cpu().get().full().get().total().getAsLong());
    PsiLine memSome = pi.memory().get().some().get();
    assertEquals(2.32, memSome.avg10().getAsDouble());
    assertEquals(4.44, memSome.avg300().getAsDouble());
    assertEquals(1835L, memSome.total().getAsLong());
    assertEquals(1367L, pi.memory().get().full().get().total().getAsLong());
    assertFalse(pi.io().isPresent());
    assertFalse(pi.irq().isPresent());
  }

  @Test
  void gopsutilFourLineMeminfoDefaultsTheRestToZeroWithPsutilsWarning() {
    LinuxPlatform p = procOnly("gopsutil-meminfo-anonhugepages");
    VirtualMemory v = p.virtualMemory();
    assertEquals(260799420 * KB, v.total());
    assertEquals(119443248 * KB, v.free());
    assertEquals(127880216 * KB, v.available());
    assertEquals(0, v.buffers());
    assertEquals(0, v.cached());
    assertEquals(0, v.shared());
    assertEquals(0, v.active());
    assertEquals(0, v.inactive());
    assertEquals(0, v.slab());
    assertEquals(51.0, v.percent(), "(260799420 - 127880216) / 260799420 = 50.97%");
    // psutil: "buffers, cached, shared, active, inactive memory stats couldn't be determined
    // and were set to 0" -- a missing Slab is not in psutil's list.
    assertEquals(1, p.warnings().size(), p.warnings().toString());
    String w = p.warnings().get(0);
    assertTrue(w.endsWith("buffers, cached, shared, active, inactive"), w);
  }

  // ---- procfs cpuinfo_test.go: ARMv7 (sun8i), s390x (z13), POWER7 ----

  private static Cpuinfo cpuinfo(String arch) throws IOException {
    byte[] raw =
        Files.readAllBytes(
            Tool.fixture("procfs-cpuinfo-arm7-s390x-ppc64").resolve(arch + "/proc/cpuinfo"));
    return Cpuinfo.parse(arch, raw, raw.length);
  }

  private LinuxPlatform cpuinfoPlatform(String arch) {
    return platform(
        Tool.fixture("procfs-cpuinfo-arm7-s390x-ppc64").resolve(arch + "/proc"), emptySys);
  }

  @Test
  void armv7CpuinfoCountsEveryLineStartingWithProcessorAsPsutilDoes() throws IOException {
    // "Processor : ARMv7 Processor rev 5 (v7l)", "processor : 0", "processor : 1": psutil's
    // fallback counts lines whose lowercase starts with "processor", so 3 (its known quirk)
    assertEquals(3, cpuinfo("arm7").processors());
    assertEquals(List.of(), cpuinfo("arm7").mhz(), "no MHz line on ARM");
    LinuxPlatform p = cpuinfoPlatform("arm7");
    assertEquals(3, p.cpuCountLogical().getAsInt(), "no sysfs online file: cpuinfo fallback");
    assertEquals(List.of(), p.cpuFreqPercpu(), "psutil: cpu_freq(percpu=True) == []");
    assertFalse(p.cpuCountPhysical().isPresent(), "no 'physical id'/'cpu cores'");
  }

  @Test
  void s390xCpuinfoProcessorLinesAndDynamicMhz() throws IOException {
    // "processor 0: version = FF,  identification = 2733E8,  machine = 2964" x4: the key is
    // "processor 0", but psutil counts the line (it only looks at how the line starts)
    assertEquals(4, cpuinfo("s390x").processors());
    assertEquals(List.of(5000.0, 5000.0, 5000.0, 5000.0), cpuinfo("s390x").mhz());
    LinuxPlatform p = cpuinfoPlatform("s390x");
    assertEquals(4, p.cpuCountLogical().getAsInt());
    List<CpuFreq> f = p.cpuFreqPercpu();
    assertEquals(4, f.size(), "one (mhz, 0.0, 0.0) per 'cpu MHz dynamic' line");
    assertEquals(5000.0, f.get(3).current());
    assertEquals(Optional.of(0.0), f.get(3).min());
    assertEquals(Optional.of(0.0), f.get(3).max());
  }

  @Test
  void power7CpuinfoClockLinesInMhz() throws IOException {
    // "clock\t\t: 3000.000000MHz" x6
    assertEquals(6, cpuinfo("ppc64").processors());
    assertEquals(List.of(3000.0, 3000.0, 3000.0, 3000.0, 3000.0, 3000.0), cpuinfo("ppc64").mhz());
    LinuxPlatform p = cpuinfoPlatform("ppc64");
    assertEquals(6, p.cpuCountLogical().getAsInt());
    assertEquals(3000.0, CpuFreq.average(p.cpuFreqPercpu()).get().current(), EPS);
  }

  // ---- procfs sysfs class/thermal (Raspberry Pi bcm2835 zone + an acpitz zone) ----

  @Test
  void thermalZonesWithoutHwmonOrTripPoints() {
    Path sys = Tool.fixture("procfs-sysfs-thermal-zones").resolve("sys");
    Map<String, List<Temperature>> t = new SensorsReader(sys).temperatures();
    assertEquals(List.of("bcm2835_thermal", "acpitz"), List.copyOf(t.keySet()), "zone order");
    Temperature bcm = t.get("bcm2835_thermal").get(0);
    assertEquals("", bcm.label());
    assertEquals(49.925, bcm.current(), EPS, "temp 49925");
    assertFalse(bcm.high().isPresent(), "no trip_point_* files");
    assertFalse(bcm.critical().isPresent());
    assertEquals(-44.0, t.get("acpitz").get(0).current(), EPS, "temp -44000");
  }
}
