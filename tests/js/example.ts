// Uses every export of @provplan/core as a TypeScript front end would; checked, not run, by
// `tsc --noEmit -p tests/js/tsconfig.json`. The `@ts-expect-error` lines check that the
// declarations reject what the engine rejects.

import {
  catalog,
  compare,
  evaluate,
  importDirectory,
  init,
  isImportError,
  isInputError,
  isPanicError,
  version,
} from '@provplan/core';
import type {
  Imported,
  ImportFormatId,
  ImportWarningKind,
  Catalog,
  Comparison,
  Evaluation,
  Finding,
  InputErrorDetail,
  ModeId,
  PlanId,
  ProductId,
  Scenario,
  SeatTierId,
  StatusId,
  UserOutcome,
} from '@provplan/core';

await init(new URL('../../target/pkg/provplan_core_bg_glue_bg.wasm', import.meta.url));
await init(await fetch('/provplan_core_bg_glue_bg.wasm'));
await init(new Uint8Array([0, 97, 115, 109]));

const engine: string = version();

// Forms from the catalogue, without hard-coded ids.
const info: Catalog = catalog();
const planOptions: Array<[PlanId, string]> = info.plans.map((p) => [p.id, p.label]);
const scimPlans: PlanId[] = info.plans.filter((p) => p.eligible_modes.console.includes('scim')).map((p) => p.id);
const rolesOf = (product: ProductId): readonly string[] => info.products.find((p) => p.id === product)?.roles ?? [];
const errorCodes = info.finding_codes.filter((c) => c.severity === 'error').map((c) => `${c.code} (${c.rule})`);

const scenario: Scenario = {
  version: 1,
  plan: 'enterprise_usage_based',
  actor: 'ada@example.com',
  directory: {
    idp: 'okta',
    scim_connected: true,
    users: [
      { email: 'ada@example.com', name: 'Ada', assigned: true, groups: ['anthropic-claude-owners'] },
      { email: 'bo@example.com', groups: ['anthropic-claude-chat'] },
    ],
  },
  organizations: [
    {
      id: 'claude',
      name: 'Example Inc.',
      product: 'claude',
      seats: { chat_claude_code: 5, chat: 50 },
      provisioning: {
        mode: 'scim',
        group_mappings: {
          enabled: true,
          roles: { owner: ['anthropic-claude-owners'] },
          seat_tiers: { chat: ['anthropic-claude-chat'] },
          role_precedence: ['owner', 'admin', 'user'],
        },
      },
      members: [{ email: 'ada@example.com', role: 'owner', seat_tier: 'chat_claude_code' }],
    },
    {
      id: 'api',
      product: 'console',
      provisioning: { mode: 'jit', group_mappings: { enabled: true, roles: { admin: ['anthropic-console-admins'], billing: ['finance'] } } },
      members: [{ email: 'ada@example.com', role: 'admin' }],
    },
  ],
};

const evaluation: Evaluation = evaluate(scenario);
const fromText: Evaluation = evaluate(JSON.stringify(scenario));

function describeStatus(status: StatusId): string {
  switch (status) {
    case 'member':
      return 'member';
    case 'pending_login':
      return 'joins at next sign-in';
    case 'not_added':
      return 'no free seat';
    case 'removed':
      return 'removed on save';
    case 'blocked':
      return 'cannot sign in';
    case 'out_of_scope':
      return 'not provisioned';
  }
}

function describeUser(u: UserOutcome): string {
  const tier: SeatTierId | 'none' = u.seat_tier ?? 'none';
  const when = u.takes_effect === null ? '' : ` (${u.takes_effect})`;
  return `${u.email}: ${describeStatus(u.status)}, ${u.role ?? 'no role'}, ${tier}, ${u.change}${when}, ${u.rules.join(' ')}`;
}

