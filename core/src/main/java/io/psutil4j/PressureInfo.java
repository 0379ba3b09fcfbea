package io.psutil4j;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Pressure stall information for cpu, memory, io and irq: host-wide from /proc/pressure/*, or one
 * cgroup's from its v2 {cpu,memory,io,irq}.pressure files. A resource is empty when its file does
 * not exist (kernel before 4.20, psi=0, irq without CONFIG_IRQ_TIME_ACCOUNTING). psutil has no
 * equivalent; node_exporter's pressure collector reads the same host files.
 */
public final class PressureInfo extends Tuple {
  private final @Nullable Psi cpu;
  private final @Nullable Psi memory;
  private final @Nullable Psi io;
  private final @Nullable Psi irq;

  private PressureInfo(
      @Nullable Psi cpu, @Nullable Psi memory, @Nullable Psi io, @Nullable Psi irq) {
    super("spressure");
    this.cpu = cpu;
    this.memory = memory;
    this.io = io;
    this.irq = irq;
  }

  /** Builds from the four resources' pressure; null for a resource without a file. */
  public static PressureInfo of(
      @Nullable Psi cpu, @Nullable Psi memory, @Nullable Psi io, @Nullable Psi irq) {
    return new PressureInfo(cpu, memory, io, irq);
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
}
