package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The field table checks every value it is given (type, null, least number) and names the field and
 * the value it refuses; asDict, the repr and equality follow from the table.
 */
class FieldTupleTest {
  /** A table of every kind of field, to check the base apart from any one psutil value. */
  static final class Probe extends FieldTuple {
    static final FieldTable FIELDS = new FieldTable();
    static final TupleField<String> NAME = FIELDS.text("name");
    static final TupleField<Long> COUNT = FIELDS.field("count", Long.class);
    static final TupleField<Boolean> PLUGGED = FIELDS.field("plugged", Boolean.class).orNull();
    static final TupleField<NicDuplex> DUPLEX = FIELDS.field("duplex", NicDuplex.class);
    static final TupleField<Double> DEGREES =
        FIELDS.doubles("degrees", Unit.CELSIUS).atLeast(Double.NEGATIVE_INFINITY);

    Probe(@Nullable Object... values) {
      super("probe", FIELDS, values);
    }
  }

  private static String refused(Class<? extends Throwable> type, Executable build) {
    return assertThrows(type, build).getMessage();
  }

  @Test
  void aValueOfAnotherTypeIsRefusedNamingTheFieldAndTheValue() {
    assertEquals(
        "name must be a String, got the Integer 7",
        refused(
            IllegalArgumentException.class,
            () -> new Probe(7, 1L, true, NicDuplex.NIC_DUPLEX_FULL, 0.0)));
    assertEquals(
        "count must be a Long, got the Integer 1",
        refused(
            IllegalArgumentException.class,
            () -> new Probe("x", 1, true, NicDuplex.NIC_DUPLEX_FULL, 0.0)));
    assertEquals(
        "duplex must be a NicDuplex, got the AddressFamily AF_INET",
        refused(
            IllegalArgumentException.class,
            () -> new Probe("x", 1L, true, AddressFamily.AF_INET, 0.0)));
    assertEquals(
        "limit must be a Double, got the Long 5",
        refused(IllegalArgumentException.class, () -> CgroupCpu.of(Map.of(CgroupCpu.LIMIT, 5L))));
    assertEquals(
        "max is not a field of scgroupcpu",
        refused(IllegalArgumentException.class, () -> CgroupCpu.of(Map.of(CgroupMemory.MAX, 5L))));
    assertEquals(
        "probe needs 5 fields, got 2",
        refused(IllegalArgumentException.class, () -> new Probe("x", 1L)));
  }

  @Test
  void aNumberBelowItsLeastIsRefusedNamingTheFieldAndTheValue() {
    assertEquals(
        "current must be >= 0, got -1",
        refused(IllegalArgumentException.class, () -> Fan.of("fan1", -1)));
    assertEquals(
        "percent must be >= 0, got -0.5",
        refused(IllegalArgumentException.class, () -> Battery.of(-0.5, 60, null)));
    assertEquals(
        "soft must be >= -1, got -2",
        refused(IllegalArgumentException.class, () -> ResourceLimit.of(-2, -1)));
    assertEquals(
        "fd must be >= -1, got -2",
        refused(
            IllegalArgumentException.class,
            () -> Connection.unix(-2, SocketType.SOCK_STREAM, "", null)));
    assertEquals(
        "rbytes must be >= 0, got -1",
        refused(IllegalArgumentException.class, () -> CgroupIo.of("8:0", -1L, null, null, null)));
    // what the table says may be below zero is taken: -1 is RLIM_INFINITY, degrees have a sign
    assertEquals(-1, ResourceLimit.of(-1, -1).hard());
    assertEquals(
        -12.5, new Probe("x", 0L, null, NicDuplex.NIC_DUPLEX_HALF, -12.5).asDict().get("degrees"));
    assertEquals(-5.0, Temperature.of("ambient", -5.0, null, null).current());
  }

  @Test
  void nullIsRefusedWhereTheTableSaysNotNamingTheField() {
    assertEquals(
        "label must not be null", refused(NullPointerException.class, () -> Fan.of(null, 1200)));
    assertEquals(
        "duplex must not be null",
        refused(NullPointerException.class, () -> NicStats.of(true, null, 1000, 1500, "up")));
    assertEquals(
        "source must not be null",
        refused(NullPointerException.class, () -> CtxSwitchesAllThreads.of(1, 2, null)));
    assertEquals(
        "name must not be null",
        refused(
            NullPointerException.class,
            () -> new Probe(null, 1L, true, NicDuplex.NIC_DUPLEX_FULL, 0.0)));
    // a nullable field takes null, psutil's None
    Probe probe = new Probe("x", 1L, null, NicDuplex.NIC_DUPLEX_FULL, 0.0);
    assertTrue(probe.asDict().containsKey("plugged"));
    assertEquals(null, probe.asDict().get("plugged"));
    assertEquals(Optional.empty(), CpuFreq.of(2400.0, null, null).min());
  }