// `code` narrows `params` to that finding's shape.
function describeFinding(f: Finding): string {
  switch (f.code) {
    case 'SEAT_SHORTFALL':
      return Object.entries(f.params.tiers)
        .map(([tier, n]) => `buy ${n} ${tier}`)
        .join(', ');
    case 'ROLE_AMBIGUOUS': {
      const [a, b] = f.params.roles;
      return `${a} or ${b}: ${f.params.chosen}`;
    }
    case 'ACTOR_LOSES_ACCESS':
      return `${f.subjects[0] ?? ''} ends ${f.params.status} as ${f.params.role ?? 'nothing'}`;
    case 'SCIM_NOT_ELIGIBLE':
      return `${f.params.product} on ${f.params.plan}`;
    case 'UNKNOWN_GROUP':
      return Object.keys(f.params.case_mismatch).join(', ');
    case 'DEFAULT_SEAT_TIER':
      return `${f.params.count} users`;
    case 'GROUP_NAMING':
      return f.params.prefix;
    case 'NO_PRIVILEGED_GROUP':
      return f.params.role;
    default:
      return `${f.severity} ${f.rule}: ${f.message} ${f.advice}`;
  }
}

const org = evaluation.organizations[0];
const report: string[] = [
  ...(org?.users.map(describeUser) ?? []),
  ...evaluation.findings.map(describeFinding),
  ...evaluation.checklist.map((c) => `${c.id}: ${c.status} ${c.label} ${c.detail}`),
  ...evaluation.notes.map((n) => `${n.id} ${n.rule}${n.interpretation ? ' [interpretation]' : ''}: ${n.message}`),
];
const seats = org?.seats.chat?.shortfall ?? 0;
const effective: ModeId | undefined = org?.effective_mode;
const pending: number = org?.counts.pending_login ?? 0;
const added: number = org?.changes.add ?? 0;

const rows: Comparison[] = compare(scenario);
const best = rows
  .filter((r) => r.eligible && r.findings.error === 0)
  .map((r) => `${r.organization}: ${r.mode}${r.group_mappings ? ' + AGM' : ''}, ${r.counts.member} members`);

let problems: InputErrorDetail[] = [];
try {
  evaluate('{"version": 1}');
} catch (e) {
  if (isInputError(e)) {
    problems = e.errors;
    const where: string[] = e.errors.map((d) => `${d.path} (${d.kind}): ${d.message}`);
    console.log(e.message, where);
  } else if (isPanicError(e)) {
    console.error(e.panic ?? e.message);
  } else {
    throw e;
  }
}

console.log(engine, planOptions, scimPlans, rolesOf('console'), errorCodes, fromText.version, report, seats, effective, pending, added, best, problems);

// What the declarations reject, as the engine does.
const base = { version: 1, directory: { users: [] } } as const;
// @ts-expect-error an unknown plan (R1)
const badPlan: Scenario = { ...base, plan: 'gold', organizations: [] };
// @ts-expect-error version 2 is not understood
const badVersion: Scenario = { ...base, version: 2, plan: 'team', organizations: [] };
const badMode: Scenario = {
  ...base,
  plan: 'team',
  // @ts-expect-error an unknown mode
  organizations: [{ id: 'claude', product: 'claude', provisioning: { mode: 'scmi' } }],
};
const consoleSeats: Scenario = {
  ...base,
  plan: 'team',
  // @ts-expect-error R4: Console organizations have no seats
  organizations: [{ id: 'api', product: 'console', seats: { premium: 1 } }],
};
const ownerOnConsole: Scenario = {
  ...base,
  plan: 'team',
  // @ts-expect-error R3: owner is not a Console role
  organizations: [{ id: 'api', product: 'console', members: [{ email: 'a@example.com', role: 'owner' }] }],
};
const typo: Scenario = {
  ...base,
  plan: 'team',
  // @ts-expect-error unknown fields are errors
  organisations: [],
  organizations: [],
};
console.log(badPlan, badVersion, badMode, consoleSeats, ownerOnConsole, typo);

// The importer: files in, a scenario's directory out.
async function importExample(): Promise<Scenario> {
  try {
    const imported: Imported = await importDirectory([{ name: 'users.csv', text: 'email\nada@example.com\n' }], {
      format: 'plain',
    });
    const kinds: ImportWarningKind[] = imported.warnings.map((w) => w.kind);
    console.log(kinds, imported.formats satisfies ImportFormatId[]);
    return { ...base, plan: 'team', directory: imported.directory, organizations: [] };
  } catch (error) {
    if (isImportError(error)) console.error(error.errors.map((e) => `${e.file}:${e.line}:${e.column}`));
    throw error;
  }
}
// @ts-expect-error an unknown format
void importDirectory([], { format: 'excel' });
void importExample;
