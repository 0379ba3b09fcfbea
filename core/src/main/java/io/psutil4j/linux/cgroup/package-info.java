/**
 * Internal, no compatibility promise: reads a process's cgroup (v1 or v2) and the host's pressure
 * stall files into the values of {@link io.psutil4j.CgroupInfo} and {@link
 * io.psutil4j.PressureInfo}.
 */
package io.psutil4j.linux.cgroup;
