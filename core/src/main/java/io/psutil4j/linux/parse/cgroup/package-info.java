/**
 * Internal, no compatibility promise: pure parsers of the cgroup v1/v2 and pressure stall files.
 */
package io.psutil4j.linux.parse.cgroup;
