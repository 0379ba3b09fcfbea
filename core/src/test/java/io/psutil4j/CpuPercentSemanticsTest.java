package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.spi.Platform;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** psutil's cpu_percent/cpu_times_percent arithmetic and per-caller windows (reference §2.2). */
class CpuPercentSemanticsTest {
  /** A platform whose only answer is the CPU times the test sets. */
  private static Platform fake(AtomicReference<CpuTimes> now) {
    return (Platform)
        Proxy.newProxyInstance(
            Platform.class.getClassLoader(),
            new Class<?>[] {Platform.class},
            (proxy, method, args) -> {
              if (method.getName().equals("cpuTimes")) {
                return now.get();
              }
              if (method.getName().equals("cpuTimesPercpu")) {
                return List.of(now.get());
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  /** user, system, idle, nice, iowait, irq, softirq, steal, guest, guest_nice. */
  private static CpuTimes t(double user, double system, double idle, double iowait, double steal) {
    return CpuTimes.of(user, system, idle, 0, iowait, 0, 0, steal, 0, 0);
  }

  @Test
  void nonBlockingWindowStartsAtThisCallersPreviousSample() {
    AtomicReference<CpuTimes> now = new AtomicReference<>(t(0, 0, 0, 0, 0));
    Platform p = fake(now);
    CpuWindow mine = new CpuWindow();
    CpuWindow other = new CpuWindow();
    mine.total(p, 0); // seeds at (0,0,0)
    now.set(t(30, 10, 60, 0, 0));
    other.total(p, 0); // another caller sampling in between must not move my start
    other.total(p, 0);
    now.set(t(50, 10, 140, 0, 0));
    CpuTimes[] w = mine.total(p, 0);
    // my window is 0 -> (50,10,140): busy 60 of 200
    assertEquals(30.0, CpuPercent.between(w[0], w[1]));
    // and the other caller's window is only the last step: busy 20 of 100
    CpuTimes[] o = other.total(p, 0);
    assertEquals(20.0, CpuPercent.between(o[0], o[1]));
  }

  @Test
  void firstCallInAWindowComparesBackToBackSamples() {
    AtomicReference<CpuTimes> now = new AtomicReference<>(t(5, 5, 5, 0, 0));
    CpuTimes[] w = new CpuWindow().total(fake(now), 0);
    assertEquals(0.0, CpuPercent.between(w[0], w[1]));
  }

  @Test
  void eachThreadHasItsOwnWindowAndEachFunctionItsOwn() throws Exception {
    CpuWindow main = Psutil.percentWindow();
    assertSame(main, Psutil.percentWindow(), "same thread, same window");
    assertNotSame(main, Psutil.timesPercentWindow(), "cpu_times_percent keeps separate state");
    AtomicReference<CpuWindow> seen = new AtomicReference<>();
    Thread t = new Thread(() -> seen.set(Psutil.percentWindow()));
    t.start();
    t.join();
    assertNotSame(main, seen.get(), "another thread gets another window");
  }

  @Test
  void iowaitCountsAsIdleAndGuestIsNotCountedTwice() {
    CpuTimes a = CpuTimes.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    CpuTimes b = CpuTimes.of(40, 0, 40, 0, 20, 0, 0, 0, 40, 0); // guest 40 inside user 40
    assertEquals(40.0, CpuPercent.between(a, b));
  }

  @Test
  void stealGoingBackwardsGivesNoNegativeShare() {
    // psutil #1210 / test_cpu_steal_decrease: steal decreases between samples
    CpuTimes before = t(10, 10, 10, 0, 50);
    CpuTimes after = t(20, 20, 30, 0, 40);
    CpuTimes pct = CpuPercent.timesPercent(before, after);
    for (double v : pct.toArray()) {
      assertTrue(v >= 0 && v <= 100, pct.toString());
    }
    assertEquals(0.0, pct.steal());
    assertNotEquals(0.0, pct.user());
    assertTrue(CpuPercent.between(before, after) >= 0);
  }

  @Test
  void subSecondWindowIsNotScaledDown_psutilBug1586() {
    // one CPU idle for 0.2 s: psutil divides by max(1, 0.2) and reports idle=20.0; we report 100.0
    CpuTimes before = t(1, 1, 100, 0, 0);
    CpuTimes after = t(1, 1, 100.2, 0, 0);
    assertEquals(100.0, CpuPercent.timesPercent(before, after).idle());
  }

  @Test
  void windowsOfOneSecondOrMoreMatchPsutilExactly() {
    // total 4 s: psutil's 100/max(1, 4) equals ours
    CpuTimes pct = CpuPercent.timesPercent(t(0, 0, 0, 0, 0), t(1, 1, 1.5, 0.5, 0));
    assertEquals(25.0, pct.user());
    assertEquals(37.5, pct.idle());
    assertEquals(12.5, pct.iowait());
  }

  @Test
  void negativeIntervalIsAnErrorNamingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Psutil.cpuPercent(-1.5));
    assertTrue(e.getMessage().contains("-1.5"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Psutil.cpuTimesPercent(-0.1));
    assertThrows(IllegalArgumentException.class, () -> Psutil.cpuPercentPercpu(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Psutil.cpuTimesPercentPercpu(-2));
  }

  @Test
  void liveValuesAreShares() {
    double total = Psutil.cpuPercent(0.1);
    assertTrue(total >= 0 && total <= 100, "cpu_percent " + total);
    List<Double> per = Psutil.cpuPercentPercpu(0.1);
    assertEquals(Psutil.cpuCount().getAsInt(), per.size());
    for (double v : per) {
      assertTrue(v >= 0 && v <= 100, per.toString());
    }
    for (double v : Psutil.cpuTimesPercent(0.1).toArray()) {
      assertTrue(v >= 0 && v <= 100);
    }
    assertEquals(per.size(), Psutil.cpuTimesPercentPercpu(0.1).size());
    double nonBlocking = Psutil.cpuPercent();
    assertTrue(nonBlocking >= 0 && nonBlocking <= 100);
  }
}
