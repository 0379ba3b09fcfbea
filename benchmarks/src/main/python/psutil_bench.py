"""psutil (Python) timed on the same ops as the JMH benchmarks, for the "faster than psutil" column.

Run: python3 benchmarks/src/main/python/psutil_bench.py  (needs `pip install psutil`).
Prints one line per op: name, median microseconds per call over 5 timed rounds, psutil version.
The op names match the JMH methods' prefixes (virtualMemory_psutil4j <-> virtualMemory).
"""

import statistics
import sys
import timeit

import psutil

SELF = psutil.Process()

OPS = {
    "virtualMemory": psutil.virtual_memory,
    "swapMemory": psutil.swap_memory,
    "cpuTimes": psutil.cpu_times,
    "cpuTimesPercpu": lambda: psutil.cpu_times(percpu=True),
    "cpuStats": psutil.cpu_stats,
    "loadAvg": psutil.getloadavg,
    "bootTime": psutil.boot_time,
    "users": psutil.users,
    "diskIoPerdisk": lambda: psutil.disk_io_counters(perdisk=True),
    "diskPartitions": psutil.disk_partitions,
    "diskUsage": lambda: psutil.disk_usage("/"),
    "netIoPernic": lambda: psutil.net_io_counters(pernic=True),
    "netIfAddrs": psutil.net_if_addrs,
    "netIfStats": psutil.net_if_stats,
    "netConnections": lambda: psutil.net_connections("inet"),
    "pids": psutil.pids,
    "selfMemoryInfo": SELF.memory_info,
    "selfNumFds": SELF.num_fds,
    "selfNumThreads": SELF.num_threads,
    "selfCtxSwitches": SELF.num_ctx_switches,
    "selfCpuTimes": SELF.cpu_times,
    "selfThreads": SELF.threads,
    "selfOpenFiles": SELF.open_files,
    "selfMemoryFootprint": SELF.memory_full_info,
    # the processes at rest only: ProcessTableBench adds 100 to 5,000 sleepers of its own
    "processIter": lambda: list(
        psutil.process_iter(["pid", "name", "username", "cpu_times", "memory_info", "status"])
    ),
}


def per_call_micros(fn):
    timer = timeit.Timer(fn)
    number, _ = timer.autorange()
    rounds = timer.repeat(repeat=5, number=number)
    return statistics.median(rounds) / number * 1e6


def main(selected):
    for name, fn in OPS.items():
        if selected and not any(s in name for s in selected):
            continue
        print("%s %.2f us psutil-%s" % (name, per_call_micros(fn), psutil.__version__))
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
