// @provplan/core: Provisioning Planner's engine as an ES module, for docs pages and other
// front ends. The engine is Rust compiled to WebAssembly; `provplan_core_bg_glue.js` is its
// wasm-bindgen glue (`--target web`). This file adds what the glue lacks: one `init()` for
// browsers and Node, and a guard around every call so that a panic in the engine reaches the
// caller as a readable `PanicError` (never an `unreachable` trap) and the next call works.
//
//   import { init, evaluate } from '@provplan/core';
//   await init();
//   const evaluation = evaluate(scenario);
//
// The directory importers are a second module (`import/`), loaded by `importDirectory()` the
// first time it is called, so that a page that only evaluates never downloads them.
//
// Types: index.d.ts. The JSON: CONTRACT.md.

import initGlue, * as glue from './provplan_core_bg_glue.js';

const WASM_FILE = 'provplan_core_bg_glue_bg.wasm';

/** The promise of the one initialization, once `init()` was called. */
let starting = null;
/** True once the engine runs. */
let ready = false;
/** Why the engine cannot be used any more (a restart failed), if it cannot. */
let broken = null;

const inNode = typeof process === 'object' && typeof process.versions?.node === 'string';

/**
 * Loads and starts the engine; call (and await) it once before anything else. Later calls
 * return the first call's promise. `input` is where the `.wasm` comes from, as for
 * wasm-bindgen's init: a URL or path string, a `Request`, a `Response` (or its promise), the
 * bytes, or a compiled `WebAssembly.Module`. Without it the file next to this module is used
 * (fetched in browsers, read from disk in Node).
 */
export function init(input) {
  if (starting === null) {
    starting = start(input).catch((error) => {
      starting = null;
      throw error;
    });
  }
  return starting;
}

/** What wasm-bindgen's init is given: in Node, the bytes of a file (Node's fetch cannot read file: URLs). */
async function wasmSource(input, defaultFile) {
  if (!inNode) return input;
  const file =
    input === undefined
      ? new URL(defaultFile, import.meta.url)
      : input instanceof URL && input.protocol === 'file:'
        ? input
        : null;
  if (file === null) return input;
  const fs = await import(/* webpackIgnore: true */ 'node:fs/promises');
  return fs.readFile(file);
}

async function start(input) {
  await initGlue({ module_or_path: await wasmSource(input, WASM_FILE) });
  ready = true;
}

/** Calls an engine export; turns a trap into a `PanicError` and restarts the engine. */
function guarded(name, args) {
  if (broken !== null) throw broken;
  if (!ready) {
    throw new Error(`@provplan/core: await init() before calling ${name}()`);
  }
  return call(glue, name, args, (failure) => {
    broken = failure;
  });
}

/**
 * Calls export `name` of a wasm module; after a trap, throws a `PanicError` and restarts the
 * module (`unusable` is told when even that fails).
 */
function call(module, name, args, unusable) {
  try {
    return module[name](...args);
  } catch (error) {
    if (ownError(error)) throw error;
    throw recover(module, name, error, unusable);
  }
}

/** The engine's own errors: the instance is intact. */
function ownError(error) {
  return (
    error instanceof Error &&
    (error.name === 'InputError' || error.name === 'ImportError' || error.name === 'SerializeError')
  );
}

/**
 * After a trap (a panic, or a stack overflow) the instance's state is undefined: keep the
 * panic message, start a fresh instance from the compiled module (the engine keeps no state
 * between calls, so nothing is lost) and describe what happened.
 */
function recover(module, name, error, unusable) {
  let panic = null;
  try {
    panic = module.takePanicMessage() ?? null;
  } catch {
    // The old instance cannot even answer that; the message is lost.
  }
  const detail = panic ?? `${error?.name ?? 'Error'}: ${error?.message ?? String(error)}`;
  const failure = new Error(`${name}() failed inside the engine (a bug; please report it): ${detail}`, {
    cause: error,
  });
  failure.name = 'PanicError';
  failure.panic = panic;
  try {
    module.__wbg_reset_state();
  } catch (restartError) {
    unusable(
      new Error(`@provplan/core: the engine could not be restarted after a panic: ${restartError}`, {
        cause: restartError,
      }),
    );
  }
  return failure;
}