  @Test
  void enumFieldsShowAsPsutilShowsThem() {
    Probe probe = new Probe("eth0", 3L, true, NicDuplex.NIC_DUPLEX_FULL, 1.5);
    assertEquals(
        "probe(name='eth0', count=3, plugged=True, duplex=<NicDuplex.NIC_DUPLEX_FULL: 2>,"
            + " degrees=1.5)",
        probe.toString());
    assertEquals(List.of("eth0", 3L, true, 2, 1.5), List.copyOf(probe.asDict().values()));
    assertEquals(
        "sconn(fd=4, family=<AddressFamily.AF_INET6: 10>, type=<SocketKind.SOCK_DGRAM: 2>,"
            + " laddr=addr(ip='::1', port=53), raddr=(), status='NONE', pid=None)",
        Connection.inet(
                4,
                AddressFamily.AF_INET6,
                SocketType.SOCK_DGRAM,
                Connection.Addr.of("::1", 53),
                null,
                ConnectionStatus.CONN_NONE,
                null)
            .toString());
    assertEquals(
        "pctxsw_all_threads(voluntary=1, involuntary=2, source='getrusage')",
        CtxSwitchesAllThreads.of(1, 2, CtxSwitchesAllThreads.Source.GETRUSAGE).toString());
    assertEquals(
        "sbattery(percent=50.0, secsleft=-2, power_plugged=True)",
        Battery.of(50.0, BatteryTime.POWER_TIME_UNLIMITED, true).toString());
  }

  @Test
  void aProcessSocketHasNoPidField() {
    Connection socket = Connection.unix(5, SocketType.SOCK_STREAM, "/run/x.sock", 42);
    Connection ofProcess = socket.withoutPid();
    assertEquals(Optional.of(42), socket.pid());
    assertEquals(Optional.empty(), ofProcess.pid());
    assertFalse(ofProcess.asDict().containsKey("pid"));
    assertEquals(Optional.of("/run/x.sock"), ofProcess.path());
    assertNotEquals(socket, ofProcess);
  }

  /**
   * The number values' tables say each field's unit: the percentages are the fields psutil names
   * so, and a value read from this machine holds each field as the number its table says.
   */
  @Test
  void numberFieldsSayTheirUnitAndHoldItsNumber() {
    Map<NamedTuple, List<TupleField<?>>> read = new LinkedHashMap<>();
    read.put(Psutil.virtualMemory(), VirtualMemory.FIELDS);
    read.put(Psutil.swapMemory(), SwapMemory.FIELDS);
    read.put(Psutil.diskUsage("/"), DiskUsage.FIELDS);
    read.put(Psutil.cpuTimes(), CpuTimes.FIELDS);
    read.put(Psutil.getloadavg(), LoadAverage.FIELDS);
    read.put(Process.current().cpuTimes(), ProcessCpuTimes.FIELDS);
    read.put(Process.current().threads().get(0), ThreadTimes.FIELDS);
    read.put(PsiLine.of(0.5, 0.25, 0.0, 7L), PsiLine.FIELDS);
    read.put(Process.current().memoryInfo(), MemoryInfo.FIELDS);
    read.put(Process.current().numCtxSwitches(), CtxSwitches.FIELDS);
    for (Map.Entry<NamedTuple, List<TupleField<?>>> value : read.entrySet()) {
      List<Object> numbers = List.copyOf(value.getKey().asDict().values());
      List<TupleField<?>> table = value.getValue();
      assertEquals(table.size(), numbers.size(), value.getKey().toString());
      for (int i = 0; i < table.size(); i++) {
        TupleField<?> field = table.get(i);
        boolean named = field.key().equals("percent") || field.key().startsWith("avg");
        assertEquals(named, field.unit().equals(Optional.of(Unit.PERCENT)), field.key());
        assertTrue(field.unit().isPresent(), field.key());
        assertEquals(field.type(), numbers.get(i).getClass(), field.key());
      }
    }
    assertEquals("bytes", VirtualMemory.TOTAL.unit().orElseThrow().label());
    assertEquals(Optional.of(Unit.SECONDS), CpuTimes.IOWAIT.unit());
    assertEquals(Optional.of(Unit.ID), ThreadTimes.ID.unit());
    assertEquals("microseconds", PsiLine.TOTAL.unit().orElseThrow().label());
    assertEquals("MHz", CpuFreq.CURRENT.unit().orElseThrow().label());
    assertEquals(Optional.empty(), Uname.RELEASE.unit());
  }

  /** This machine's mounts, NICs and sessions, read twice: the values compare and hash alike. */
  @Test
  void valuesReadAlikeFromTheKernelAreEqual() {
    assertReadAlike(Psutil.diskPartitions(true), Psutil.diskPartitions(true));
    assertReadAlike(Psutil.netIfStats(), Psutil.netIfStats());
    assertReadAlike(Psutil.netIfAddrs(), Psutil.netIfAddrs());
    assertReadAlike(Psutil.users(), Psutil.users());
    assertFalse(Psutil.diskPartitions(true).isEmpty(), "no mount read");
  }

  private static void assertReadAlike(Object first, Object second) {
    assertEquals(first, second);
    assertEquals(first.hashCode(), second.hashCode());
    assertEquals(first.toString(), second.toString());
  }
}
