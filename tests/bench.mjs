// Benchmarks (figures, not pass/fail): the engine natively, in Node's WebAssembly and in
// headless Chromium, on the same generated scenarios in one run, with the ratios of the
// performance budget, plus download sizes. `tests/run bench` builds what it needs and runs it.
//
//   node tests/bench.mjs [--sizes 1000,10000,100000] [--no-browser]

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

import { launch, serveStatic } from './e2e/lib.mjs';
import { median } from './median.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGET = process.env.CARGO_TARGET_DIR || path.join(ROOT, 'target');
const PKG = path.join(TARGET, 'pkg');
// The same engine with the benchmarks' hooks (`tests/run bench` builds it).
const BENCH_PKG = path.join(TARGET, 'pkg-bench');
const DIST = path.join(TARGET, 'dist');
const WORK = path.join(TARGET, 'bench');
const args = process.argv.slice(2);
const sizesArg = args.includes('--sizes') ? args[args.indexOf('--sizes') + 1] : '1000,10000,100000';
const SIZES = sizesArg.split(',').map(Number);
const BROWSER = !args.includes('--no-browser');

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const fmt = (x, d = 2) => (x === undefined || Number.isNaN(x) ? '—' : x.toFixed(d));

function compressed(bytes) {
  return {
    raw: bytes.length,
    gzip: zlib.gzipSync(bytes, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
}

// --- inputs --------------------------------------------------------------------------------------
fs.mkdirSync(WORK, { recursive: true });
const files = SIZES.map((n) => {
  const file = path.join(WORK, `users-${n}.json`);
  if (!fs.existsSync(file)) {
    const text = execFileSync(path.join(TARGET, 'release', 'provplan'), ['generate', '--users', String(n)], {
      maxBuffer: 1 << 30,
    });
    fs.writeFileSync(file, text);
  }
  return { n, file, name: path.basename(file) };
});

// --- native --------------------------------------------------------------------------------------
const native = files.map(({ file }) =>
  JSON.parse(execFileSync(path.join(TARGET, 'release', 'bench-native'), [file], { encoding: 'utf8' })),
);

// --- Node ----------------------------------------------------------------------------------------
const pkg = await import(pathToFileURL(path.join(BENCH_PKG, 'index.js')).href);
await pkg.init(fs.readFileSync(path.join(BENCH_PKG, 'provplan_core_bg_glue_bg.wasm')));
const glue = await import(pathToFileURL(path.join(BENCH_PKG, 'provplan_core_bg_glue.js')).href);
const node = files.map(({ file }) => {
  const text = fs.readFileSync(file, 'utf8');
  const load = median(() => glue.__benchLoad(text));
  const evaluate = median(() => glue.__benchRun(1, 0));
  const compare = median(() => glue.__benchRun(1, 1));
  const api = median(() => pkg.evaluate(text));
  return { load, evaluate, compare, api };
});

// --- Chromium ------------------------------------------------------------------------------------
let chromium = files.map(() => ({}));
let chromiumVersion = '';
if (BROWSER) {
  const site = path.join(WORK, 'site');
  fs.rmSync(site, { recursive: true, force: true });
  fs.cpSync(BENCH_PKG, path.join(site, 'pkg'), { recursive: true });
  for (const f of files) fs.copyFileSync(f.file, path.join(site, f.name));
  for (const f of ['bench-page.js', 'median.js']) fs.copyFileSync(path.join(ROOT, 'tests', f), path.join(site, f));
  fs.writeFileSync(
    path.join(site, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>' +
      '<script type="module" src="bench-page.js"></script></head><body>bench</body></html>',
  );
  const server = await serveStatic(site);
  const browser = await launch({ artifacts: path.join(WORK, 'artifacts') });
  try {
    await browser.open(server.url);
    await browser.waitFor(async () => browser.eval('return window.benchReady === true'), 20000);
    chromiumVersion = await browser.eval('return navigator.userAgent.match(/Chrome\\/[\\d.]+/)?.[0] ?? ""');
    chromium = [];
    for (const f of files) {
      chromium.push(
        await browser.evalAsync(
          'const done = arguments[arguments.length - 1]; window.bench(arguments[0]).then(done, (e) => done({ error: String(e) }));',
          f.name,
        ),
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

// --- report --------------------------------------------------------------------------------------
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`machine: ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB; Node ${process.version}${chromiumVersion ? `; ${chromiumVersion}` : ''}\n`);

console.log('Engine time, ms (median)');
table(
  ['users', 'JSON MB', 'parse', 'index', 'load', 'evaluate', 'compare', 'eval/parse', 'node load', 'node eval', 'node API', 'chromium load', 'chromium eval'],
  files.map((f, i) => [
    f.n,
    fmt(native[i].bytes / 1e6, 1),
    fmt(native[i].parse_ms),
    fmt(native[i].index_ms),
    fmt(native[i].load_ms),
    fmt(native[i].evaluate_ms, 3),
    fmt(native[i].compare_ms),
    fmt(native[i].evaluate_ms / native[i].parse_ms, 3),
    fmt(node[i].load),
    fmt(node[i].evaluate, 3),
    fmt(node[i].api),
    fmt(chromium[i].load),
    fmt(chromium[i].evaluate, 3),
  ]),
);

const at = (n) => files.findIndex((f) => f.n === n);
const i10 = at(10000);
const i100 = at(100000);
const rows = [];
const check = (what, target, value, ok) => rows.push([what, target, value, ok === undefined ? '—' : ok ? 'met' : 'NOT met']);
if (i100 >= 0) {
  check('evaluate, native, 100k users', '≤ 10 ms', `${fmt(native[i100].evaluate_ms)} ms`, native[i100].evaluate_ms <= 10);
  const rn = node[i100].evaluate / native[i100].evaluate_ms;
  check('evaluate in wasm (Node) / native, 100k', '≤ 2×', `${fmt(rn)}×`, rn <= 2);
  if (chromium[i100].evaluate) {
    const rc = chromium[i100].evaluate / native[i100].evaluate_ms;
    check('evaluate in wasm (Chromium) / native, 100k', '≤ 2×', `${fmt(rc)}×`, rc <= 2);
  }
  check('evaluate / parse, 100k', '< 1', fmt(native[i100].evaluate_ms / native[i100].parse_ms, 3), native[i100].evaluate_ms < native[i100].parse_ms);
  check('load (parse + index), native, 100k', '≤ 300 ms', `${fmt(native[i100].load_ms)} ms`, native[i100].load_ms <= 300);
  check('load (parse + index), wasm (Node), 100k', '≤ 800 ms', `${fmt(node[i100].load)} ms`, node[i100].load <= 800);
  if (chromium[i100].load) check('load, wasm (Chromium), 100k', '≤ 800 ms', `${fmt(chromium[i100].load)} ms`, chromium[i100].load <= 800);
}
if (i10 >= 0) check('evaluate, native, 10k users', '≤ 1 ms', `${fmt(native[i10].evaluate_ms, 3)} ms`, native[i10].evaluate_ms <= 1);
if (i10 >= 0 && i100 >= 0) {
  const s = native[i100].evaluate_ms / native[i10].evaluate_ms;
  check('scaling 10k → 100k, native evaluate', '≤ 11×', `${fmt(s, 1)}×`, s <= 11);
}

const pkgWasm = compressed(fs.readFileSync(path.join(PKG, 'provplan_core_bg_glue_bg.wasm')));
check('core embed package .wasm, brotli', '≤ 60 KB', kb(pkgWasm.brotli), pkgWasm.brotli <= 60 * 1024);
let app = null;
if (fs.existsSync(DIST)) {
  app = { raw: 0, gzip: 0, brotli: 0 };
  // Not the service worker (sw.js): the page does not run it; tests/run budgets it apart.
  for (const f of fs.readdirSync(DIST).filter((f) => /\.(wasm|js|css|html)$/.test(f) && f !== 'sw.js')) {
    const s = compressed(fs.readFileSync(path.join(DIST, f)));
    for (const k of Object.keys(app)) app[k] += s[k];
  }
  check('whole app (wasm + JS + CSS + HTML), brotli', '≤ 250 KB', kb(app.brotli), app.brotli <= 250 * 1024);
}

console.log('\nBudget');
table(['what', 'target', 'measured', ''], rows);
console.log('\nDownload size');
const sizeRows = [['embed package .wasm', kb(pkgWasm.raw), kb(pkgWasm.gzip), kb(pkgWasm.brotli)]];
if (app) sizeRows.push(['app (target/dist)', kb(app.raw), kb(app.gzip), kb(app.brotli)]);
table(['what', 'raw', 'gzip -9', 'brotli 11'], sizeRows);

fs.writeFileSync(
  path.join(WORK, 'report.json'),
  JSON.stringify({ machine: { cpu, cores: os.cpus().length, node: process.version, chromium: chromiumVersion }, sizes: SIZES, native, node, chromium, package: pkgWasm, app }, null, 2),
);
console.log(`\nraw figures: ${path.relative(ROOT, path.join(WORK, 'report.json'))}`);
