package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The cgroup and PSI values: validation naming the field, empty for max, psutil-style dicts. */
class CgroupValuesTest {
  @Test
  void aNegativeFieldIsRefusedByName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CgroupMemory.of(Map.of(CgroupMemory.CURRENT, -5L)));
    assertTrue(e.getMessage().contains("current") && e.getMessage().contains("-5"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CgroupCpu.of(Map.of(CgroupCpu.LIMIT, Double.NaN)));
    assertTrue(e.getMessage().contains("limit"), e.getMessage());
  }

  @Test
  void aFieldGivenANumberOfAnotherTypeIsRefusedByName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> CgroupCpu.of(Map.of(CgroupCpu.LIMIT, 2L)));
    assertTrue(
        e.getMessage().contains("limit")
            && e.getMessage().contains("Double")
            && e.getMessage().contains("2"),
        e.getMessage());
  }

  @Test
  void theWorkingSetIsComputedFromUsageAndInactiveFileWhateverIsGiven() {
    CgroupMemory memory =
        CgroupMemory.of(
            Map.of(
                CgroupMemory.CURRENT,
                100L,
                CgroupMemory.INACTIVE_FILE,
                30L,
                CgroupMemory.WORKING_SET,
                5L));
    assertEquals(OptionalLong.of(70), memory.workingSet());
    assertEquals(70L, memory.asDict().get("working_set"));
    assertEquals(
        OptionalLong.empty(), CgroupMemory.of(Map.of(CgroupMemory.CURRENT, 100L)).workingSet());
  }

  @Test
  void aPsiLineNamesItsNegativeFieldAndTakesNullForOneTheLineLacks() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PsiLine.of(1.0, -0.5, 0.0, 7L));
    assertEquals("avg60 must be >= 0, got -0.5", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> PsiLine.of(null, null, null, -3L));
    assertEquals("total must be >= 0, got -3", e.getMessage());
    PsiLine line = PsiLine.of(null, 2.0, null, 9L);
    assertEquals(OptionalDouble.empty(), line.avg10());
    assertEquals(OptionalDouble.of(2.0), line.avg60());
    assertEquals(OptionalLong.of(9), line.total());
  }

  @Test
  void aWorkingSetGivenIsNeitherKeptNorChecked() {
    CgroupMemory memory =
        CgroupMemory.of(Map.of(CgroupMemory.WORKING_SET, -5L, CgroupMemory.CURRENT, 100L));
    assertEquals(OptionalLong.empty(), memory.workingSet());
    assertEquals(OptionalLong.of(100), memory.current());
  }

  @Test
  void thePathsAreACopyNothingChangesAndAValuesPathsAreTakenAsTheyAre() {
    Map<String, String> given = new LinkedHashMap<>();
    given.put("unified", "/user.slice");
    given.put("memory", "/a");
    CgroupInfo info = CgroupInfo.of("hybrid", given, null, null, null, null, null, null);
    given.put("cpu", "/b");
    assertEquals(Map.of("unified", "/user.slice", "memory", "/a"), info.paths());
    assertEquals(List.of("unified", "memory"), new ArrayList<>(info.paths().keySet()));
    assertEquals("{unified=/user.slice, memory=/a}", info.paths().toString());
    assertThrows(UnsupportedOperationException.class, () -> info.paths().put("cpu", "/b"));
    assertThrows(UnsupportedOperationException.class, () -> info.paths().clear());
    CgroupInfo next = CgroupInfo.of("hybrid", info.paths(), null, null, null, null, null, null);
    assertSame(info.paths(), next.paths());
    assertEquals(info, next);
  }

  @Test
  void noLimitIsEmptyAndNullInTheDictNeverASentinel() {
    CgroupCpu cpu = CgroupCpu.of(Map.of(CgroupCpu.PERIOD_USEC, 100_000L));
    assertEquals(OptionalLong.empty(), cpu.quotaUsec());
    assertEquals(OptionalDouble.empty(), cpu.limit());
    assertTrue(cpu.asDict().containsKey("quota_usec"));
    assertEquals(null, cpu.asDict().get("quota_usec"));
    assertEquals(100_000L, cpu.asDict().get("period_usec"));
  }

  @Test
  void dictsUseSnakeCaseNamesInDeclaredOrderAndNest() {
    CgroupInfo info =
        CgroupInfo.of(
            "v2",
            null,
            CgroupCpu.of(
                Map.of(
                    CgroupCpu.QUOTA_USEC,
                    50_000L,
                    CgroupCpu.PERIOD_USEC,
                    100_000L,
                    CgroupCpu.LIMIT,
                    0.5)),
            null,
            null,
            null,
            null,
            PressureInfo.of(Psi.of(PsiLine.of(1.5, 1.0, 0.5, 42L), null), null, null, null));
    List<String> keys = new ArrayList<>(info.asDict().keySet());
    assertEquals(
        List.of("version", "paths", "cpu", "memory", "pids_current", "pids_max", "io", "pressure"),
        keys);
    assertEquals(
        List.of(
            "quota_usec",
            "period_usec",
            "limit",
            "weight",
            "shares",
            "cpuset_cpus",
            "effective_cpus",
            "usage_usec",
            "user_usec",
            "system_usec",
            "nr_periods",
            "nr_throttled",
            "throttled_usec"),
        new ArrayList<>(info.cpu().get().asDict().keySet()));
    assertTrue(info.toString().startsWith("scgroup(version='v2', paths={}, cpu={quota_usec=50000"));
    assertTrue(
        info.toString().contains("pressure={cpu={some={avg10=1.5, avg60=1.0"), info.toString());
    assertEquals(List.of(), info.io());
  }
}
