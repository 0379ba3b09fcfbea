/** The benchmarks' own native calls, through JNA: the only package of benchmarks that names it. */
package io.psutil4j.benchmarks.nativeaccess;
