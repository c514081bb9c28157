// index.d.ts describes what the engine really returns: real outputs (of every example and
// fixture, and of two scenarios that raise every finding code) are written into a TypeScript
// file as typed object literals and checked with `tsc` — a missing key, an extra key or a
// value outside its union fails. The id unions must equal the catalogue's lists.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';

import { PKG, ROOT, loadPackage, scenarioFiles } from './helpers.mjs';

const TSC = path.join(ROOT, 'tests/node_modules/typescript/bin/tsc');

// Between them these raise every finding code of the contract (checked below).
const WIDE = {
  version: 1,
  plan: 'enterprise_seat_based',
  actor: 'ada@example.com',
  directory: {
    idp: 'entra',
    scim_connected: false,
    users: [
      { email: 'ada@example.com', groups: ['anthropic-claude-users'] },
      { email: 'bo@example.com', name: 'Bo', groups: ['anthropic-claude-premium'] },
      { email: 'cy@example.com', groups: ['anthropic-claude-premium', 'anthropic-claude-users'] },
      { email: 'di@example.com', assigned: false, groups: ['anthropic-claude-users'] },
      { email: 'ed@example.com', groups: ['billing', 'devs'] },
    ],
  },
  organizations: [
    {
      id: 'claude',
      name: 'Example Inc.',
      product: 'claude',
      seats: { premium: 1 },
      provisioning: {
        mode: 'scim',
        group_mappings: {
          enabled: true,
          roles: { owner: ['Anthropic-Claude-Users'], user: ['anthropic-claude-users'] },
          seat_tiers: { premium: ['anthropic-claude-premium'] },
        },
      },
      members: [
        { email: 'ada@example.com', role: 'owner', seat_tier: 'premium' },
        { email: 'zed@example.com', role: 'user' },
      ],
    },
    {
      id: 'api',
      product: 'console',
      provisioning: {
        mode: 'scim',
        group_mappings: {
          enabled: true,
          roles: { billing: ['billing'], developer: ['devs'] },
          seat_tiers: { standard: ['devs'] },
        },
      },
    },
    {
      id: 'lab',
      product: 'console',
      provisioning: { mode: 'manual', group_mappings: { enabled: true, roles: { admin: ['devs'] } } },
    },
  ],
};
const TEAM = {
  version: 1,
  plan: 'team',
  directory: {
    users: [{ email: 'ada@example.com', groups: ['anthropic-claude-owners'] }, { email: 'bo@example.com' }],
  },
  organizations: [
    {
      id: 'claude',
      product: 'claude',
      seats: { premium: 5, standard: 5 },
      provisioning: { mode: 'jit', group_mappings: { enabled: false, roles: { owner: ['anthropic-claude-owners'] } } },
      members: [{ email: 'old@example.com', role: 'user', seat_tier: 'standard' }],
    },
    { id: 'api', product: 'console', provisioning: { mode: 'scim' } },
  ],
};

let pkg;
before(async () => {
  pkg = await loadPackage();
});

/** Type-checks `source` against the built package's index.d.ts; returns tsc's output. */
function typecheck(source) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'provplan-types-'));
  try {
    fs.writeFileSync(path.join(dir, 'check.ts'), source);
    fs.writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          lib: ['ES2022', 'DOM'],
          types: [],
          strict: true,
          exactOptionalPropertyTypes: true,
          noEmit: true,
          paths: { '@provplan/core': [path.join(PKG, 'index.d.ts')] },
        },
        files: ['check.ts'],
      }),
    );
    const r = spawnSync(process.execPath, [TSC, '-p', path.join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    if (r.error) throw r.error;
    return { ok: r.status === 0, output: r.stdout + r.stderr };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const literal = (value) => JSON.stringify(value, null, 2);

function inputErrorOf(fn) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected an InputError');
}

test('index.d.ts types every real output exactly, and its id unions are the catalogue', () => {
  const scenarios = [...scenarioFiles().map((s) => s.value), WIDE, TEAM];
  const catalog = pkg.catalog();
  const lines = [
    `import type * as P from '@provplan/core';`,
    `type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;`,
    `const catalog: P.Catalog = ${literal(catalog)};`,
  ];
  const seen = new Set();
  scenarios.forEach((scenario, i) => {
    let evaluation;
    try {
      evaluation = pkg.evaluate(scenario);
    } catch (e) {
      if (e.name === 'InputError') return; // an invalid fixture: no output to type
      throw e;
    }
    for (const f of evaluation.findings) seen.add(f.code);
    lines.push(`const scenario${i}: P.Scenario = ${literal(scenario)};`);
    lines.push(`const evaluation${i}: P.Evaluation = ${literal(evaluation)};`);
    lines.push(`const comparison${i}: P.Comparison[] = ${literal(pkg.compare(scenario))};`);
  });
  const error = inputErrorOf(() => pkg.evaluate({ ...TEAM, plan: 'gold', colour: 1 }));
  lines.push(`const details: P.InputErrorDetail[] = ${literal(error.errors)};`);

  // Every code's params were checked against real output.
  const codes = catalog.finding_codes.map((c) => c.code);
  assert.deepStrictEqual(codes.filter((c) => !seen.has(c)), [], 'finding codes no checked scenario raises');

  // The unions of index.d.ts are exactly the catalogue's lists.
  const unions = {
    PlanId: catalog.plans.map((p) => p.id),
    ProductId: catalog.products.map((p) => p.id),
    RoleId: catalog.roles,
    ClaudeRole: catalog.products.find((p) => p.id === 'claude').roles,
    ConsoleRole: catalog.products.find((p) => p.id === 'console').roles,
    SeatTierId: catalog.seat_tiers,
    ModeId: catalog.modes,
    IdpId: catalog.idps,
    StatusId: catalog.statuses,
    StepId: catalog.checklist,
    FindingCode: codes,
    SeverityId: [...new Set(catalog.finding_codes.map((c) => c.severity))],
    NoteId: catalog.notes,
  };
  for (const [name, ids] of Object.entries(unions)) {
    assert.ok(ids.length > 0, `${name}: ids found`);
    lines.push(`const same${name}: Same<${ids.map((id) => JSON.stringify(id)).join(' | ')}, P.${name}> = true;`);
  }

  const { ok, output } = typecheck(lines.join('\n') + '\n');
  assert.ok(ok, `tsc found differences between index.d.ts and the real output:\n${output}`);
});

test('the type check does catch a wrong output', () => {
  const evaluation = pkg.evaluate(TEAM);
  const wrong = structuredClone(evaluation);
  wrong.organizations[0].users[0].status = 'invited';
  delete wrong.organizations[0].capacity_checked;
  wrong.organizations[0].extra = true;
  const { ok, output } = typecheck(
    `import type * as P from '@provplan/core';\nconst evaluation: P.Evaluation = ${literal(wrong)};\n`,
  );
  assert.equal(ok, false);
  assert.match(output, /invited/);
});
