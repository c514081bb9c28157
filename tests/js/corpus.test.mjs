// The malformed-input corpus (tests/corpus/) through the JS/WASM API: every file gives the
// same input errors, or the same findings, as the Rust suite expects (tests/corpus.rs reads
// the same expected.json natively). Files that are not UTF-8 are decoded as a page would
// (TextDecoder, U+FFFD for each bad byte). The generated size and count cases are built as
// expected.json describes.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { ROOT, loadPackage } from './helpers.mjs';

const DIR = path.join(ROOT, 'tests/corpus');
const expected = JSON.parse(fs.readFileSync(path.join(DIR, 'expected.json'), 'utf8'));
const pkg = await loadPackage();

/** `{errors}` (sorted lines) or `{findings}` (sorted codes) of a scenario text. */
function outcome(text) {
  try {
    const ev = pkg.evaluate(text);
    return { findings: ev.findings.map((f) => f.code).sort() };
  } catch (e) {
    assert.equal(e.name, 'InputError', `unexpected ${e.name}: ${e.message}`);
    assert.ok(Array.isArray(e.errors) && e.errors.length > 0);
    return { errors: e.errors.map((x) => (x.path ? `${x.path}: ${x.message}` : x.message)).sort() };
  }
}

function want(c, lossy) {
  const errors = lossy ? c.lossy_errors : c.errors;
  const findings = lossy ? c.lossy_findings : c.findings;
  return errors ? { errors: [...errors].sort() } : { findings: [...findings].sort() };
}

test('every corpus file gives its expected errors or findings through the wasm API', () => {
  const files = Object.keys(expected.cases);
  assert.ok(files.length >= 60, `the corpus has ${files.length} files`);
  for (const [file, c] of Object.entries(expected.cases)) {
    const bytes = fs.readFileSync(path.join(DIR, file));
    let text;
    let lossy = false;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      lossy = true;
    }
    if (lossy && !c.lossy_errors && !c.lossy_findings) continue;
    assert.deepEqual(outcome(text), want(c, lossy), file);
  }
});

test('generated size and count limits hold through the wasm API', () => {
  for (const [name, g] of Object.entries(expected.generated)) {
    const base = JSON.parse(fs.readFileSync(path.join(DIR, g.base), 'utf8'));
    for (let i = 0; i < (g.add_users ?? 0); i++) {
      const groups = [];
      for (let j = 0; j < (g.groups_per_added_user ?? 0); j++) groups.push(`g${i}-${j}`);
      base.directory.users.push(groups.length ? { email: `u${i}@x.com`, groups } : { email: `u${i}@x.com` });
    }
    let text = JSON.stringify(base);
    if (g.pad_to_bytes) text += ' '.repeat(g.pad_to_bytes - Buffer.byteLength(text));
    assert.deepEqual(outcome(text), want(g, false), name);
  }
});
