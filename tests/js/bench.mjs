// Figures for the JS/WASM package (not a test): the size of what a page downloads, raw and
// compressed as a server would send it, and the time of the engine's calls in Node, per
// example scenario. Run after `tests/run pkg`:  node tests/js/bench.mjs

import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import zlib from 'node:zlib';

import { PKG, WASM, importPackage, scenarioFiles } from './helpers.mjs';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function sizes(file) {
  const bytes = fs.readFileSync(file);
  return {
    raw: bytes.length,
    gzip: zlib.gzipSync(bytes, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(bytes, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

/** Median time of `fn` in microseconds, after a warm-up, over at least 200 ms or 30 runs. */
function time(fn) {
  for (let i = 0; i < 10; i++) fn();
  const runs = [];
  const start = performance.now();
  while (runs.length < 30 || performance.now() - start < 200) {
    const t = performance.now();
    fn();
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  return { median: runs[Math.floor(runs.length / 2)] * 1000, runs: runs.length };
}

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
}

console.log(`@provplan/core in ${PKG}, Node ${process.version}\n`);

console.log('Download size');
const files = ['provplan_core_bg_glue_bg.wasm', 'provplan_core_bg_glue.js', 'index.js'];
const total = { raw: 0, gzip: 0, brotli: 0 };
const sizeRows = files.map((f) => {
  const s = sizes(path.join(PKG, f));
  for (const k of Object.keys(total)) total[k] += s[k];
  return [f, kb(s.raw), kb(s.gzip), kb(s.brotli)];
});
sizeRows.push(['total', kb(total.raw), kb(total.gzip), kb(total.brotli)]);
table(['file', 'raw', 'gzip -9', 'brotli 11'], sizeRows);

const pkg = await importPackage();
const bytes = fs.readFileSync(WASM);
const t0 = performance.now();
await pkg.init(bytes);
console.log(`\ninit (compile and instantiate from bytes): ${(performance.now() - t0).toFixed(1)} ms`);

console.log('\nOne call in Node, median µs (after warm-up)');
const rows = [];
for (const { name, text, value } of scenarioFiles()) {
  try {
    pkg.evaluate(value);
  } catch {
    continue; // an invalid fixture
  }
  const users = value.directory?.users?.length ?? 0;
  const ev = time(() => pkg.evaluate(value));
  const evText = time(() => pkg.evaluate(text));
  const cmp = time(() => pkg.compare(value));
  rows.push([name, users, ev.median.toFixed(1), evText.median.toFixed(1), cmp.median.toFixed(1)]);
}
const cat = time(() => pkg.catalog());
table(['scenario', 'users', 'evaluate(object)', 'evaluate(text)', 'compare'], rows);
console.log(`catalog(): ${cat.median.toFixed(1)} µs`);
