package io.psutil4j;

import java.util.Map;
import java.util.Optional;

/**
 * Pressure stall information for cpu, memory, io and irq: host-wide from /proc/pressure/*, or one
 * cgroup's from its v2 {cpu,memory,io,irq}.pressure files. A resource is empty when its file does
 * not exist (kernel before 4.20, psi=0, irq without CONFIG_IRQ_TIME_ACCOUNTING). psutil has no
 * equivalent; node_exporter's pressure collector reads the same host files.
 */
public final class PressureInfo extends Tuple {
  private final Psi cpu;
  private final Psi memory;
  private final Psi io;
  private final Psi irq;

  private PressureInfo(Builder b) {
    super("spressure");

    this.cpu = b.cpu;
    this.memory = b.memory;
    this.io = b.io;
    this.irq = b.irq;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** CPU pressure. */
  public Optional<Psi> cpu() {
    return Optional.ofNullable(cpu);
  }

  /** Memory pressure (reclaim, swap-in, thrashing). */
  public Optional<Psi> memory() {
    return Optional.ofNullable(memory);
  }

  /** Block I/O pressure. */
  public Optional<Psi> io() {
    return Optional.ofNullable(io);
  }

  /** Time lost to interrupt handling (kernel 6.1+). */
  public Optional<Psi> irq() {
    return Optional.ofNullable(irq);
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered(
        "cpu", cpu == null ? null : cpu.asDict(),
        "memory", memory == null ? null : memory.asDict(),
        "io", io == null ? null : io.asDict(),
        "irq", irq == null ? null : irq.asDict());
  }

  /** Collects the fields; absent ones stay empty (unknown, or no limit for a limit). */
  public static final class Builder {
    private Psi cpu;
    private Psi memory;
    private Psi io;
    private Psi irq;

    private Builder() {}

    /** CPU pressure. */
    public Builder cpu(Psi value) {
      this.cpu = value;
      return this;
    }

    /** Memory pressure (reclaim, swap-in, thrashing). */
    public Builder memory(Psi value) {
      this.memory = value;
      return this;
    }

    /** Block I/O pressure. */
    public Builder io(Psi value) {
      this.io = value;
      return this;
    }

    /** Time lost to interrupt handling (kernel 6.1+). */
    public Builder irq(Psi value) {
      this.irq = value;
      return this;
    }

    public PressureInfo build() {
      return new PressureInfo(this);
    }
  }
}
