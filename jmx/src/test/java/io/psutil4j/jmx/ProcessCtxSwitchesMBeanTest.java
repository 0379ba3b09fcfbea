package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.Process;
import io.psutil4j.testutil.Sleepers;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/** The Process MBean's context switches are the whole JVM's, not its idle launcher thread's. */
class ProcessCtxSwitchesMBeanTest {
  private static final int WORKERS = 8;
  private static final int SLEEPS = 400;

  @Test
  void workersSleepsShowAfterTheyExitAndTheTotalNeverFalls() throws Exception {
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    ObjectName process = new ObjectName("ctx:type=Process");
    Registration r = PsutilMBeans.register(server, JmxConfig.of("ctx", 0));
    try {
      long before = (Long) server.getAttribute(process, "CtxSwitchesVoluntary");
      CountDownLatch slept = new CountDownLatch(WORKERS);
      CountDownLatch release = new CountDownLatch(1);
      List<Thread> workers = Sleepers.start(WORKERS, SLEEPS, slept, release);
      slept.await();
      long during = (Long) server.getAttribute(process, "CtxSwitchesVoluntary");
      Sleepers.release(release, workers);
      long after = (Long) server.getAttribute(process, "CtxSwitchesVoluntary");
      String source = (String) server.getAttribute(process, "CtxSwitchesSource");
      assertTrue(Set.of("getrusage", "proc_tasks").contains(source), source);
      assertTrue(during >= before && after >= during, before + " -> " + during + " -> " + after);
      assertTrue(
          after - before >= WORKERS * SLEEPS,
          "8 x 400 sleeps, the MBean read " + (after - before) + " by " + source);
      long leader = Process.current().numCtxSwitches().voluntary();
      assertTrue(after >= leader + WORKERS * SLEEPS, "leader " + leader + ", total " + after);
    } finally {
      r.close();
    }
  }
}
