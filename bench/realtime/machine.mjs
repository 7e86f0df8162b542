// How busy the machine was during a measurement window, split into this benchmark's own processes
// (orchestrator, load workers, servers, redis-server) and everything else. On a 2-core box, another
// CPU-heavy process (a browser test run, a build) moves latencies by seconds; the benchmark reports it
// next to the numbers instead of leaving the reader to guess. Linux /proc only; elsewhere it reports null.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

function machineJiffies() {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line;
  return { busy: user + nice + system + irq + softirq + steal, all: user + nice + system + idle + iowait + irq + softirq + steal };
}

function processJiffies(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime + stime (fields 14 and 15 of the full line)
  } catch {
    return null;
  }
}

/** Starts a window over the given pids (a function, read at both ends); `end()` gives CPU as % of one core. */
export function cpuWindow(pids) {
  let start;
  try {
    start = { machine: machineJiffies(), ours: new Map(pids().map((p) => [p, processJiffies(p)])) };
  } catch {
    return { end: () => null };
  }
  return {
    end() {
      const machine = machineJiffies();
      let ours = 0;
      for (const [pid, j0] of start.ours) {
        const j1 = processJiffies(pid);
        if (j0 !== null && j1 !== null) ours += j1 - j0;
      }
      const cores = cpus().length;
      const elapsed = (machine.all - start.machine.all) / cores; // jiffies of wall time
      if (elapsed <= 0) return null;
      const busy = machine.busy - start.machine.busy;
      const pct = (j) => (j / elapsed) * 100;
      return { cores, busyPercent: pct(busy), oursPercent: pct(ours), otherPercent: Math.max(0, pct(busy - ours)) };
    },
  };
}
