// catalog(): every id of RULES.md and CONTRACT.md, in their orders. The lists below are
// copied from those two documents, not from the engine.

import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { loadPackage } from './helpers.mjs';

// R1, in the table's order, with each plan's seat tiers highest first.
const PLANS = [
  ['team', ['premium', 'standard']],
  ['enterprise_seat_based', ['premium', 'standard']],
  ['enterprise_usage_based', ['chat_claude_code', 'chat']],
  ['enterprise_usage_based_single_seat', ['enterprise']],
  ['console_only', []],
];
// R2, R3: roles per product, Claude highest first, Console in the default precedence.
const PRODUCTS = [
  ['claude', ['owner', 'admin', 'user'], 'owner'],
  ['console', ['admin', 'developer', 'limited_developer', 'billing', 'claude_code_user', 'user'], 'admin'],
];
const SEAT_TIERS = ['premium', 'standard', 'chat_claude_code', 'chat', 'enterprise'];
const MODES = ['manual', 'jit', 'scim'];
const IDPS = ['okta', 'entra', 'google', 'jumpcloud', 'onelogin', 'other'];
const STATUSES = ['member', 'pending_login', 'not_added', 'removed', 'blocked', 'out_of_scope'];
// §6, in order.
// The six fixed steps, with the added `prerequisites` and `match_sign_in_email` (R26).
const CHECKLIST = ['prerequisites', 'choose_mode', 'connect_directory', 'match_sign_in_email', 'set_mode', 'assign_groups', 'map_groups', 'save'];
// CONTRACT.md's fixed codes, in its order, with the severity and rule RULES.md gives each.
const FINDING_CODES = [
  ['SCIM_NOT_ELIGIBLE', 'error', 'R7'],
  ['SCIM_NOT_CONNECTED', 'error', 'R8'],
  ['SCIM_FANOUT', 'info', 'R9'],
  ['AGM_NO_EFFECT', 'warning', 'R6'],
  ['ROLE_DEFAULTED', 'info', 'R11'],
  ['ROLE_AMBIGUOUS', 'warning', 'R11'],
  ['MEMBERS_REMOVED_ON_SAVE', 'warning', 'R12'],
  ['MEMBERS_BLOCKED', 'warning', 'R12'],
  ['MAPPINGS_IGNORED', 'info', 'R13'],
  ['DEFAULT_SEAT_TIER', 'info', 'R15'],
  ['SEAT_TIER_MAPPING_NOT_APPLICABLE', 'warning', 'R16'],
  ['SEAT_SHORTFALL', 'error', 'R17'],
  ['NO_PRIVILEGED_GROUP', 'error', 'R19'],
  ['ACTOR_LOSES_ACCESS', 'error', 'R20'],
  ['UNKNOWN_GROUP', 'warning', 'R21'],
  ['UNASSIGNED_IN_GROUP', 'warning', 'R22'],
  ['GROUP_NAMING', 'info', 'R23'],
  ['ENTRA_SYNC_DELAY', 'info', 'R24'],
  ['ACTOR_NOT_PRIVILEGED', 'warning', 'R5'],
  ['LOOKALIKE_EMAILS', 'warning', 'R10'],
];

let catalog;
before(async () => {
  catalog = (await loadPackage()).catalog();
});

test('plans (R1), with their seat tiers highest first', () => {
  assert.deepStrictEqual(
    catalog.plans.map((p) => [p.id, p.seat_tiers]),
    PLANS,
  );
  for (const p of catalog.plans) assert.ok(p.label.length > 0, `${p.id} has a label`);
});

test('R7: SCIM on every plan but Team, for Claude and Console organizations alike', () => {
  for (const p of catalog.plans) {
    const expected = p.id === 'team' ? ['manual', 'jit'] : MODES;
    assert.deepStrictEqual(p.eligible_modes.console, expected, `${p.id}: console`);
    // R2: a console_only parent has no Claude organization to ask about.
    if (p.id !== 'console_only') assert.deepStrictEqual(p.eligible_modes.claude, expected, `${p.id}: claude`);
  }
});

test('products (R2) and their roles (R3), with the privileged role (R5)', () => {
  assert.deepStrictEqual(
    catalog.products.map((p) => [p.id, p.roles, p.privileged_role]),
    PRODUCTS,
  );
  // Every role of both products, once, Claude's order first.
  assert.deepStrictEqual(
    catalog.roles,
    ['owner', 'admin', 'developer', 'limited_developer', 'billing', 'claude_code_user', 'user'],
  );
  // The scenario versions read, oldest first (CONTRACT.md §1.1).
  assert.deepStrictEqual(catalog.versions, [1, 2]);
});

test('seat tiers (R1/R4), modes (R6), identity providers, statuses (R10/R17), checklist (§6)', () => {
  assert.deepStrictEqual(catalog.seat_tiers, SEAT_TIERS);
  assert.deepStrictEqual(catalog.modes, MODES);
  assert.deepStrictEqual(catalog.idps, IDPS);
  assert.deepStrictEqual(catalog.statuses, STATUSES);
  assert.deepStrictEqual(catalog.checklist, CHECKLIST);
});

test('finding codes: the contract\'s, in its order, with severity and rule', () => {
  const codes = catalog.finding_codes.map((c) => [c.code, c.severity, c.rule]);
  // The contract allows more codes after these; the fixed ones come first, in order.
  assert.deepStrictEqual(codes.slice(0, FINDING_CODES.length), FINDING_CODES);
  assert.equal(new Set(codes.map(([c]) => c)).size, codes.length, 'no code twice');
  for (const c of catalog.finding_codes) {
    assert.ok(c.advice.length > 0, `${c.code} has advice`);
    assert.match(c.rule, /^R([1-9]|1\d|2[0-8])$/);
  }
});

test('the catalogue is the same on every call', async () => {
  const again = (await loadPackage()).catalog();
  assert.deepStrictEqual(again, catalog);
  assert.notStrictEqual(again, catalog, 'a fresh object: callers may change theirs');
});
