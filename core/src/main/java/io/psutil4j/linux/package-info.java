/**
 * Internal, no compatibility promise: the Linux {@link io.psutil4j.spi.Platform}, reading /proc and
 * /sys under injectable roots. Not exported by module {@code io.psutil4j.core}; public only so
 * psutil4j's tests (on the class path) can build it on a fixture tree; use {@link
 * io.psutil4j.Psutil}, {@link io.psutil4j.Process} and {@link io.psutil4j.Platforms} instead.
 */
package io.psutil4j.linux;
