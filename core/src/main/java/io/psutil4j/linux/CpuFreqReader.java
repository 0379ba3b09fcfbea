package io.psutil4j.linux;

import io.psutil4j.CpuFreq;
import io.psutil4j.linux.parse.CpuList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * psutil HEAD's {@code cpu_freq(percpu=True)}: one entry per online CPU. With cpufreq in sysfs,
 * each CPU is mapped to its policy through {@code affected_cpus} (a policy may govern several CPUs,
 * psutil #2512), current comes from /proc/cpuinfo when it lists exactly one MHz per mapped CPU (the
 * fast path of #1851) else {@code scaling_cur_freq}, and min/max are the scaling limits. Without
 * cpufreq, each cpuinfo MHz line gives (mhz, 0.0, 0.0). An offline CPU is skipped.
 */
final class CpuFreqReader {
  private final Path procRoot;
  private final Path cpuDir;

  // Resolved once: each refresh asks whether cpufreq is there (most VMs have none).
  private final Path policy0;
  private final Path cpu0Cpufreq;
  private final Path online;

  /** The last CPU-to-policy map, for the next refresh while the same CPUs are online. */
  private volatile @Nullable Policies policies;

  CpuFreqReader(Path procRoot, Path sysRoot) {
    this.procRoot = procRoot;
    this.cpuDir = sysRoot.resolve("devices/system/cpu");
    this.policy0 = cpuDir.resolve("cpufreq/policy0");
    this.cpu0Cpufreq = cpuDir.resolve("cpu0/cpufreq");
    this.online = cpuDir.resolve("online");
  }

  /**
   * Each CPU's policy directory, and the bytes of the online CPU list it was mapped for. Mapping
   * lists the policies and reads each one's affected_cpus, which change only when CPUs go on or
   * offline; a refresh reads the list and maps again only when it differs.
   */
  private static final class Policies {
    final byte[] online;
    final Map<Integer, Path> policyOf;

    Policies(byte[] online, Map<Integer, Path> policyOf) {
      this.online = online;
      this.policyOf = policyOf;
    }
  }

  List<CpuFreq> percpu() {
    try {
      List<Double> mhz = cpuinfoMhz();
      if (!KernelFiles.exists(policy0) && !KernelFiles.exists(cpu0Cpufreq)) {
        List<CpuFreq> out = new ArrayList<>();
        for (double m : mhz) {
          out.add(CpuFreq.of(m, 0.0, 0.0));
        }
        return Collections.unmodifiableList(out);
      }
      return fromSysfs(mhz);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<CpuFreq> fromSysfs(List<Double> mhz) throws IOException {
    Map<Integer, Path> policyOf = policies();
    boolean useCpuinfo = policyOf.size() == mhz.size();
    List<CpuFreq> out = new ArrayList<>();
    int index = 0;
    for (Map.Entry<Integer, Path> e : policyOf.entrySet()) {
      Path policy = e.getValue();
      Double current;
      if (useCpuinfo) {
        current = mhz.get(index);
      } else {
        current = khzToMhz(policy.resolve("scaling_cur_freq"));
        if (current == null) {
          current = khzToMhz(policy.resolve("cpuinfo_cur_freq"));
        }
      }
      index++;
      if (current == null) {
        if ("0".equals(text(cpuDir.resolve("cpu" + e.getKey()).resolve("online")))) {
          continue; // offline CPU (psutil #1071)
        }
        throw new UnsupportedOperationException(
            "cpu_freq: no scaling_cur_freq or cpuinfo_cur_freq in " + policy);
      }
      out.add(
          CpuFreq.of(
              current,
              khzToMhz(policy.resolve("scaling_min_freq")),
              khzToMhz(policy.resolve("scaling_max_freq"))));
    }
    return Collections.unmodifiableList(out);
  }

  /** The CPU-to-policy map: the last one while the online CPUs are the same, else mapped now. */
  private Map<Integer, Path> policies() throws IOException {
    byte[] nowOnline = onlineBytes();
    Policies known = policies;
    if (known != null && nowOnline != null && Arrays.equals(known.online, nowOnline)) {
      return known.policyOf;
    }
    Map<Integer, Path> policyOf = new TreeMap<>();
    mapPolicies(cpuDir.resolve("cpufreq"), "policy[0-9]*", "policy", policyOf);
    if (policyOf.isEmpty()) {
      mapPolicies(cpuDir, "cpu[0-9]*", "cpu", policyOf);
    }
    policyOf = Collections.unmodifiableMap(policyOf);
    // without an online list there is nothing to tell a change by: nothing is kept
    policies = nowOnline == null ? null : new Policies(nowOnline, policyOf);
    return policyOf;
  }

  private byte @Nullable [] onlineBytes() {
    try {
      return KernelFiles.read(online, (file, buf, len) -> Arrays.copyOf(buf, len));
    } catch (IOException e) {
      return null;
    }
  }

  /** Maps each CPU of each matching directory to it (the cpufreq subdir for cpuN dirs). */
  private static void mapPolicies(Path dir, String glob, String prefix, Map<Integer, Path> into)
      throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, glob)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        Path policy = prefix.equals("cpu") ? entry.resolve("cpufreq") : entry;
        if (!Files.isDirectory(policy)) {
          continue;
        }
        List<Integer> cpus = null;
        Path affected = policy.resolve("affected_cpus");
        if (Files.isReadable(affected)) {
          cpus = KernelFiles.read(affected, CpuList::parse);
        }
        if (cpus == null || cpus.isEmpty()) {
          try {
            cpus = Collections.singletonList(Integer.parseInt(name.substring(prefix.length())));
          } catch (NumberFormatException ex) {
            continue;
          }
        }
        for (int cpu : cpus) {
          into.putIfAbsent(cpu, policy);
        }
      }
    }
  }

  private List<Double> cpuinfoMhz() throws IOException {
    try {
      return KernelFiles.read(procRoot.resolve("cpuinfo"), Cpuinfo::parse).mhz();
    } catch (NoSuchFileException e) {
      return Collections.emptyList();
    }
  }

  /** A kHz file as MHz, or null when missing or not a number (hwmon-style flaky sysfs). */
  private static @Nullable Double khzToMhz(Path file) {
    String t = text(file);
    if (t == null) {
      return null;
    }
    try {
      return Long.parseLong(t) / 1000.0;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static @Nullable String text(Path file) {
    return KernelFiles.text(file);
  }
}
