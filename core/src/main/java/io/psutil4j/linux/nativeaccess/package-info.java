/**
 * Internal, no compatibility promise: the few libc calls /proc cannot answer, bound through JNA and
 * loaded lazily. The only package of core that names {@code com.sun.jna}.
 */
package io.psutil4j.linux.nativeaccess;
