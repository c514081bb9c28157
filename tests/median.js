// The timing loop shared by tests/bench.mjs (Node) and tests/bench-page.js (the browser).

/** Median of timings of `fn` (ms): at least 5 runs and 300 ms, at most 200 runs. */
export function median(fn) {
  fn();
  const runs = [];
  const start = performance.now();
  while (runs.length < 200 && (runs.length < 5 || performance.now() - start < 300)) {
    const t = performance.now();
    fn();
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)];
}
