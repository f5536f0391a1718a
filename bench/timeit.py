#!/usr/bin/python3
"""timeit.py: run a command several times (output to /dev/null) and print the
median wall time in milliseconds (finer than time(1)'s 10 ms) and the
largest peak resident memory in KB of the runs, measured per child by wait4. Usage: timeit.py RUNS CMD [ARG...]. A command that fails is an error."""
import os, subprocess, sys, time

runs = int(sys.argv[1])
cmd = sys.argv[2:]
times, peak = [], 0
for _ in range(runs):
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    times.append((time.perf_counter() - t0) * 1000)
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit("timeit: %s exited with %d" % (" ".join(cmd), code))
    peak = max(peak, usage.ru_maxrss)
times.sort()
print("%.1f %d" % (times[len(times) // 2], peak))
