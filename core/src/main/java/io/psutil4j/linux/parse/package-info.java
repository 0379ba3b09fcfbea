/**
 * Internal, no compatibility promise: one small pure parser per kernel file, bytes in, an immutable
 * value out; no parser sees a path. Not exported by module {@code io.psutil4j.core}. The parsers
 * are public because their readers live in {@code io.psutil4j.linux}, another package; moving each
 * next to its one reader would make them package-private but mix parsers with readers.
 */
package io.psutil4j.linux.parse;
