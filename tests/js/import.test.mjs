// The directory importer through the JS/WASM API (`importDirectory`, a module of its own that
// the package loads on first use): every file of the export corpus (tests/corpus/import/)
// gives what expected.json lists, as the Rust suite checks natively; several files merge as
// `provplan import` merges them; bad arguments and unreadable files reject with an
// `ImportError` naming file, line and column; the engine module stays small without it.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { PKG, ROOT, cli, loadPackage } from './helpers.mjs';

const DIR = path.join(ROOT, 'tests/corpus/import');
const FIXTURES = path.join(ROOT, 'tests/fixtures/import');
const expected = JSON.parse(fs.readFileSync(path.join(DIR, 'expected.json'), 'utf8'));
const pkg = await loadPackage();

/** One file's outcome in the shape of expected.json. */
async function outcome(name, text) {
  try {
    const r = await pkg.importDirectory([{ name, text }]);
    for (const w of r.warnings) assert.equal(w.file, name);
    return {
      formats: r.formats,
      users: r.directory.users,
      warnings: r.warnings.map((w) => `${w.kind} ${w.line}:${w.column}`).sort(),
    };
  } catch (e) {
    assert.ok(pkg.isImportError(e), `unexpected ${e?.name}: ${e?.message}`);
    for (const x of e.errors) assert.equal(x.file, name);
    return { errors: e.errors.map((x) => `${x.line}:${x.column}: ${x.message}`).sort() };
  }
}

test('every export quirk of the corpus gives its expected directory, errors or warnings through the wasm API', async () => {
  const files = fs.readdirSync(DIR).filter((f) => f !== 'expected.json').sort();
  assert.deepEqual(files, Object.keys(expected.cases).sort());
  assert.ok(files.length >= 20, `${files.length} files`);
  for (const [file, c] of Object.entries(expected.cases)) {
    const bytes = fs.readFileSync(path.join(DIR, file));
    let text;
    let want;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
      want = { ...c };
      delete want.about;
    } catch {
      // As a page reads a file: each bad byte becomes U+FFFD.
      text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      assert.ok(c.lossy, `${file}: not UTF-8, so expected.json needs \`lossy\``);
      want = c.lossy;
    }
    assert.deepEqual(await outcome(file, text), want, file);
  }
});

test('several files merge as the command line merges them', async () => {
  const names = ['okta-users.csv', 'okta-groups.csv'];
  const files = names.map((name) => ({ name, text: fs.readFileSync(path.join(FIXTURES, name), 'utf8') }));
  const r = await pkg.importDirectory(files);
  assert.deepEqual(r.formats, ['okta-users', 'okta-groups']);
  const out = cli('import', ...names.map((n) => path.join(FIXTURES, n)));
  assert.equal(out.code, 0, out.stderr);
  assert.deepEqual(r.directory, JSON.parse(out.stdout));
  assert.ok(r.directory.users.length > 0);
});

test('a forced format, an unknown format and arguments of the wrong shape', async () => {
  const text = 'email,name\nada@example.com,Ada\n';
  const forced = await pkg.importDirectory([{ name: 'a.csv', text }], { format: 'plain' });
  assert.deepEqual(forced.formats, ['plain']);
  assert.deepEqual(forced.directory.users, [{ email: 'ada@example.com', name: 'Ada' }]);

  await assert.rejects(pkg.importDirectory([{ name: 'a.csv', text }], { format: 'excel' }), (e) => {
    assert.ok(pkg.isImportError(e));
    assert.match(e.errors[0].message, /unknown format `excel`; expected one of scim, .*plain/);
    return true;
  });
  for (const bad of [undefined, 'a.csv', [{ name: 'a.csv' }], [{ name: 'a.csv', text: 1 }]]) {
    await assert.rejects(pkg.importDirectory(bad), (e) => {
      assert.ok(pkg.isImportError(e), `${e?.name}: ${e?.message}`);
      assert.match(e.errors[0].message, /expected a list of \{name, text\}/);
      return true;
    });
  }
  // Options of the wrong type, or that cannot be read, are an ImportError naming the option,
  // never a crash of the engine.
  const throwing = Object.defineProperty({}, 'format', {
    get() {
      throw new Error('no');
    },
  });
  const badOptions = [
    [null, /options must be an object/],
    [7, /options must be an object/],
    [{ format: 7 }, /options\.format must be a string/],
    [{ format: true }, /options\.format must be a string/],
    [{ format: {} }, /options\.format must be a string/],
    [{ format: 10n }, /options\.format must be a string/],
    [{ format: Symbol('x') }, /options\.format must be a string/],
    [throwing, /options could not be read: no/],
  ];
  for (const [i, [options, message]] of badOptions.entries()) {
    await assert.rejects(pkg.importDirectory([{ name: 'a.csv', text }], options), (e) => {
      assert.ok(pkg.isImportError(e), `options #${i}: ${e?.name}: ${e?.message}`);
      assert.match(e.errors[0].message, message);
      return true;
    });
  }
  // The importer still works after refusals.
  assert.equal((await pkg.importDirectory([{ name: 'a.csv', text }])).directory.users.length, 1);
});

