package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every named tuple has one shape: two values built from the same fields are equal, hash alike and
 * print the same repr; a value built from other fields is not equal. Every public value class of
 * io.psutil4j must have a sample here, so a new one cannot skip the check.
 */
class NamedTupleShapeTest {
  /** A sample per value class: the argument picks the numbers, so 1 and 2 give unequal values. */
  private static final Map<Class<?>, LongFunction<NamedTuple>> SAMPLES = new LinkedHashMap<>();

  private static void sample(Class<? extends NamedTuple> type, LongFunction<NamedTuple> build) {
    SAMPLES.put(type, build);
  }

  static {
    sample(CpuTimes.class, n -> CpuTimes.of(n, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    sample(CpuStats.class, n -> CpuStats.of(n, 2, 3, 4));
    sample(CpuFreq.class, n -> CpuFreq.of(n * 1000.0, 800.0, null));
    sample(LoadAverage.class, n -> LoadAverage.of(n * 0.5, 0.25, 0.0));
    sample(VirtualMemory.class, n -> VirtualMemory.of(1000 * n, 400, 100, 1, 2, 3, 4, 5, 6));
    sample(SwapMemory.class, n -> SwapMemory.of(100 * n, 50, 1, 2));
    sample(DiskPartition.class, n -> DiskPartition.of("/dev/sda" + n, "/", "ext4", "rw"));
    sample(DiskUsage.class, n -> DiskUsage.of(100 * n, 40, 60));
    sample(DiskIoCounters.class, n -> DiskIoCounters.of(n, 2, 3, 4, 5, 6, 7, 8, 9));
    sample(NetIoCounters.class, n -> NetIoCounters.of(n, 2, 3, 4, 5, 6, 7, 8));
    sample(
        NicAddress.class,
        n -> NicAddress.of(AddressFamily.AF_INET, "10.0.0." + n, "255.0.0.0", null, null));
    sample(NicStats.class, n -> NicStats.of(true, NicDuplex.NIC_DUPLEX_FULL, 1000, (int) n, "up"));
    sample(
        Connection.class,
        n ->
            Connection.inet(
                3,
                AddressFamily.AF_INET,
                SocketType.SOCK_STREAM,
                Connection.Addr.of("127.0.0.1", (int) n),
                null,
                ConnectionStatus.CONN_LISTEN,
                42));
    sample(Temperature.class, n -> Temperature.of("Core " + n, 40.0, 80.0, null));
    sample(Fan.class, n -> Fan.of("fan" + n, 1200));
    sample(Battery.class, n -> Battery.of(n * 10.0, 3600, Boolean.FALSE));
    sample(User.class, n -> User.of("root", "pts/" + n, "", 1.5, 7));
    sample(Uname.class, n -> Uname.of("Linux", "host" + n, "6.1", "#1", "x86_64"));
    sample(Uids.class, n -> Uids.of(n, 2, 3));
    sample(Gids.class, n -> Gids.of(n, 2, 3));
    sample(ProcessCpuTimes.class, n -> ProcessCpuTimes.of(n, 2, 3, 4, 5));
    sample(ThreadTimes.class, n -> ThreadTimes.of((int) n, 0.5, 0.25));
    sample(CtxSwitches.class, n -> CtxSwitches.of(n, 2));
    sample(
        CtxSwitchesAllThreads.class,
        n -> CtxSwitchesAllThreads.of(n, 2, CtxSwitchesAllThreads.Source.GETRUSAGE));
    sample(PageFaults.class, n -> PageFaults.of(n, 2));
    sample(MemoryInfo.class, n -> MemoryInfo.of(4096 * n, 8192, 0, 4096, 4096));
    sample(MemoryFootprint.class, n -> MemoryFootprint.of(n, 2, 3));
    sample(
        MemoryFullInfo.class,
        n -> MemoryFullInfo.of(MemoryInfo.of(n, 2, 3, 4, 5), MemoryFootprint.of(1, 2, 3)));
    sample(
        MemoryInfoEx.class,
        n -> MemoryInfoEx.of(MemoryInfo.of(n, 2, 3, 4, 5), 6, 7, 8, 9, 10, 11, 12));
    sample(
        MemoryMap.class,
        n -> MemoryMap.grouped("/lib/libc.so." + n, new long[MemoryMap.FIELDS.size()]));
    sample(HeapInfo.class, n -> HeapInfo.of(n, 2));
    sample(IoCounters.class, n -> IoCounters.of(n, 2, 3, 4, 5, 6));
    sample(IoNice.class, n -> IoNice.of(ProcessIOPriority.IOPRIO_CLASS_BE, (int) n));
    sample(OpenFile.class, n -> OpenFile.of("/tmp/f" + n, 3, 0, "r", 0));
    sample(ResourceLimit.class, n -> ResourceLimit.of(n, 10));
    sample(PsiLine.class, NamedTupleShapeTest::psiLine);
    sample(Psi.class, n -> Psi.of(psiLine(n), null));
    sample(PressureInfo.class, n -> PressureInfo.of(null, null, Psi.of(null, psiLine(n)), null));
    sample(
        CgroupCpu.class,
        n -> CgroupCpu.of(Map.of(CgroupCpu.QUOTA_USEC, n * 1000, CgroupCpu.LIMIT, n * 0.01)));
    sample(
        CgroupMemory.class,
        n -> CgroupMemory.of(Map.of(CgroupMemory.CURRENT, n, CgroupMemory.MAX, 10L)));
    sample(CgroupIo.class, n -> CgroupIo.of("8:" + n, 1L, null, null, null));
    sample(
        CgroupInfo.class,
        n ->
            CgroupInfo.of(
                "v2",
                Map.of("", "/user.slice"),
                null,
                CgroupMemory.of(Map.of(CgroupMemory.CURRENT, n)),
                n,
                null,
                null,
                null));
  }

  private static PsiLine psiLine(long n) {
    return PsiLine.of(n * 0.5, 0.0, 0.0, n);
  }

  @Test
  void everyValueClassHasASample() throws IOException, URISyntaxException {
    TreeSet<String> missing = new TreeSet<>();
    for (Class<?> type : valueClasses()) {
      if (!SAMPLES.containsKey(type)) {
        missing.add(type.getSimpleName());
      }
    }
    assertEquals(new TreeSet<>(), missing, "value classes without a sample in this test");
  }

  @Test
  void equalFieldsMakeEqualValuesWithOneHashAndOneRepr() {
    for (Map.Entry<Class<?>, LongFunction<NamedTuple>> e : SAMPLES.entrySet()) {
      String type = e.getKey().getSimpleName();
      NamedTuple a = e.getValue().apply(1);
      NamedTuple same = e.getValue().apply(1);
      assertTrue(a != same, type);
      assertEquals(a, same, type);
      assertEquals(a.hashCode(), same.hashCode(), type);
      assertEquals(a.asDict(), same.asDict(), type);
      assertEquals(a.toString(), same.toString(), type);
      assertEquals(a, a, type);
      assertNotEquals(null, a, type);
    }
  }

  @Test
  void otherFieldsMakeAnUnequalValueWithAnotherDictAndRepr() {
    for (Map.Entry<Class<?>, LongFunction<NamedTuple>> e : SAMPLES.entrySet()) {
      String type = e.getKey().getSimpleName();
      NamedTuple a = e.getValue().apply(1);
      NamedTuple other = e.getValue().apply(2);
      assertNotEquals(a, other, type);
      assertNotEquals(a.asDict(), other.asDict(), type);
      assertNotEquals(a.toString(), other.toString(), type);
    }
  }

  @Test
  void theReprShowsEveryFieldOfTheDictInItsOrder() {
    for (Map.Entry<Class<?>, LongFunction<NamedTuple>> e : SAMPLES.entrySet()) {
      NamedTuple a = e.getValue().apply(1);
      String repr = a.toString();
      int at = 0;
      for (String field : a.asDict().keySet()) {
        int found = repr.indexOf(field + "=", at);
        if (a instanceof LoadAverage) {
          break; // psutil's getloadavg() is a plain tuple: (1.0, 0.5, 0.25), no names
        }
        assertTrue(found >= 0, e.getKey().getSimpleName() + " repr lacks " + field + ": " + repr);
        at = found;
      }
    }
  }

  /**
   * Every value publishes its field table as {@code FIELDS}, read-only, and its dict is that table
   * key for key, in order (a memory map puts its address, permissions and path before the sizes).
   */
  @Test
  void everyValuesDictIsItsPublicFieldTable() throws ReflectiveOperationException {
    for (Map.Entry<Class<?>, LongFunction<NamedTuple>> e : SAMPLES.entrySet()) {
      String type = e.getKey().getSimpleName();
      List<?> table = (List<?>) e.getKey().getField("FIELDS").get(null);
      List<String> keys = new ArrayList<>();
      for (Object field : table) {
        keys.add(((TupleField<?>) field).key());
      }
      List<String> dict = new ArrayList<>(e.getValue().apply(1).asDict().keySet());
      assertEquals(keys, dict.subList(dict.size() - keys.size(), dict.size()), type);
      assertThrows(UnsupportedOperationException.class, () -> table.remove(0), type);
    }
  }

  @Test
  void aValueNeverEqualsAValueOfAnotherTypeWithTheSameDict() {
    Uids uids = Uids.of(1, 2, 3);
    Gids gids = Gids.of(1, 2, 3);
    assertEquals(uids.asDict(), gids.asDict());
    assertNotEquals(uids, gids);
  }

  /** The concrete public NamedTuple classes of io.psutil4j, from the compiled classes. */
  private static List<Class<?>> valueClasses() throws IOException, URISyntaxException {
    Path dir =
        Paths.get(NamedTuple.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve("io/psutil4j");
    List<Class<?>> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".class") || name.contains("$")) {
          continue;
        }
        Class<?> type;
        try {
          type = Class.forName("io.psutil4j." + name.substring(0, name.length() - 6));
        } catch (ClassNotFoundException e) {
          throw new IOException(e);
        }
        if (NamedTuple.class.isAssignableFrom(type)
            && Modifier.isPublic(type.getModifiers())
            && !Modifier.isAbstract(type.getModifiers())) {
          found.add(type);
        }
      }
    }
    assertTrue(found.size() > 30, "found only " + found);
    return found;
  }
}
