/**
 * Internal, no compatibility promise: one small pure parser per kernel file, bytes in, an immutable
 * value out; no parser sees a path.
 */
package io.psutil4j.linux.parse;
