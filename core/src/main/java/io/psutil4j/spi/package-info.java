/**
 * The seam between psutil4j's API and a kernel: {@link io.psutil4j.spi.Platform} and the values
 * that cross it. jmx and the agent read the kernel through it and through nothing under {@code
 * io.psutil4j.linux}.
 */
package io.psutil4j.spi;
