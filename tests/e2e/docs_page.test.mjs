// The package's example docs page ("Can my plan use SCIM?", target/pkg/demo/) in headless
// Chromium, served from 127.0.0.1 under the strict CSP a docs site would use: the Team plan
// cannot use SCIM and the page says why (R7); an Enterprise plan can. Nothing is fetched
// from anywhere else, nothing is logged as an error, and the widget is accessible.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { PKG, ROOT, loadPackage } from '../js/helpers.mjs';
import { allLocal, launch, serveStatic } from './lib.mjs';

const ARTIFACTS = path.join(ROOT, 'tests/artifacts');
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
const HERE = path.dirname(fileURLToPath(import.meta.url));
const AXE = path.join(HERE, '../node_modules/axe-core/axe.min.js');

let server;
let browser;
let engine;

before(async () => {
  assert.ok(fs.existsSync(path.join(PKG, 'demo/index.html')), 'build the package first: tests/run pkg');
  engine = await loadPackage();
  server = await serveStatic(PKG, { headers: { 'content-security-policy': CSP } });
  browser = await launch({ artifacts: ARTIFACTS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The widget's verdict once the page has answered for the chosen plan and product. */
async function verdict() {
  const status = await browser.attr('[data-test=scim-status]', 'data-eligible');
  return {
    eligible: status === 'true',
    status: await browser.text('[data-test=scim-status]'),
    reason: await browser.text('[data-test=reason]'),
    modes: await browser.eval(
      `return [...document.querySelectorAll('[data-test=modes] [data-mode]')].map(li => li.dataset.mode);`,
    ),
  };
}

/** What the engine itself says for the widget's question, asked from Node. */
function expected(plan, product) {
  const evaluation = engine.evaluate({
    version: 1,
    plan,
    directory: { scim_connected: true, users: [] },
    organizations: [{ id: product, product, provisioning: { mode: 'scim' } }],
  });
  const org = evaluation.organizations[0];
  return {
    modes: org.eligible_modes,
    refusal: evaluation.findings.find((f) => f.code === 'SCIM_NOT_ELIGIBLE'),
  };
}

async function choose(plan, product) {
  await browser.select('#plan', plan);
  await browser.select('#product', product);
  // The answer is computed synchronously on `change`; wait for it to show this choice.
  const want = expected(plan, product).modes.join(',');
  await browser.waitFor(
    async () =>
      (await browser.eval(
        `return [...document.querySelectorAll('[data-test=modes] [data-mode]')].map(li => li.dataset.mode).join(',');`,
      )) === want,
    5000,
  );
}

test('the docs page answers "Can my plan use SCIM?" from the engine', async () => {
  await browser.open(`${server.url}demo/`);
  await browser.waitFor('[data-test=scim-status]', 15000);
  const planLabels = Object.fromEntries(engine.catalog().plans.map((p) => [p.id, p.label]));

  // Team plan: SCIM is not eligible (R7), and the page says why.
  await choose('team', 'claude');
  const team = await verdict();
  const teamAnswer = expected('team', 'claude');
  assert.equal(team.eligible, false);
  assert.match(team.status, /not eligible/i);
  assert.deepStrictEqual(team.modes, teamAnswer.modes);
  assert.ok(!team.modes.includes('scim'));
  assert.ok(teamAnswer.refusal, 'the engine raises SCIM_NOT_ELIGIBLE');
  assert.ok(team.reason.includes(planLabels.team), `the reason names the plan: ${team.reason}`);
  assert.ok(
    team.reason.toLowerCase().includes(teamAnswer.refusal.advice.toLowerCase()),
    `the reason gives the engine's advice: ${team.reason}`,
  );
  assert.match(await browser.text('[data-test=rule]'), /\bR7\b/);
  await browser.screenshot('docs-page-team-plan');

  // A Console organization joined to a Team parent: not eligible either.
  await choose('team', 'console');
  assert.equal((await verdict()).eligible, false);

  // Enterprise plans: eligible.
  for (const plan of ['enterprise_usage_based', 'enterprise_seat_based', 'enterprise_usage_based_single_seat']) {
    await choose(plan, 'claude');
    const v = await verdict();
    assert.equal(v.eligible, true, plan);
    assert.match(v.status, /eligible/i);
    assert.doesNotMatch(v.status, /not eligible/i);
    assert.deepStrictEqual(v.modes, expected(plan, 'claude').modes);
    assert.ok(v.modes.includes('scim'), plan);
    assert.ok(v.reason.includes(planLabels[plan]), v.reason);
    if (plan === 'enterprise_usage_based') await browser.screenshot('docs-page-enterprise-plan');
  }

  // R2: a console_only parent has no Claude organization; the page relays the engine's error.
  await browser.select('#plan', 'console_only');
  await browser.select('#product', 'claude');
  const r2 = (() => {
    try {
      engine.evaluate({
        version: 1,
        plan: 'console_only',
        directory: { users: [] },
        organizations: [{ id: 'claude', product: 'claude' }],
      });
    } catch (e) {
      return e.errors[0].message;
    }
    throw new Error('the engine accepted a Claude organization under console_only');
  })();
  await browser.waitFor(async () => (await browser.text('[data-test=reason]')).toLowerCase().startsWith(r2.toLowerCase()), 5000);
  assert.equal((await verdict()).eligible, false);

  // Everything came from the local server, under the CSP, with no console errors.
  const requested = await browser.requests();
  assert.ok(requested.some((u) => u.endsWith('/provplan_core_bg_glue_bg.wasm')), 'the .wasm was fetched');
  assert.ok(allLocal(requested), `only local requests: ${requested.join(', ')}`);
  const severe = (await browser.console()).filter((m) => m.level === 'SEVERE');
  assert.deepStrictEqual(severe, [], 'no console errors (a CSP violation would be one)');
});

test('the widget is accessible: labelled controls, visible focus, no axe violations', async () => {
  await browser.open(`${server.url}demo/`);
  await browser.waitFor('[data-test=scim-status]', 15000);
  const labels = await browser.eval(
    `return [...document.querySelectorAll('select')].map(s => [s.id, s.labels.length, s.disabled]);`,
  );
  assert.deepStrictEqual(labels, [
    ['plan', 1, false],
    ['product', 1, false],
  ]);
  assert.equal(await browser.attr('#result', 'aria-live'), 'polite');

  // Keyboard: Tab reaches the plan picker, and its focus ring shows.
  await browser.eval('document.activeElement?.blur(); window.scrollTo(0, 0); return true;');
  await browser.keys('\uE004');
  const focus = await browser.eval(
    `const el = document.activeElement, s = getComputedStyle(el);
     return { id: el.id, style: s.outlineStyle, width: parseFloat(s.outlineWidth) };`,
  );
  assert.equal(focus.id, 'plan');
  assert.notEqual(focus.style, 'none');
  assert.ok(focus.width >= 2, `outline of ${focus.width}px`);
  await browser.screenshot('docs-page-focus');

  const violations = await browser.axe(fs.readFileSync(AXE, 'utf8'));
  assert.deepStrictEqual(violations, []);
});