/** What saving the scenario's provisioning configuration does (CONTRACT.md: Evaluation). */
export function evaluate(scenario) {
  return guarded('evaluate', [readable(scenario)]);
}

/** The five mode combinations per organization (CONTRACT.md: Mode comparison). */
export function compare(scenario) {
  return guarded('compare', [readable(scenario)]);
}

/** An unpaired surrogate: a string holding one is not Unicode text. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a string is Unicode text (`isWellFormed` where the engine has it). */
const wellFormed = (s) => (typeof s.isWellFormed === 'function' ? s.isWellFormed() : !LONE_SURROGATE.test(s));

/** Line and column (1-based, in characters) of UTF-16 offset `at` of `text`. */
function lineColumn(text, at) {
  const before = text.slice(0, at);
  const start = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: [...before.slice(start)].length + 1 };
}

/** Where an unpaired surrogate is in `text`, or null. */
function loneSurrogate(text) {
  if (wellFormed(text)) return null;
  return lineColumn(text, text.search(LONE_SURROGATE));
}

/** An `Error` named `InputError` listing one input error, as the engine throws it. */
function inputError(path, kind, message) {
  const error = new Error(path === '' ? message : `${path}: ${message}`);
  error.name = 'InputError';
  error.errors = [{ path, kind, message }];
  return error;
}

/** A key of a path as the engine writes it (CONTRACT.md: Input errors). */
const pathKey = (parent, key) =>
  /^[A-Za-z0-9_-]+$/.test(key) ? (parent === '' ? key : `${parent}.${key}`) : `${parent}[${JSON.stringify(key)}]`;

/**
 * The scenario, or the input error of its first value that is not JSON data (CONTRACT.md:
 * Reading a scenario): `JSON.stringify` would drop a function silently, and a string would
 * cross into the engine with U+FFFD for an unpaired surrogate. Linear in the value.
 */
function readable(scenario) {
  if (typeof scenario === 'string') {
    const at = loneSurrogate(scenario);
    if (at) {
      throw inputError('', 'syntax', `invalid JSON at line ${at.line}, column ${at.column}: not Unicode text (an unpaired surrogate)`);
    }
    return scenario;
  }
  if (scenario === null || typeof scenario !== 'object') return scenario;
  try {
    findNotData(scenario);
  } catch (error) {
    if (isInputError(error)) throw error;
    throw inputError('', 'type', `the scenario is not JSON data: ${error?.message ?? String(error)}`);
  }
  return scenario;
}

/** Throws the input error of the first value of `scenario` that is not JSON data. */
function findNotData(scenario) {
  const notData = { function: 'a function', symbol: 'a symbol', bigint: 'a BigInt' };
  // Depth first; an object met again while open is a cycle.
  const open = new Set();
  const stack = [{ value: scenario, path: '', key: '' }];
  while (stack.length > 0) {
    const { value, path, key, exit } = stack.pop();
    if (exit) {
      open.delete(exit);
      continue;
    }
    let v = value;
    if (v !== null && typeof v === 'object' && typeof v.toJSON === 'function') v = v.toJSON(key);
    if (typeof v === 'string') {
      if (!wellFormed(v)) throw inputError(path, 'syntax', 'not Unicode text (an unpaired surrogate)');
      continue;
    }
    if (notData[typeof v]) throw inputError(path, 'type', `expected JSON data, found ${notData[typeof v]}`);
    if (v === null || typeof v !== 'object') continue;
    if (open.has(v)) throw inputError(path, 'type', 'expected JSON data, found a cycle (a value that contains itself)');
    open.add(v);
    stack.push({ exit: v });
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i -= 1) {
        if (v[i] === undefined) throw inputError(`${path}[${i}]`, 'type', 'expected JSON data, found undefined');
        stack.push({ value: v[i], path: `${path}[${i}]`, key: String(i) });
      }
    } else {
      for (const k of Object.keys(v).reverse()) {
        const p = pathKey(path, k);
        if (!wellFormed(k)) throw inputError(p, 'syntax', 'not Unicode text (an unpaired surrogate)');
        if (v[k] !== undefined) stack.push({ value: v[k], path: p, key: k });
      }
    }
  }
}

/** The contract's ids and their orders, for building forms without hard-coding them. */
export function catalog() {
  return guarded('catalog', []);
}

