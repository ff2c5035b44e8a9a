// The peak resident memory of this process, in KiB. On Linux it reads VmHWM, because getrusage's maxRSS
// is kept across fork and exec and would report the (larger) benchmark process that started this one.
import { readFileSync } from 'node:fs';

export function peakKib() {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}
