"""psutil (Python) timed on the same ops as the JMH benchmarks, for the "faster than psutil" column.

Run: python3 benchmarks/src/main/python/psutil_bench.py [--pid PID] [OP...]  (needs psutil 7.x:
`pip install 'psutil>=7,<8'`). The protocol is JMH's as the benchmarks are annotated: 2 warm-up
then 3 measured iterations of 1 s each (--warmup-iterations, --warmup-seconds, --iterations,
--seconds), each iteration calling the op in a loop until its time is up; the score is the mean of
the measured iterations' microseconds per call (JMH's AverageTime). Prints one line per op: name,
score, psutil version; lines starting with # describe the run.
The op names match the JMH methods' prefixes (virtualMemory_psutil4j <-> virtualMemory). The
target* ops read the process given by --pid, the one TargetProcessBench reads when run through
SameTargetComparison; the self* ops read this Python process, as a psutil user's Process() does.
OP arguments select ops by substring, or by exact name with --exact.
"""

import argparse
import platform
import sys
import time

import psutil

SELF = psutil.Process()

OPS = {
    "virtualMemory": psutil.virtual_memory,
    "swapMemory": psutil.swap_memory,
    "cpuTimes": psutil.cpu_times,
    "cpuTimesPercpu": lambda: psutil.cpu_times(percpu=True),
    "cpuStats": psutil.cpu_stats,
    "cpuCount": psutil.cpu_count,
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
    "selfRlimitNofile": lambda: SELF.rlimit(psutil.RLIMIT_NOFILE),
    "selfAsDict": SELF.as_dict,
    # the processes at rest only: ProcessTableBench adds 100 to 5,000 sleepers of its own
    "processIter": lambda: list(
        psutil.process_iter(["pid", "name", "username", "cpu_times", "memory_info", "status"])
    ),
}


def target_ops(target):
    """The TargetProcessBench rows, on the process the JMH side reads too."""
    return {
        "targetMemoryInfo": target.memory_info,
        "targetMemoryFootprint": target.memory_full_info,
        "targetMemoryMaps": target.memory_maps,
        "targetNumFds": target.num_fds,
        "targetNumThreads": target.num_threads,
        "targetCtxSwitches": target.num_ctx_switches,
        "targetCpuTimes": target.cpu_times,
        "targetThreads": target.threads,
        "targetOpenFiles": target.open_files,
        "targetConnections": lambda: target.net_connections("inet"),
        "targetRlimitNofile": lambda: target.rlimit(psutil.RLIMIT_NOFILE),
        "targetAsDict": target.as_dict,
    }


def iteration_micros(fn, seconds):
    """One JMH-style iteration: call fn until `seconds` have passed; microseconds per call."""
    clock = time.perf_counter
    calls = 0
    batch = 1
    start = clock()
    deadline = start + seconds
    while True:
        for _ in range(batch):
            fn()
        calls += batch
        now = clock()
        if now >= deadline:
            return (now - start) / calls * 1e6
        # batches keep the clock out of the loop for fast ops, and stay well under the deadline
        if (now - start) < seconds / 100:
            batch *= 2


def score(fn, args):
    for _ in range(args.warmup_iterations):
        iteration_micros(fn, args.warmup_seconds)
    runs = [iteration_micros(fn, args.seconds) for _ in range(args.iterations)]
    return sum(runs) / len(runs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ops", nargs="*", help="ops to run (substrings; all when none)")
    parser.add_argument("--pid", type=int, help="the target process of the target* ops")
    parser.add_argument("--exact", action="store_true", help="OP arguments are exact names")
    parser.add_argument("--warmup-iterations", type=int, default=2)
    parser.add_argument("--warmup-seconds", type=float, default=1.0)
    parser.add_argument("--iterations", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=1.0)
    args = parser.parse_args()
    if args.iterations < 1 or args.seconds <= 0 or args.warmup_seconds <= 0:
        parser.error("need at least one measured iteration and iterations longer than 0 s")
    if int(psutil.__version__.split(".")[0]) < 7:
        parser.error("psutil %s found; the comparison is with psutil 7.x" % psutil.__version__)

    for name in args.ops:
        if name.startswith("target") and args.pid is None:
            parser.error("%s reads a target process: give its --pid" % name)
    ops = dict(OPS)
    if args.pid is not None:
        ops.update(target_ops(psutil.Process(args.pid)))
    print(
        "# psutil %s, %s %s, protocol: %d x %gs warm-up, %d x %gs measured, mean us/call"
        % (
            psutil.__version__,
            platform.python_implementation(),
            platform.python_version(),
            args.warmup_iterations,
            args.warmup_seconds,
            args.iterations,
            args.seconds,
        )
    )
    for name, fn in ops.items():
        if args.ops and not any(
            name == s if args.exact else s in name for s in args.ops
        ):
            continue
        print("%s %.2f us psutil-%s" % (name, score(fn, args), psutil.__version__))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