/** The engine's version. */
export function version() {
  return guarded('version', []);
}

/** The importer's module once loaded (a promise), or null. */
let importer = null;

function loadImporter(input) {
  if (importer === null) {
    importer = (async () => {
      const module = await import('./import/provplan_import.js');
      await module.default({ module_or_path: await wasmSource(input, './import/provplan_import_bg.wasm') });
      return module;
    })().catch((error) => {
      importer = null;
      throw error;
    });
  }
  return importer;
}

/**
 * Reads directory exports (SCIM 2.0 JSON, Google Workspace, Microsoft Entra, Okta or plain
 * CSV; each file's format recognised from its content, or `options.format` for all) and merges
 * them as `provplan import` does. `files`: `[{ name, text }]`. Resolves to
 * `{ directory, warnings, formats }`; rejects with an `ImportError` listing every problem by
 * file, line and column. The importer's module is loaded on the first call (from
 * `options.wasm` when given, else the file next to this module). Needs no `init()`.
 */
export async function importDirectory(files, options) {
  const { format, wasm, scimEmail, ssoEmail } = readOptions(options);
  unicodeFiles(files);
  const module = await loadImporter(wasm);
  // An importer that cannot be restarted is loaded afresh by the next call.
  return call(module, 'importDirectory', [files, format, scimEmail, ssoEmail], () => {
    importer = null;
  });
}

/** An `ImportError` for each file whose name or text is not Unicode (see `readable`). */
function unicodeFiles(files) {
  if (!Array.isArray(files)) return;
  const errors = [];
  for (const f of files) {
    const name = typeof f?.name === 'string' ? f.name : '';
    const where = typeof f?.text === 'string' ? loneSurrogate(f.text) : null;
    if (!wellFormed(name)) errors.push({ file: name, line: 0, column: 0, message: 'the file name is not Unicode text (an unpaired surrogate)' });
    if (where) errors.push({ file: name, ...where, message: 'not Unicode text (an unpaired surrogate)' });
  }
  if (errors.length > 0) {
    const error = new Error(errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join('\n'));
    error.name = 'ImportError';
    error.errors = errors;
    throw error;
  }
}

/** `importDirectory`'s options, or an `ImportError` naming the one that cannot be used. */
function readOptions(options) {
  const problem = (message) => {
    const error = new Error(message);
    error.name = 'ImportError';
    error.errors = [{ file: '', line: 0, column: 0, message }];
    return error;
  };
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw problem(`options must be an object ({ format?, wasm?, scimEmail?, ssoEmail? }), not ${options === null ? 'null' : typeof options}`);
  }
  let format;
  let wasm;
  let scimEmail;
  let ssoEmail;
  try {
    ({ format, wasm, scimEmail, ssoEmail } = options);
  } catch (error) {
    throw problem(`options could not be read: ${error?.message ?? String(error)}`);
  }
  // R26: which attribute gives the address SCIM provisions, and which the one SSO sends.
  for (const [name, value] of [['format', format], ['scimEmail', scimEmail], ['ssoEmail', ssoEmail]]) {
    if (value !== undefined && value !== null && typeof value !== 'string') {
      throw problem(`options.${name} must be a string, not ${typeof value}`);
    }
  }
  return { format: format ?? undefined, wasm, scimEmail: scimEmail ?? undefined, ssoEmail: ssoEmail ?? undefined };
}

/** True for the `Error` that `importDirectory` rejects with when a file cannot be read. */
export function isImportError(error) {
  return error instanceof Error && error.name === 'ImportError' && Array.isArray(error.errors);
}

/** True for the `Error` that `evaluate` and `compare` throw on invalid input. */
export function isInputError(error) {
  return error instanceof Error && error.name === 'InputError' && Array.isArray(error.errors);
}

/** True for the `Error` thrown when the engine panicked (it has been restarted). */
export function isPanicError(error) {
  return error instanceof Error && error.name === 'PanicError';
}

/**
 * Panics inside the engine on purpose. Not part of the API: the package's tests use it to
 * check that a panic becomes a `PanicError` and that the engine works again afterwards.
 * @internal
 */
export function __panicForTests(message) {
  return guarded('__panicForTests', [String(message)]);
}
