// The JS/WASM package in Node: every example and fixture scenario gives exactly the command
// line's output, invalid input throws a structured InputError, and a panic becomes a readable
// PanicError after which the engine works again.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, test } from 'node:test';

import { PKG, ROOT, cli, cliJson, errorLines, loadPackage, scenarioFiles } from './helpers.mjs';

let pkg;
before(async () => {
  pkg = await loadPackage();
});

const scenarios = scenarioFiles();

test('there are example scenarios to check', () => {
  assert.ok(
    scenarios.filter((s) => s.name.startsWith('examples/')).length >= 1,
    'examples/*.json should hold scenarios',
  );
});

/** The package's answer for one scenario, in the command line's terms. */
function viaPackage(fn, input) {
  try {
    return { ok: true, value: fn(input) };
  } catch (error) {
    assert.equal(error.name, 'InputError', `unexpected ${error.name}: ${error.message}`);
    return { ok: false, errors: errorLines(error) };
  }
}

for (const { file, name, text, value } of scenarios) {
  describe(name, () => {
    for (const command of ['evaluate', 'compare']) {
      test(`${command}() equals \`provplan ${command === 'compare' ? 'compare --json' : command}\``, () => {
        const expected = cliJson(command, file);
        // As a JS object, and as the JSON text itself.
        assert.deepStrictEqual(viaPackage(pkg[command], value), expected);
        assert.deepStrictEqual(viaPackage(pkg[command], text), expected);
      });
    }
  });
}

