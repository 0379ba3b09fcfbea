package io.psutil4j.jmx;

/** What an MBean of ours runs before every read: the {@link Reconciler}'s check, or nothing. */
final class ReadHook {
  private volatile Runnable hook = () -> {};

  void set(Runnable hook) {
    this.hook = hook;
  }

  /** Runs the hook; never throws. */
  void run() {
    try {
      hook.run();
    } catch (RuntimeException e) {
      // the reconciler never throws; if it did, the read must still be served
    }
  }
}
