package io.psutil4j.agent.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.management.AttributeList;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.TabularData;
import javax.management.remote.JMXConnector;
import org.junit.jupiter.api.Test;

/**
 * A host JVM with 10,000 parked threads and the agent on default options: a full read (every
 * attribute of every psutil4j MBean, one getAttributes each) answers every attribute, Threads'
 * Count is the kernel's, the Threads table (null while its refresh passes the 2 s deadline) comes
 * with the default threads.max (100) rows, and the host's output and exit code are its own.
 */
class TenThousandThreadsIT {
  private static final int THREADS = 10_000;
  private static final int DEFAULT_THREADS_MAX = 100;

  @Test
  void aFullReadOfATenThousandThreadHostAnswersEveryAttribute() throws Exception {
    try (ChildJvm host =
        ChildJvm.start(
            List.of(
                "-Xss256k",
                "-javaagent:" + ChildJvm.agentJar(),
                "-cp",
                ChildJvm.testClasses(),
                StressHostApp.class.getName()))) {
      await().atMost(Duration.ofSeconds(30)).until(() -> host.stdout().contains("host ready"));
      host.send("threads " + THREADS);
      await()
          .atMost(Duration.ofSeconds(120))
          .until(() -> host.stdout().contains("threads started"));
      try (JMXConnector connector = LocalJmx.connect(LocalJmx.address(host.pid()))) {
        MBeanServerConnection c = connector.getMBeanServerConnection();
        ObjectName threads = new ObjectName("psutil4j:type=Threads");
        await().atMost(Duration.ofSeconds(30)).until(() -> c.isRegistered(threads));

        long start = System.nanoTime();
        int asked = 0;
        List<String> missing = new ArrayList<>();
        for (ObjectName name : c.queryNames(new ObjectName("psutil4j:*"), null)) {
          MBeanAttributeInfo[] infos = c.getMBeanInfo(name).getAttributes();
          String[] names = new String[infos.length];
          for (int i = 0; i < infos.length; i++) {
            names[i] = infos[i].getName();
          }
          AttributeList values = c.getAttributes(name, names);
          asked += names.length;
          if (values.size() != names.length) {
            missing.add(name + ": " + values.size() + " of " + names.length);
          }
        }
        long fullReadMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(List.of(), missing, "every attribute answers");

        int before = LocalJmx.kernelThreads(host.pid());
        int count = ((Number) c.getAttribute(threads, "Count")).intValue();
        int after = LocalJmx.kernelThreads(host.pid());
        assertTrue(before > THREADS, "the host runs " + before + " threads");
        // Count may be the cached reading of the full read above: within what the kernel said
        assertTrue(
            Math.abs(count - before) <= 20 || Math.abs(count - after) <= 20,
            "Count " + count + " vs /proc " + before + ".." + after);
        // the table reads every thread's files: a refresh that passes its deadline leaves it null
        // (stale) for that read, and the reading it finishes later is what the next read gets
        long tableStart = System.nanoTime();
        TabularData rows =
            await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> (TabularData) c.getAttribute(threads, "Threads"), t -> t != null);
        long tableMillis = (System.nanoTime() - tableStart) / 1_000_000;
        assertEquals(DEFAULT_THREADS_MAX, rows.size(), "the table holds threads.max rows");
        Report.write(
            "ten-thousand-threads.txt",
            String.format(
                "ten-thousand-threads proc_threads=%d count=%d attributes=%d full_read_ms=%d"
                    + " table_after_ms=%d",
                before, count, asked, fullReadMillis, tableMillis));
      }
      assertEquals(7, host.finish(60), () -> "host stderr: " + host.stderr());
      assertEquals(List.of("host ready", "threads started", "host done 0 0"), host.stdout());
      assertEquals(List.of(), host.stderr(), "the agent wrote into the host's stderr");
    }
  }
}
