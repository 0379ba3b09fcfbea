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
 *
 * <p>On the module path the jar is module {@code io.psutil4j.core} (it requires {@code
 * com.sun.jna}); it exports this package and {@link io.psutil4j.spi} only, and opens its native
 * package to JNA alone, which fills its Structures by reflection. On the class path (the agent
 * loads core from inside its jar with a class loader of its own) the descriptor plays no part.
 */
package io.psutil4j;
