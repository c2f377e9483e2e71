// Preloaded into the language server by bench/workspaceIndex.ts (node --require): records
// how long each callback on the server's main thread runs without giving way, which is
// what delays other requests, as wall-clock time and, where Node has
// process.threadCpuUsage (23.9+), as the main thread's own CPU time (which a busy machine
// does not inflate). Writes the longest to the file named by DOSSIER_PROBE_FILE every
// 200 ms; SIGUSR2 starts again. Measuring only: never loaded otherwise.
const { createHook } = require('node:async_hooks');
const { writeFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');

const file = process.env.DOSSIER_PROBE_FILE;
if (file && isMainThread) {
  const threadCpu = typeof process.threadCpuUsage === 'function' ? () => { const u = process.threadCpuUsage(); return (u.user + u.system) / 1000; } : undefined;
  let depth = 0;
  let start = 0;
  let cpuStart = 0;
  let wall = [];
  let cpu = [];
  createHook({
    before() {
      if (depth++ !== 0) return;
      start = performance.now();
      if (threadCpu) cpuStart = threadCpu();
    },
    after() {
      if (--depth !== 0) return;
      const d = performance.now() - start;
      if (d >= 1) wall.push(Math.round(d * 10) / 10);
      if (threadCpu) {
        const c = threadCpu() - cpuStart;
        if (c >= 1) cpu.push(Math.round(c * 10) / 10);
      }
    },
  }).enable();
  process.on('SIGUSR2', () => { wall = []; cpu = []; });
  const top = xs => [...xs].sort((a, b) => b - a).slice(0, 10);
  setInterval(() => {
    writeFileSync(file, JSON.stringify({ count: wall.length, longest: top(wall), ...(threadCpu ? { longestCpu: top(cpu) } : {}) }));
  }, 200).unref();
}
