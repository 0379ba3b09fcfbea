/**
 * psutil's API for Linux in Java.
 *
 * <p>Names, one rule: a module function or Process method is psutil's name in camel case ({@code
 * virtual_memory()} is {@link io.psutil4j.Psutil#virtualMemory()}); a named tuple's accessor is its
 * field in camel case ({@code peak_rss} is {@code peakRss()}), while {@code asDict()} keeps
 * psutil's field names; an enum is psutil's enum class ({@link io.psutil4j.ProcessIOPriority}) and
 * each constant is psutil's module constant, prefix included ({@code STATUS_RUNNING}, {@code
 * CONN_LISTEN}, {@code NIC_DUPLEX_FULL}, {@code IOPRIO_CLASS_BE}, {@code AF_INET}). Where psutil
 * serialises an enum, {@code asDict()} writes what psutil's JSON does: the int of an IntEnum
 * ({@code family}, {@code type}, {@code duplex}, {@code ioclass}), the string of a StrEnum ({@code
 * status}).
 */
package io.psutil4j;
