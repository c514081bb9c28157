// Shared helpers of the JS/WASM package tests: where things are, the package, and the
// command line whose output the package must match. `tests/run` builds both first
// (`tests/run pkg`, then `cargo build -p provplan-cli`); PROVPLAN_PKG and PROVPLAN_CLI
// point elsewhere.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const PKG = path.resolve(process.env.PROVPLAN_PKG ?? path.join(ROOT, 'target/pkg'));
export const CLI = path.resolve(process.env.PROVPLAN_CLI ?? path.join(ROOT, 'target/debug/provplan'));
export const WASM = path.join(PKG, 'provplan_core_bg_glue_bg.wasm');

function need(file, how) {
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: ${how}`);
}

/** The package's public module (not initialized). */
export async function importPackage() {
  need(path.join(PKG, 'index.js'), 'build the package with `tests/run pkg`');
  return import(pathToFileURL(path.join(PKG, 'index.js')).href);
}

/** The package, initialized from the .wasm bytes (as a Node user would). */
export async function loadPackage() {
  const pkg = await importPackage();
  await pkg.init(fs.readFileSync(WASM));
  return pkg;
}

/** Runs `provplan ARGS…`: exit code, standard output and standard error. */
export function cli(...args) {
  need(CLI, 'build it with `cargo build -p provplan-cli`');
  const r = spawnSync(CLI, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `provplan evaluate|compare --json FILE`, as {ok, value} or {ok: false, errors: lines}. */
export function cliJson(command, file) {
  const args = command === 'compare' ? ['compare', '--json', file] : [command, file];
  const r = cli(...args);
  if (r.code === 0) return { ok: true, value: JSON.parse(r.stdout) };
  if (r.code === 2) {
    // One `FILE: path: message` line per input error.
    const errors = r.stderr
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => (l.startsWith(`${file}: `) ? l.slice(file.length + 2) : l));
    return { ok: false, errors };
  }
  throw new Error(`provplan ${args.join(' ')} exited with ${r.code}: ${r.stderr}`);
}

function jsonFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .sort();
}

/** A parsed JSON object that looks like a scenario (other fixtures are left out). */
function asScenario(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  return isObject && ('organizations' in value || 'plan' in value) ? value : null;
}

/** Every scenario file: `examples/*.json`, then scenarios among `tests/fixtures/**.json`. */
export function scenarioFiles() {
  const examples = jsonFiles(path.join(ROOT, 'examples')).filter((f) => path.dirname(f) === path.join(ROOT, 'examples'));
  const fixtures = jsonFiles(path.join(ROOT, 'tests/fixtures'));
  return [...examples, ...fixtures].flatMap((file) => {
    const text = fs.readFileSync(file, 'utf8');
    const value = asScenario(text);
    return value === null ? [] : [{ file, name: path.relative(ROOT, file), text, value }];
  });
}

/** `path: message` lines of an InputError's list, as the command line prints them. */
export function errorLines(error) {
  return error.errors.map((e) => (e.path === '' ? e.message : `${e.path}: ${e.message}`));
}
