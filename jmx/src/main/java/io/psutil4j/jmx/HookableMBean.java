package io.psutil4j.jmx;

/** An MBean of ours that runs a hook (the {@link Reconciler}'s check) before every read. */
interface HookableMBean {
  void onRead(Runnable hook);
}
