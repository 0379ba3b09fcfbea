package io.psutil4j.jmx;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the operations that change the system may do: whether they are allowed at all, which
 * processes they may act on, whether they may stop, kill or lower the limits of this JVM itself,
 * where each invocation is logged, and whether {@code heapTrim} is allowed on its own. Off by
 * default: read-only.
 */
public final class ControlsPolicy {
  /** Which processes the Controls operations may act on. */
  public enum Scope {
    /** This JVM and the processes it started, directly or not (the default). */
    DESCENDANTS,
    /** Every process this user may act on. */
    ANY
  }

  private static final ControlsPolicy OFF =
      new ControlsPolicy(false, Scope.DESCENDANTS, false, null, false);

  private final boolean enabled;
  private final Scope scope;
  private final boolean self;
  private final @Nullable Path log;
  private final boolean heapTrim;

  private ControlsPolicy(
      boolean enabled, Scope scope, boolean self, @Nullable Path log, boolean heapTrim) {
    this.enabled = enabled;
    this.scope = Objects.requireNonNull(scope, "scope");
    this.self = self;
    this.log = log;
    this.heapTrim = heapTrim;
  }

  /** Nothing allowed: no Controls MBean, heapTrim refused. */
  public static ControlsPolicy off() {
    return OFF;
  }

  /** This policy with the Controls operations (and heapTrim) allowed when {@code on}. */
  public ControlsPolicy withEnabled(boolean on) {
    return new ControlsPolicy(on, scope, self, log, heapTrim);
  }

  /** This policy acting on {@code processes}. */
  public ControlsPolicy withScope(Scope processes) {
    return new ControlsPolicy(enabled, processes, self, log, heapTrim);
  }

  /** This policy letting the operations stop, kill or lower the limits of this JVM itself. */
  public ControlsPolicy withSelf(boolean allowed) {
    return new ControlsPolicy(enabled, scope, allowed, log, heapTrim);
  }

  /** This policy appending one line per invocation to {@code file} (null: no log). */
  public ControlsPolicy withLog(@Nullable Path file) {
    return new ControlsPolicy(enabled, scope, self, file, heapTrim);
  }

  /** This policy allowing heapTrim even when the Controls operations are off. */
  public ControlsPolicy withHeapTrim(boolean allowed) {
    return new ControlsPolicy(enabled, scope, self, log, allowed);
  }

  /** Whether the Controls operations are allowed. */
  public boolean enabled() {
    return enabled;
  }

  public Scope scope() {
    return scope;
  }

  /** Whether the operations may stop, kill or lower the limits of this JVM itself. */
  public boolean selfAllowed() {
    return self;
  }

  /** The file each invocation is logged to, or null. */
  public @Nullable Path log() {
    return log;
  }

  /** Whether heapTrim may run: with the Controls operations, or allowed on its own. */
  public boolean heapTrimAllowed() {
    return enabled || heapTrim;
  }
}
