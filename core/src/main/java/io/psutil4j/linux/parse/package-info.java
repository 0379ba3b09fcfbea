/**
 * Internal, no compatibility promise: the byte cursor, the parse error and the pure parsers that
 * more than one package reads (CPU lists, mounts, the inet socket tables). Not exported by module
 * {@code io.psutil4j.core}. A parser with a single reading package lives package-private beside its
 * reader instead ({@code io.psutil4j.linux}, {@code io.psutil4j.linux.cgroup}).
 */
package io.psutil4j.linux.parse;
