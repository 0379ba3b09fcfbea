package io.psutil4j.linux.cgroup;

import io.psutil4j.linux.ParserFuzz;
import io.psutil4j.linux.parse.CpuList;
import java.util.LinkedHashMap;
import java.util.Map;

/** This package's parsers for the huge-input fuzz test, which lives beside the other parsers. */
public final class CgroupFuzzTargets {
  private CgroupFuzzTargets() {}

  /** Fixture file (scenario/path) to the parser that reads it. */
  public static Map<String, ParserFuzz.Parser> hugeInputParsers() {
    Map<String, ParserFuzz.Parser> p = new LinkedHashMap<>();
    String cg = "cgroup-v2-docker/";
    p.put(cg + "proc/self/cgroup", ProcCgroup::parse);
    p.put(cg + "proc/self/mountinfo", CgroupMounts::parse);
    p.put(cg + "sys/fs/cgroup/cpu.max", CpuMax::parse);
    p.put(cg + "sys/fs/cgroup/io.stat", IoStat::parse);
    p.put(cg + "sys/fs/cgroup/memory.stat", CgroupParserRobustnessTest::keyed);
    p.put(cg + "sys/fs/cgroup/memory.max", SingleValue::parse);
    p.put(cg + "sys/fs/cgroup/cpu.pressure", PressureFile::parse);
    p.put(cg + "sys/fs/cgroup/cpuset.cpus.effective", CpuList::count);
    return p;
  }
}
