/** The CLI's native calls, through JNA: the only package of examples that names it. */
package io.psutil4j.examples.nativeaccess;
