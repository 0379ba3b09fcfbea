package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.HeapInfo;
import io.psutil4j.MemoryMap;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The split of RSS by owner against what NMT (read by jcmd, from outside) and the kernel say, in a
 * child JVM with a 512 MiB pre-touched heap, 500 threads and a 256 MiB direct buffer.
 *
 * <p>Tolerances: the heap and the direct buffer are fully resident, so they must match NMT's
 * committed heap and the buffer's size within 1%; thread stacks and metaspace change between the
 * jcmd and the MBean's read (the JVM keeps running), so within 10% or 2 MiB; the parts add up to
 * the smaps RSS exactly, which is within 5% of the kernel's VmRSS read at the same moment.
 */
class MemoryOwnersTest {
  private static final long MIB = 1L << 20;
  private static final int THREADS = 500;
  private static final int DIRECT_MIB = 256;

  @Test
  void childJvmSplitMatchesNmtAndTheKernel() throws Exception {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    String jcmd = Paths.get(System.getProperty("java.home"), "bin", "jcmd").toString();
    java.lang.Process child =
        new ProcessBuilder(
                java,
                "-Xms512m",
                "-Xmx512m",
                "-XX:+AlwaysPreTouch",
                "-XX:NativeMemoryTracking=summary",
                "-cp",
                System.getProperty("java.class.path"),
                MemoryOwnersChildMain.class.getName(),
                Integer.toString(THREADS),
                Integer.toString(DIRECT_MIB))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      String line;
      do {
        line = out.readLine();
        assertNotNull(line, "the child ended before READY");
      } while (!line.equals("READY"));
      String nmt = run(jcmd, Long.toString(child.pid()), "VM.native_memory", "summary");
      long vmRss = vmRss(child.pid());
      OutputStream in = child.getOutputStream();
      in.write('\n');
      in.flush();
      Map<String, Long> mbean = new HashMap<>();
      while ((line = out.readLine()) != null) {
        int eq = line.indexOf('=');
        if (eq > 0 && !line.startsWith("DirectCapacity") && !line.contains("Seconds")) {
          String v = line.substring(eq + 1);
          mbean.put(line.substring(0, eq), v.equals("null") ? null : Long.parseLong(v));
        }
      }
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
      assertEquals(0, child.exitValue());

      long heap = nmtCommitted(nmt, "Java Heap");
      assertEquals(512 * MIB, heap, "NMT's committed heap is -Xms");
      within(heap, mbean.get("RssJavaHeap"), 0.01, 0, "Java heap");
      assertEquals(heap, mbean.get("NmtJavaHeapCommitted"));
      within(DIRECT_MIB * MIB, mbean.get("RssDirectBuffers"), 0.01, 0, "direct buffers");
      long stacks = nmtStackCommitted(nmt);
      within(stacks, mbean.get("RssThreadStacks"), 0.10, 2 * MIB, "thread stacks");
      assertTrue(stacks >= THREADS * 4096L, "500 threads touch a page of stack each: " + stacks);
      long meta = nmtCommitted(nmt, "Metaspace") + nmtCommitted(nmt, "Class");
      within(meta, mbean.get("RssMetaspace"), 0.10, 2 * MIB, "metaspace and class space");
      within(nmtCommitted(nmt, "Code"), mbean.get("RssCodeCache"), 0.10, 2 * MIB, "code cache");

      long sum = 0;
      for (String part :
          new String[] {
            "RssFileMappings",
            "RssJavaHeap",
            "RssCodeCache",
            "RssMetaspace",
            "RssThreadStacks",
            "RssDirectBuffers",
            "RssMalloc",
            "RssOtherAnon"
          }) {
        assertNotNull(mbean.get(part), part + " with NMT on: " + mbean);
        assertTrue(mbean.get(part) >= 0, part);
        sum += mbean.get(part);
      }
      assertEquals(mbean.get("Rss"), sum, "the parts add up to the smaps RSS: " + mbean);
      within(vmRss, mbean.get("Rss"), 0.05, 0, "smaps RSS against VmRSS");
    } finally {
      child.destroyForcibly();
      child.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void withoutNmtThreadStacksAndMallocStayInOtherAnon() {
    List<MemoryMap> maps =
        List.of(
            MemoryMap.grouped("/usr/lib/jvm/lib/server/libjvm.so", values(20 * MIB)),
            MemoryMap.grouped("[anon]", values(300 * MIB)),
            MemoryMap.grouped("[heap]", values(10 * MIB)));
    MemoryOwners.JvmSizes jvm =
        new MemoryOwners.JvmSizes(200 * MIB, 10 * MIB, 20 * MIB, 30 * MIB, 5 * MIB);
    MemoryOwners o = MemoryOwners.split(maps, jvm, null, null);
    assertEquals(330 * MIB, o.rss);
    assertEquals(20 * MIB, o.fileMappings);
    assertEquals(5 * MIB, (long) o.mappedBuffers);
    assertEquals(200 * MIB, (long) o.javaHeap);
    assertEquals(10 * MIB, (long) o.codeCache);
    assertEquals(20 * MIB, (long) o.metaspace);
    assertNull(o.threadStacks);
    assertEquals(30 * MIB, (long) o.directBuffers);
    assertNull(o.malloc);
    assertEquals(50 * MIB, o.otherAnon); // 310 anonymous - 260 claimed

    // glibc's heap_info: malloc is its total minus the direct buffers it holds
    o = MemoryOwners.split(maps, jvm, null, HeapInfo.of(40 * MIB, 30 * MIB));
    assertEquals(40 * MIB, (long) o.malloc);
    assertEquals(10 * MIB, o.otherAnon);
  }

  @Test
  void aHeapCommittedBeyondWhatIsResidentTakesOnlyWhatIsLeft() {
    List<MemoryMap> maps = List.of(MemoryMap.grouped("[anon]", values(100 * MIB)));
    MemoryOwners.JvmSizes jvm = new MemoryOwners.JvmSizes(512 * MIB, 10 * MIB, 20 * MIB, 0, 0);
    MemoryOwners o = MemoryOwners.split(maps, jvm, null, null);
    assertEquals(10 * MIB, (long) o.codeCache);
    assertEquals(20 * MIB, (long) o.metaspace);
    assertEquals(70 * MIB, (long) o.javaHeap, "the heap takes what is left, not its 512 MiB");
    assertEquals(0L, o.otherAnon);
  }

  @Test
  void theHeapIsWhatIsResidentInItsRangeWhenTheGcSaysWhere() {
    long[] heap = {0xe0000000L, 0x100000000L};
    List<MemoryMap> maps =
        List.of(
            MemoryMap.mapping("e0000000-f0000000", "rw-p", "[anon]", values(100 * MIB)),
            MemoryMap.mapping("f0000000-ffe00000", "---p", "[anon]", values(0)),
            // a neighbour merged into the heap's last 1 MiB: 1 MiB of its 2 MiB span is heap
            MemoryMap.mapping("ffe00000-100200000", "rw-p", "[anon]", values(4 * MIB)),
            MemoryMap.mapping("7f0000000000-7f0000400000", "rw-p", "[anon]", values(50 * MIB)),
            MemoryMap.mapping("7f1000000000-7f1000100000", "r-xp", "/lib/libc.so.6", values(MIB)));
    MemoryOwners.JvmSizes jvm = new MemoryOwners.JvmSizes(512 * MIB, 10 * MIB, 20 * MIB, 0, 0);
    MemoryOwners o = MemoryOwners.split(maps, heap, jvm, null, null);
    assertEquals(102 * MIB, (long) o.javaHeap, "100 MiB inside plus half of the merged 4 MiB");
    assertEquals(10 * MIB, (long) o.codeCache);
    assertEquals(20 * MIB, (long) o.metaspace);
    assertEquals(22 * MIB, o.otherAnon, "154 anonymous - 102 - 10 - 20, not eaten by the heap");
    assertEquals(MIB, o.fileMappings);
  }

  @Test
  void heapRangesOfG1ParallelAndSerialParseAndZgcHasNone() {
    assertArrayEquals(
        new long[] {0xe0000000L, 0x100000000L},
        JvmHeapRange.parse(
            " garbage-first heap   total 389120K, used 9918K [0x00000000e0000000,"
                + " 0x0000000100000000)\n  region size 1024K, 8 young (8192K)\n"));
    assertArrayEquals(
        new long[] {0xe0000000L, 0x100000000L},
        JvmHeapRange.parse(
            " PSYoungGen      total 113152K, used 27496K [0x00000000f5580000,"
                + " 0x00000000fd380000, 0x0000000100000000)\n"
                + "  eden space 97280K, 28% used"
                + " [0x00000000f5580000,0x00000000f705a020,0x00000000fb480000)\n"
                + " ParOldGen       total 258048K, used 0K [0x00000000e0000000,"
                + " 0x00000000efc00000, 0x00000000f5580000)\n"));
    assertArrayEquals(
        new long[] {0xe0000000L, 0x100000000L},
        JvmHeapRange.parse(
            "DefNew     total 116160K, used 39302K [0x00000000e0000000, 0x00000000e7e00000,"
                + " 0x00000000eaaa0000)\nTenured    total 258048K, used 1166K"
                + " [0x00000000eaaa0000, 0x00000000fa6a0000, 0x0000000100000000)\n"));
    assertNull(JvmHeapRange.parse("ZHeap            used 40M, capacity 378M, max capacity 512M\n"));
    assertNotNull(JvmHeapRange.read(), "this JVM's own GC (G1 by default) says where its heap is");
  }

  @Test
  void nmtSummaryOfJdk17And25Parses() {
    String text =
        "\nNative Memory Tracking:\n\nTotal: reserved=7752531KB, committed=498179KB\n"
            + "       malloc: 29663KB #54309, peak=31311KB #51439\n"
            + "-                 Java Heap (reserved=6172672KB, committed=393216KB)\n"
            + "-                     Class (reserved=1048811KB, committed=1771KB)\n"
            + "-                    Thread (reserved=18490KB, committed=790KB)\n"
            + "                            (stack: reserved=18432KB, committed=732KB)\n"
            + "-                 Metaspace (reserved=65577KB, committed=10921KB)\n";
    NmtSummary n = NmtSummary.parse(text);
    assertEquals(498179L * 1024, (long) n.totalCommitted());
    assertEquals(29663L * 1024, (long) n.mallocTotal());
    assertEquals(393216L * 1024, (long) n.committed("Java Heap"));
    assertEquals((1771L + 10921) * 1024, (long) n.committed("Metaspace", "Class"));
    assertEquals(732L * 1024, (long) n.threadStacksCommitted());
    assertNull(n.committed("GC"));
    assertNull(NmtSummary.parse("Native memory tracking is not enabled\n"));
  }

  private static long[] values(long rss) {
    long[] v = new long[MemoryMap.FIELDS.size()];
    v[0] = rss;
    return v;
  }

  private static void within(long expected, Long actual, double share, long bytes, String what) {
    assertNotNull(actual, what);
    long tolerance = Math.max((long) (expected * share), bytes);
    assertTrue(
        Math.abs(actual - expected) <= tolerance,
        what + ": " + actual + " vs " + expected + " (tolerance " + tolerance + ")");
  }

  private static long nmtCommitted(String nmt, String category) {
    Matcher m =
        Pattern.compile("-\\s+" + category + " \\(reserved=\\d+KB, committed=(\\d+)KB")
            .matcher(nmt);
    assertTrue(m.find(), category + " not in\n" + nmt);
    return Long.parseLong(m.group(1)) * 1024;
  }

  private static long nmtStackCommitted(String nmt) {
    Matcher m = Pattern.compile("\\(stack: reserved=\\d+KB, committed=(\\d+)KB").matcher(nmt);
    assertTrue(m.find(), "no stack line in\n" + nmt);
    return Long.parseLong(m.group(1)) * 1024;
  }

  private static long vmRss(long pid) throws Exception {
    for (String l : Files.readAllLines(Paths.get("/proc/" + pid + "/status"))) {
      if (l.startsWith("VmRSS:")) {
        return Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024;
      }
    }
    throw new AssertionError("no VmRSS");
  }

  private static String run(String... command) throws Exception {
    java.lang.Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    return new String(out, StandardCharsets.UTF_8);
  }
}