describe('values cross as plain JS objects', () => {
  const example = scenarios[0];

  test('maps are objects (not Map), absent values are null, never undefined', () => {
    const ev = pkg.evaluate(example.value);
    const walk = (v, at) => {
      assert.notEqual(v, undefined, `${at} is undefined`);
      assert.ok(!(v instanceof Map), `${at} is a Map`);
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}[${i}]`));
      else if (v !== null && typeof v === 'object') {
        assert.equal(Object.getPrototypeOf(v), Object.prototype, `${at} is not a plain object`);
        for (const [k, x] of Object.entries(v)) walk(x, `${at}.${k}`);
      }
    };
    walk(ev, 'evaluation');
    walk(pkg.compare(example.value), 'comparison');
    walk(pkg.catalog(), 'catalog');
  });

  test('a property set to undefined counts as absent, as in JSON', () => {
    const { value } = example;
    const withUndefined = {
      ...value,
      actor: undefined,
      directory: { ...value.directory, idp: undefined },
      organizations: value.organizations.map((o) => ({ ...o, name: undefined })),
    };
    const { actor: _a, ...rest } = value;
    const without = {
      ...rest,
      directory: Object.fromEntries(Object.entries(value.directory).filter(([k]) => k !== 'idp')),
      organizations: value.organizations.map(({ name: _n, ...o }) => o),
    };
    assert.deepStrictEqual(pkg.evaluate(withUndefined), pkg.evaluate(without));
  });

  test('the input is not modified', () => {
    const copy = structuredClone(example.value);
    pkg.evaluate(example.value);
    pkg.compare(example.value);
    assert.deepStrictEqual(example.value, copy);
  });
});

describe('invalid input', () => {
  const base = () => ({
    version: 1,
    plan: 'enterprise_usage_based',
    directory: { users: [{ email: 'ada@example.com' }] },
    organizations: [{ id: 'claude', product: 'claude', provisioning: { mode: 'jit' } }],
  });

  function inputError(fn) {
    let thrown;
    assert.throws(fn, (e) => {
      thrown = e;
      return true;
    });
    assert.ok(thrown instanceof Error, 'an Error is thrown');
    assert.equal(thrown.name, 'InputError');
    assert.ok(pkg.isInputError(thrown));
    assert.ok(Array.isArray(thrown.errors) && thrown.errors.length > 0, 'errors lists the problems');
    for (const e of thrown.errors) {
      assert.deepStrictEqual(Object.keys(e), ['path', 'kind', 'message']);
      assert.equal(typeof e.path, 'string');
      assert.equal(typeof e.kind, 'string');
      assert.equal(typeof e.message, 'string');
    }
    // The message lists every error with its path, one per line.
    assert.equal(thrown.message, errorLines(thrown).join('\n'));
    return thrown;
  }

  test('an unknown mode names its path', () => {
    const sc = base();
    sc.organizations[0].provisioning.mode = 'scmi';
    const e = inputError(() => pkg.evaluate(sc));
    assert.deepStrictEqual(
      e.errors.map((x) => [x.path, x.kind]),
      [['organizations[0].provisioning.mode', 'unknown_id']],
    );
    assert.match(e.errors[0].message, /scmi/);
    assert.deepStrictEqual(errorLines(inputError(() => pkg.compare(sc))), errorLines(e));
  });

  test('several errors at once, each with its path, as the command line reports them', () => {
    const sc = base();
    sc.colour = 'red';
    sc.directory.users.push({ email: 'ADA@example.com' }, { email: 'nope' });
    sc.organizations[0].seats = { chat: -1, premium: 2 };
    sc.organizations[0].provisioning = {
      mode: 'scmi',
      group_mappings: { enabled: 'yes', roles: { boss: ['anthropic-claude-boss'] } },
    };
    sc.organizations.push({ id: 'claude', product: 'consol' });
    const e = inputError(() => pkg.evaluate(sc));
    const kinds = Object.fromEntries(e.errors.map((x) => [x.path, x.kind]));
    assert.deepStrictEqual(
      {
        colour: kinds.colour,
        'directory.users[1].email': kinds['directory.users[1].email'],
        'directory.users[2].email': kinds['directory.users[2].email'],
        'organizations[0].seats.chat': kinds['organizations[0].seats.chat'],
        'organizations[0].seats.premium': kinds['organizations[0].seats.premium'],
        'organizations[0].provisioning.mode': kinds['organizations[0].provisioning.mode'],
        'organizations[0].provisioning.group_mappings.enabled': kinds['organizations[0].provisioning.group_mappings.enabled'],
        'organizations[0].provisioning.group_mappings.roles.boss': kinds['organizations[0].provisioning.group_mappings.roles.boss'],
        'organizations[1].id': kinds['organizations[1].id'],
        'organizations[1].product': kinds['organizations[1].product'],
      },
      {
        colour: 'unknown_field',
        'directory.users[1].email': 'duplicate',
        'directory.users[2].email': 'invalid',
        'organizations[0].seats.chat': 'type',
        'organizations[0].seats.premium': 'unknown_id',
        'organizations[0].provisioning.mode': 'unknown_id',
        'organizations[0].provisioning.group_mappings.enabled': 'type',
        'organizations[0].provisioning.group_mappings.roles.boss': 'unknown_id',
        'organizations[1].id': 'duplicate',
        'organizations[1].product': 'unknown_id',
      },
    );
    // The same list, in the same order, as `provplan evaluate` prints for the same JSON.
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'provplan-js-'));
    try {
      const file = path.join(tmp, 'invalid.json');
      fs.writeFileSync(file, JSON.stringify(sc));
      const expected = cliJson('evaluate', file);
      assert.equal(expected.ok, false);
      assert.deepStrictEqual(errorLines(e), expected.errors);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  test('a missing required field and a wrong version', () => {
    const sc = base();
    sc.version = 3;
    delete sc.organizations[0].product;
    const e = inputError(() => pkg.evaluate(sc));
    const paths = e.errors.map((x) => [x.path, x.kind]);
    assert.ok(paths.some(([p, k]) => p === 'version' && k === 'version'), JSON.stringify(paths));
    assert.ok(paths.some(([p, k]) => p === 'organizations[0].product' && k === 'missing'), JSON.stringify(paths));
  });

  const notScenarios = [
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['a list', []],
    ['a boolean', true],
    ['a function', () => 1],
    ['a symbol', Symbol('scenario')],
    ['a BigInt', 10n],
    ['text that is not JSON', 'plan: team'],
  ];
  for (const [what, input] of notScenarios) {
    test(`${what} throws a clean InputError`, () => {
      for (const fn of [pkg.evaluate, pkg.compare]) {
        const e = inputError(() => fn(input));
        assert.equal(e.errors.length, 1);
        assert.equal(e.errors[0].path, '', 'about the input as a whole');
        assert.doesNotMatch(e.message, /unreachable|RuntimeError|panicked/);
      }
    });
  }

  test('a value that is not JSON data inside a scenario is named by its path, never dropped', () => {
    const withUser = (extra) => {
      const sc = base();
      Object.assign(sc.directory.users[0], extra);
      return sc;
    };
    const cases = [
      [withUser({ name: () => 'Ada' }), 'directory.users[0].name', 'type', /found a function/],
      [withUser({ name: Symbol('Ada') }), 'directory.users[0].name', 'type', /found a symbol/],
      [withUser({ name: 10n }), 'directory.users[0].name', 'type', /found a BigInt/],
      [withUser({ groups: ['a', undefined] }), 'directory.users[0].groups[1]', 'type', /found undefined/],
      [withUser({ groups: [() => 1] }), 'directory.users[0].groups[0]', 'type', /found a function/],
      [withUser({ name: 'Ad\uD800a' }), 'directory.users[0].name', 'syntax', /not Unicode text/],
      [withUser({ 'na\uDC00me': 'Ada' }), 'directory.users[0]["na\\udc00me"]', 'syntax', /not Unicode text/],
      [(() => { const o = base(); o.directory.self = o.directory; return o; })(), 'directory.self', 'type', /a cycle/],
    ];
    for (const [sc, where, kind, message] of cases) {
      for (const fn of [pkg.evaluate, pkg.compare]) {
        const e = inputError(() => fn(sc));
        assert.deepStrictEqual([e.errors.length, e.errors[0].path, e.errors[0].kind], [1, where, kind]);
        assert.match(e.errors[0].message, message);
      }
    }
    // A property that is undefined is absent, as `JSON.stringify` has it; the same object
    // referenced twice (not a cycle) is data.
    const groups = ['anthropic-users'];
    const shared = base();
    shared.directory.users = [{ email: 'a@example.com', groups, name: undefined }, { email: 'b@example.com', groups }];
    assert.equal(pkg.evaluate(shared).organizations[0].users.length, 2);
  });

  test('JSON text that is not Unicode is refused at its line and column, never replaced', () => {
    const text = '{"version": 1,\n  "plan": "team\uD800"}';
    const e = inputError(() => pkg.evaluate(text));
    assert.deepStrictEqual(e.errors[0], {
      path: '',
      kind: 'syntax',
      message: 'invalid JSON at line 2, column 16: not Unicode text (an unpaired surrogate)',
    });
  });

  test('JSON text with a syntax error reports line and column, as the command line does', () => {
    const text = '{"version": 1,\n  "plan": }';
    const e = inputError(() => pkg.evaluate(text));
    assert.equal(e.errors[0].kind, 'syntax');
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'provplan-js-'));
    try {
      const file = path.join(tmp, 'syntax.json');
      fs.writeFileSync(file, text);
      assert.deepStrictEqual(errorLines(e), cliJson('evaluate', file).errors);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  test('the engine still works after input errors', () => {
    assert.throws(() => pkg.evaluate(null), { name: 'InputError' });
    assert.equal(pkg.evaluate(base()).organizations[0].effective_mode, 'jit');
  });
});

describe('a panic', () => {
  test('becomes a readable PanicError, and the next calls work on a fresh instance', () => {
    const example = scenarios[0];
    const before = pkg.evaluate(example.value);
    let thrown;
    assert.throws(
      () => pkg.__panicForTests('the test panic'),
      (e) => {
        thrown = e;
        return true;
      },
    );
    assert.ok(thrown instanceof Error);
    assert.equal(thrown.name, 'PanicError');
    assert.ok(pkg.isPanicError(thrown));
    assert.match(thrown.message, /the test panic/, 'the panic message is kept');
    assert.doesNotMatch(thrown.message, /unreachable/);
    assert.match(thrown.panic, /^panicked at .*\n?the test panic$/s);
    assert.ok(thrown.cause instanceof WebAssembly.RuntimeError, 'the trap is the cause');

    assert.deepStrictEqual(pkg.evaluate(example.value), before);
    assert.deepStrictEqual(pkg.compare(example.value), cliJson('compare', example.file).value);
    assert.equal(typeof pkg.version(), 'string');
    // Twice in a row: each panic gets its own message.
    assert.throws(() => pkg.__panicForTests('again'), (e) => e.name === 'PanicError' && /again/.test(e.message));
    assert.deepStrictEqual(pkg.evaluate(example.value), before);
  });
});

test('version() is the crate version and the package.json version', () => {
  const v = pkg.version();
  const cargo = fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8');
  const workspaceVersion = /\[workspace\.package\][^[]*?\nversion = "([^"]+)"/.exec(cargo)?.[1];
  assert.equal(v, workspaceVersion);
  const manifest = JSON.parse(fs.readFileSync(path.join(PKG, 'package.json'), 'utf8'));
  assert.equal(manifest.version, v);
  assert.equal(cli('--version').stdout.trim(), `provplan ${v}`);
});

test('package.json names every file it exports and ships', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(PKG, 'package.json'), 'utf8'));
  assert.equal(manifest.name, '@provplan/core');
  assert.equal(manifest.type, 'module');
  for (const file of [manifest.types, manifest.exports['.'].types, manifest.exports['.'].default, ...manifest.files]) {
    assert.ok(fs.existsSync(path.join(PKG, file)), `${file} is in the package`);
  }
});

