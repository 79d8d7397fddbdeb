// Preloaded into a measured build (`node --import`): on exit, writes the process's resource usage as JSON to
// $BENCH_USAGE_FILE. resourceUsage() covers every thread of the process; child processes the build waited for
// (Pagefind's binary) are added from /proc/self/stat.
import { readFileSync, writeFileSync } from 'node:fs';

/** Linux clock ticks per second (`getconf CLK_TCK`), the unit of /proc/self/stat's times. */
const CLOCK_TICKS = 100;

/** User plus system CPU seconds of the children this process has waited for (cutime, cstime). */
function childrenCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  // After the command name in parentheses, fields start at field 3; cutime and cstime are fields 16 and 17.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
}

const out = process.env['BENCH_USAGE_FILE'];
if (out) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(
      out,
      JSON.stringify({
        cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 + childrenCpuSeconds(),
        maxRssBytes: usage.maxRSS * 1024,
      }),
    );
  });
}
