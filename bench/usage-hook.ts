// Loaded with `node --import` into a measured process: when it exits, writes its own peak
// memory and the CPU time of it and of the processes it waited for (such as Pagefind) to
// the file named by BENCH_USAGE_FILE, as JSON (see ./measured-run.ts).
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.env['BENCH_USAGE_FILE'];
if (file) {
  process.on('exit', () => {
    // Fields 14-17 of /proc/self/stat: user and system time of this process and of its
    // waited-for children, in clock ticks (100 a second on Linux).
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const ticks = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .slice(11, 15)
      .map(Number);
    const usage = {
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
      cpuMs: ticks.reduce((a, b) => a + b, 0) * 10,
    };
    writeFileSync(file, JSON.stringify(usage));
  });
}
