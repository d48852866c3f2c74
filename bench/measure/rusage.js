// Preloaded (node -r) into a measured child process: at exit, writes its own CPU time and peak
// resident memory (getrusage) to the file named by $YUSUAN_RUSAGE, for bench/scale.bench.ts.
const fs = require('fs');
process.on('exit', () => {
  const out = process.env.YUSUAN_RUSAGE;
  if (!out) return;
  const u = process.resourceUsage();
  fs.writeFileSync(out, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMb: u.maxRSS / 1024 }));
});
