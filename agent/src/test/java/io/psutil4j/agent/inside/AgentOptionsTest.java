package io.psutil4j.agent.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.jmx.ControlsPolicy;
import io.psutil4j.jmx.MBeanGroup;
import io.psutil4j.jmx.NamePatterns;
import io.psutil4j.jmx.ScaleOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class AgentOptionsTest {
  private final ByteArrayOutputStream warnings = new ByteArrayOutputStream();
  private final PrintStream sink = new PrintStream(warnings, true, StandardCharsets.UTF_8);

  private String warned() {
    return warnings.toString(StandardCharsets.UTF_8);
  }

  @Test
  void defaultsWhenNothingIsGiven() {
    AgentOptions o = AgentOptions.parse(null, new Properties(), sink);
    assertEquals("psutil4j", o.domain());
    assertFalse(o.controls());
    assertEquals(1000, o.cacheMillis());
    assertEquals(0, o.delaySeconds());
    assertEquals(EnumSet.allOf(MBeanGroup.class), o.groups());
    assertEquals("", warned());
  }

  @Test
  void jfrEventsAreOffUnlessAskedFor() {
    assertFalse(AgentOptions.parse(null, new Properties(), sink).jfr());
    assertTrue(AgentOptions.parse("jfr=true", new Properties(), sink).jfr());
    Properties p = new Properties();
    p.setProperty("psutil4j.jfr", "TRUE");
    assertTrue(AgentOptions.parse(null, p, sink).jfr());
    assertEquals("", warned());

    assertFalse(AgentOptions.parse("jfr=yes", new Properties(), sink).jfr());
    assertEquals(1, warned().split("\n").length, warned());
    assertTrue(warned().contains("'jfr=yes': must be true or false; using false"), warned());
  }

  @Test
  void mbeansChoosesGroupsIgnoringCaseAndExcludeTakesAway() {
    AgentOptions only = AgentOptions.parse("mbeans=cpu+Memory+PROCESS", new Properties(), sink);
    assertEquals(EnumSet.of(MBeanGroup.CPU, MBeanGroup.MEMORY, MBeanGroup.PROCESS), only.groups());
    assertEquals(only.groups(), only.jmxConfig().groups());

    Properties p = new Properties();
    p.setProperty("psutil4j.exclude", "PerCpu+Threads");
    AgentOptions most = AgentOptions.parse(null, p, sink);
    EnumSet<MBeanGroup> expected = EnumSet.allOf(MBeanGroup.class);
    expected.removeAll(EnumSet.of(MBeanGroup.PER_CPU, MBeanGroup.THREADS));
    assertEquals(expected, most.groups());
    assertFalse(most.jmxConfig().registers(MBeanGroup.CONTROLS), "Controls still needs controls");
    assertEquals("", warned());
  }

  @Test
  void unknownGroupsAreNamedInOneLineAndTheKnownOnesKept() {
    AgentOptions o = AgentOptions.parse("mbeans=Cpu+Bogus+Memry", new Properties(), sink);
    assertEquals(EnumSet.of(MBeanGroup.CPU), o.groups());
    assertEquals(1, warned().split("\n").length, warned());
    assertTrue(warned().contains("'mbeans=Cpu+Bogus+Memry'"), warned());
    assertTrue(warned().contains("[Bogus, Memry]"), warned());
    assertTrue(warned().contains("using Cpu"), warned());
  }

  @Test
  void aChoiceThatLeavesNothingWarnsAndRegistersWhatItCan() {
    AgentOptions none = AgentOptions.parse("mbeans=Nope", new Properties(), sink);
    assertEquals(EnumSet.allOf(MBeanGroup.class), none.groups());
    assertTrue(warned().contains("using all"), warned());

    warnings.reset();
    AgentOptions empty = AgentOptions.parse("mbeans=Memory,exclude=Memory", new Properties(), sink);
    assertEquals(EnumSet.of(MBeanGroup.MEMORY), empty.groups());
    assertEquals(1, warned().split("\n").length, warned());
    assertTrue(warned().contains("'exclude=Memory'"), warned());
  }

  @Test
  void optionsWinOverPropertiesWhichWinOverDefaults() {
    Properties p = new Properties();
    p.setProperty("psutil4j.domain", "fromprop");
    p.setProperty("psutil4j.cache", "250");
    p.setProperty("unrelated.cache", "1");
    AgentOptions o = AgentOptions.parse("domain=fromargs, controls=TRUE", p, sink);
    assertEquals("fromargs", o.domain());
    assertTrue(o.controls());
    assertEquals(250, o.cacheMillis());
    assertEquals("", warned());
  }

  @Test
  void everyBadOptionIsOneLineNamingItAndFallsBack() {
    AgentOptions o =
        AgentOptions.parse(
            "cache=-1,delay=x,controls=yes,domain=a:b,nokey,zap=1", new Properties(), sink);
    String[] lines = warned().split("\n");
    assertEquals(6, lines.length, warned());
    assertTrue(warned().contains("'cache=-1'"));
    assertTrue(warned().contains("'delay=x'"));
    assertTrue(warned().contains("'controls=yes'"));
    assertTrue(warned().contains("'domain=a:b'"));
    assertTrue(warned().contains("'nokey'"));
    assertTrue(warned().contains("'zap=1'"));
    assertEquals(1000, o.cacheMillis());
    assertEquals(0, o.delaySeconds());
    assertFalse(o.controls());
    assertEquals("psutil4j", o.domain());
  }

  @Test
  void alertThresholdsReachTheJmxConfigAndBadOnesKeepTheirDefaults() {
    Properties p = new Properties();
    p.setProperty("psutil4j.alert.pressure", "25");
    AgentOptions o =
        AgentOptions.parse("alert.memory=80,alert.throttling=0.5,alert.fds=75", p, sink);
    assertEquals(80.0, o.jmxConfig().memoryNearLimitPercent());
    assertEquals(0.5, o.jmxConfig().throttledRatio());
    assertEquals(25.0, o.jmxConfig().pressureSomeAvg10Percent());
    assertEquals(75.0, o.jmxConfig().openFilesNearLimitPercent());
    assertEquals("", warned());

    AgentOptions bad =
        AgentOptions.parse(
            "alert.memory=0,alert.throttling=1.5,alert.pressure=lots", new Properties(), sink);
    assertEquals(3, warned().split("\n").length, warned());
    assertTrue(warned().contains("'alert.memory=0'"), warned());
    assertTrue(warned().contains("'alert.throttling=1.5'"), warned());
    assertTrue(warned().contains("'alert.pressure=lots'"), warned());
    assertEquals(90.0, bad.jmxConfig().memoryNearLimitPercent());
    assertEquals(0.25, bad.jmxConfig().throttledRatio());
    assertEquals(40.0, bad.jmxConfig().pressureSomeAvg10Percent());
  }

  @Test
  void controlsOptionsShapeThePolicyAndTheLineOfOptionsInEffect() {
    Properties p = new Properties();
    p.setProperty("psutil4j.controls.log", "/tmp/psutil4j-controls.log");
    AgentOptions o =
        AgentOptions.parse("controls=true,controls.scope=ANY,controls.self=true", p, sink);
    ControlsPolicy policy = o.jmxConfig().controlsPolicy();
    assertTrue(policy.enabled());
    assertEquals(ControlsPolicy.Scope.ANY, policy.scope());
    assertTrue(policy.selfAllowed());
    assertEquals(Paths.get("/tmp/psutil4j-controls.log"), policy.log());
    assertTrue(
        o.inEffect()
            .startsWith(
                "domain=psutil4j, controls=true, controls.scope=any, controls.self=true,"
                    + " controls.log=/tmp/psutil4j-controls.log, heapTrim=true,"),
        o.inEffect());
    assertEquals("", warned());

    AgentOptions trimOnly = AgentOptions.parse("heapTrim=true", new Properties(), sink);
    assertFalse(trimOnly.controls());
    assertTrue(trimOnly.jmxConfig().controlsPolicy().heapTrimAllowed());
    assertFalse(
        AgentOptions.parse(null, new Properties(), sink)
            .jmxConfig()
            .controlsPolicy()
            .heapTrimAllowed());
  }

  @Test
  void badControlsOptionsWarnAndKeepTheSafeDefaults() {
    AgentOptions o =
        AgentOptions.parse(
            "controls.scope=all,controls.self=maybe,controls.log=relative.log,heapTrim=1",
            new Properties(),
            sink);
    ControlsPolicy policy = o.jmxConfig().controlsPolicy();
    assertEquals(ControlsPolicy.Scope.DESCENDANTS, policy.scope());
    assertFalse(policy.selfAllowed());
    assertEquals(null, policy.log());
    assertFalse(policy.heapTrimAllowed());
    assertEquals(4, warned().split("\n").length, warned());
    assertTrue(warned().contains("'controls.log=relative.log': must be an absolute"), warned());

    warnings.reset();
    AgentOptions.parse("controls.log=/no/such/dir/controls.log", new Properties(), sink);
    assertTrue(warned().contains("its directory does not exist"), warned());
  }

  @Test
  void thousandsOfBadItemsGiveTenLinesAndOneSummary() {
    StringBuilder options = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      options.append(i == 0 ? "" : ",").append("bad").append(i).append("=x");
    }
    AgentOptions.parse(options.toString(), new Properties(), sink);
    String[] lines = warned().split("\n");
    assertEquals(Warnings.MAX_LINES + 1, lines.length, warned());
    assertTrue(lines[0].contains("'bad0=x'"), lines[0]);
    assertEquals(
        "psutil4j: 4990 more warnings about the options not shown (5000 in all); their defaults"
            + " are used",
        lines[Warnings.MAX_LINES]);
  }

  @Test
  void scaleOptionsReachTheJmxConfig() {
    AgentOptions o =
        AgentOptions.parse(
            "entities.max=32,threads.max=10,footprint.interval=60000,nics.exclude=veth*+tap*,"
                + "mounts.include=/data/*,disks.exclude=",
            new Properties(),
            sink);
    ScaleOptions s = o.jmxConfig().scale();
    assertEquals(32, s.entityMax());
    assertEquals(10, s.threadsTableMax());
    assertEquals(60000, s.footprintIntervalMillis());
    assertEquals(List.of("veth*", "tap*"), s.nics().exclude());
    assertTrue(s.nics().matches("cali0"), "the default NIC excludes were replaced");
    assertFalse(s.nics().matches("tap3"));
    assertEquals(List.of("/data/*"), s.mounts().include());
    assertEquals(NamePatterns.DEFAULT_MOUNT_EXCLUDES, s.mounts().exclude(), "kept");
    assertTrue(s.disks().matches("loop0"), "an empty exclude list leaves nothing out");
    assertEquals("", warned());
  }

  @Test
  void scaleDefaultsLeaveContainerPlumbingOut() {
    ScaleOptions s = AgentOptions.parse(null, new Properties(), sink).jmxConfig().scale();
    assertEquals(256, s.entityMax());
    assertEquals(30_000, s.footprintIntervalMillis());
    for (String nic : List.of("veth1a2b", "cali123", "flannel.1", "cni0", "docker0")) {
      assertFalse(s.nics().matches(nic), nic);
    }
    assertTrue(s.nics().matches("eth0"));
    String inEffect = AgentOptions.parse(null, new Properties(), sink).inEffect();
    assertTrue(
        inEffect.contains(", entities.max=256, mounts.include=*, mounts.exclude=")
            && inEffect.contains(", nics.exclude=veth*+")
            && inEffect.endsWith(", threads.max=100, footprint.interval=30000"),
        inEffect);
    assertFalse(s.mounts().matches("/var/lib/kubelet/pods/uid/volumes/kubernetes.io~csi/pv/mount"));
    assertTrue(s.mounts().matches("/"));
    assertFalse(s.disks().matches("loop7"));
    assertTrue(s.disks().matches("nvme0n1"));
  }

  @Test
  void aBadScaleValueCostsOneLineNamingItAndKeepsTheDefault() {
    ScaleOptions s =
        AgentOptions.parse(
                "entities.max=-1,threads.max=lots,footprint.interval=99999999999,"
                    + "nics.include=,mounts.exclude=/a+",
                new Properties(),
                sink)
            .jmxConfig()
            .scale();
    assertEquals(ScaleOptions.defaults().entityMax(), s.entityMax());
    assertEquals(ScaleOptions.defaults().threadsTableMax(), s.threadsTableMax());
    assertEquals(ScaleOptions.defaults().footprintIntervalMillis(), s.footprintIntervalMillis());
    assertEquals(NamePatterns.ALL, s.nics().include());
    assertEquals(NamePatterns.DEFAULT_MOUNT_EXCLUDES, s.mounts().exclude());
    String[] lines = warned().split("\n");
    assertEquals(5, lines.length, warned());
    assertTrue(lines[0].contains("'entities.max=-1'"), lines[0]);
    assertTrue(lines[1].contains("'threads.max=lots'"), lines[1]);
    assertTrue(lines[2].contains("'footprint.interval=99999999999'"), lines[2]);
    assertTrue(lines[3].contains("'nics.include='"), lines[3]);
    assertTrue(lines[4].contains("'mounts.exclude=/a+'") && lines[4].contains("empty"), lines[4]);
  }

  @Test
  void theCostlySourcesIntervalsReachTheJmxConfigWithTheirDefaultsSaid() {
    ScaleOptions defaults = AgentOptions.parse(null, new Properties(), sink).jmxConfig().scale();
    assertEquals(5_000, defaults.threadsIntervalMillis());
    assertEquals(10_000, defaults.socketsIntervalMillis());
    assertEquals(10_000, defaults.mountsIntervalMillis());
    assertEquals(10_000, defaults.nicsIntervalMillis());
    assertTrue(
        AgentOptions.parse(null, new Properties(), sink)
            .inEffect()
            .contains(
                ", threads.interval=5000, sockets.interval=10000, mounts.interval=10000,"
                    + " nics.interval=10000, "));

    Properties p = new Properties();
    p.setProperty("psutil4j.nics.interval", "0");
    ScaleOptions s =
        AgentOptions.parse(
                "threads.interval=1000,sockets.interval=60000,mounts.interval=86400000", p, sink)
            .jmxConfig()
            .scale();
    assertEquals(1_000, s.threadsIntervalMillis());
    assertEquals(60_000, s.socketsIntervalMillis());
    assertEquals(86_400_000, s.mountsIntervalMillis());
    assertEquals(0, s.nicsIntervalMillis());
    assertEquals("", warned());
  }

  @Test
  void aBadIntervalCostsOneLineNamingItAndKeepsTheDefault() {
    ScaleOptions s =
        AgentOptions.parse(
                "threads.interval=-5,sockets.interval=soon,mounts.interval=86400001,"
                    + "nics.interval=1.5",
                new Properties(),
                sink)
            .jmxConfig()
            .scale();
    assertEquals(ScaleOptions.DEFAULT_THREADS_INTERVAL_MILLIS, s.threadsIntervalMillis());
    assertEquals(ScaleOptions.DEFAULT_SOCKETS_INTERVAL_MILLIS, s.socketsIntervalMillis());
    assertEquals(ScaleOptions.DEFAULT_MOUNTS_INTERVAL_MILLIS, s.mountsIntervalMillis());
    assertEquals(ScaleOptions.DEFAULT_NICS_INTERVAL_MILLIS, s.nicsIntervalMillis());
    String[] lines = warned().split("\n");
    assertEquals(4, lines.length, warned());
    assertTrue(lines[0].contains("'threads.interval=-5'"), lines[0]);
    assertTrue(lines[1].contains("'sockets.interval=soon'"), lines[1]);
    assertTrue(lines[2].contains("'mounts.interval=86400001'"), lines[2]);
    assertTrue(lines[3].contains("'nics.interval=1.5'"), lines[3]);
    assertTrue(lines[0].contains("from 0 to 86400000"), lines[0]);
  }

  @Test
  void scaleOptionsRejectABadIntervalNamingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScaleOptions.defaults().withSocketsIntervalMillis(-1));
    assertTrue(e.getMessage().contains("sockets interval") && e.getMessage().contains("-1"));
  }
}