test('text that is not Unicode (an unpaired surrogate) is refused where it is, never replaced', async () => {
  const text = 'email,name\nada@example.com,Ada\nbo@example.com,B\uD800o\n';
  await assert.rejects(pkg.importDirectory([{ name: 'ok.csv', text: 'email\ncy@example.com\n' }, { name: 'a.csv', text }]), (e) => {
    assert.ok(pkg.isImportError(e));
    assert.deepEqual(e.errors, [{ file: 'a.csv', line: 3, column: 17, message: 'not Unicode text (an unpaired surrogate)' }]);
    assert.equal(e.message, 'a.csv:3:17: not Unicode text (an unpaired surrogate)');
    return true;
  });
  await assert.rejects(pkg.importDirectory([{ name: 'a\uDC00.csv', text: 'email\nada@example.com\n' }]), (e) => {
    assert.ok(pkg.isImportError(e));
    assert.match(e.errors[0].message, /file name is not Unicode text/);
    return true;
  });
  // A surrogate pair is Unicode text: an emoji in a name is read as it is.
  const ok = await pkg.importDirectory([{ name: 'a.csv', text: 'email,name\nada@example.com,Ada \u{1F600}\n' }]);
  assert.equal(ok.directory.users[0].name, 'Ada \u{1F600}');
});

test('the importer is a module of its own: the engine does not carry it', () => {
  const engine = fs.readFileSync(path.join(PKG, 'provplan_core_bg_glue.js'), 'utf8');
  assert.doesNotMatch(engine, /importDirectory/);
  const importer = fs.readFileSync(path.join(PKG, 'import/provplan_import.js'), 'utf8');
  assert.match(importer, /importDirectory/);
  assert.doesNotMatch(importer, /export function evaluate/);
});

test('R26: scimEmail and ssoEmail choose the attributes, as --scim-email and --sso-email do', async () => {
  const text = fs.readFileSync(path.join(FIXTURES, 'okta-users.csv'), 'utf8');
  const files = [{ name: 'okta-users.csv', text }];
  // Okta's defaults: SCIM sends `login`, SSO `email`.
  const byDefault = await pkg.importDirectory(files);
  assert.deepEqual(
    [byDefault.directory.users[3].email, byDefault.directory.users[3].sso_email],
    ['carol@example.org', 'c.shaw@example.org'],
  );
  const chosen = await pkg.importDirectory(files, { scimEmail: 'email', ssoEmail: 'EMAIL' });
  const out = cli('import', '--scim-email', 'email', '--sso-email', 'email', path.join(FIXTURES, 'okta-users.csv'));
  assert.equal(out.code, 0, out.stderr);
  assert.deepEqual(chosen.directory, JSON.parse(out.stdout));
  assert.equal(chosen.directory.users[3].sso_email, undefined);
  for (const [options, message] of [
    [{ scimEmail: 'mail' }, /the SCIM email attribute `mail` is not one of the Okta users CSV's: login, email/],
    [{ ssoEmail: 'upn' }, /options\.ssoEmail: unknown attribute `upn`; expected one of userName, emails/],
    [{ scimEmail: 3 }, /options\.scimEmail must be a string/],
  ]) {
    await assert.rejects(pkg.importDirectory(files, options), (e) => {
      assert.ok(pkg.isImportError(e), `${e?.name}: ${e?.message}`);
      assert.match(e.errors[0].message, message);
      return true;
    });
  }
});
