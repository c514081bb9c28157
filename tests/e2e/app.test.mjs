// The planner app (Trunk build in target/dist) in headless Chromium, served from 127.0.0.1:
// the wizard's steps (each checked with axe-core), the lockout example's finding, SCIM on a
// Team plan refused with its reason, a group-mapping edit reaching the per-user table, work
// surviving a reload, export → import, a malformed import, letter case beyond ASCII, a share
// link, unreadable saved state kept aside, the embeddable views, and no request leaving
// 127.0.0.1.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { ROOT, allLocal, freshPlanner, goToStep, openPlanner, phone, sleep, startApp, stopApp } from './lib.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
// The Trunk build; PROVPLAN_DIST points elsewhere (another target directory).
const AXE = fs.readFileSync(path.join(HERE, '../node_modules/axe-core/axe.min.js'), 'utf8');
const KEY = 'provplan.scenario.v1';
const STEPS = ['plan', 'modes', 'directory', 'mappings', 'review'];

let server;
let browser;
let tmp;

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'provplan-e2e-'));
  ({ server, browser } = await startApp());
});

after(async () => {
  await stopApp({ server, browser });
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** Opens the planner (optionally with a query/fragment) and waits for the first render. */
const open = (suffix = '') => openPlanner(browser, server.url + suffix);
/** Opens the planner with nothing saved. */
const fresh = () => freshPlanner(browser, server.url);
const step = (name) => goToStep(browser, name);

async function loadExample(name) {
  await browser.select('#start-from', name);
  await browser.click('#load-example');
  await browser.waitFor(`[data-test=notice]`);
}

async function scrollTo(css) {
  await browser.eval('const e = document.querySelector(arguments[0]); if (e) e.scrollIntoView({block: "start"}); return true;', css);
  await sleep(100);
}

/** Sets a field's value as pasting would (one `input` event); WebDriver's clear fires none. */
async function setValue(css, value) {
  await browser.eval(
    `const el = document.querySelector(arguments[0]);
     el.value = arguments[1];
     el.dispatchEvent(new Event('input', { bubbles: true }));
     return true;`,
    css,
    value,
  );
}

const stored = () => browser.eval(`return localStorage.getItem('${KEY}');`);
const row = (email, cell) => `[data-test=user-row][data-email="${email}"] [data-test=${cell}]`;

async function noAxeViolations(where) {
  const violations = await browser.axe(AXE);
  assert.deepEqual(violations, [], `${where}: ${JSON.stringify(violations, null, 1)}`);
}

test('starts with the group-mappings example, and every wizard step is accessible', async () => {
  await fresh();
  assert.equal(await browser.count('[data-test=org-card]'), 2);
  assert.equal(await browser.attr('[data-test=org-card]', 'data-org'), 'claude');
  for (const [i, name] of STEPS.entries()) {
    await step(name);
    await noAxeViolations(`step ${name}`);
    await browser.eval('window.scrollTo(0, 0); return true;');
    await browser.screenshot(`app-${i + 1}-${name}`);
  }
});

test('the first visit says its setup is an example; an empty setup says what it lacks', async () => {
  await fresh();
  // The example a first visit opens is labelled as one, in the live check and the review.
  const label = '[data-test=summary] [data-test=example-label]';
  await browser.waitFor(label);
  assert.match(await browser.text(label), /This is an example: “Enterprise: SCIM with group mappings/);
  await step('review');
  assert.equal(await browser.count('[data-test=panel-review] [data-test=example-label]'), 1);
  // An edit makes it the visitor's own: the label goes.
  await step('plan');
  await setValue('[data-test=actor]', 'someone@example.com');
  await browser.waitFor(async () => (await browser.count(label)) === 0);
  // An empty setup is not "Ready to save": it says what is missing.
  await loadExample('empty');
  const status = '[data-test=summary] [data-test=save-incomplete]';
  await browser.waitFor(status);
  assert.equal(await browser.count('[data-test=save-ready]'), 0);
  assert.match(await browser.text(status), /Not checked yet.*who configures provisioning \(step 1\).*users of your identity provider \(step 3\)/s);
  await setValue('[data-test=actor]', 'ada@example.com');
  await browser.waitFor(async () => !/who configures/.test(await browser.text(status)));
  assert.match(await browser.text(status), /Add the users of your identity provider \(step 3\)/);
  await browser.screenshot('app-empty-not-checked');
});

test('the example label and the empty setup\'s "not checked yet", in all six languages', async () => {
  const plain = (t) => t.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  for (const lang of ['en', 'es', 'pt', 'it', 'fr', 'de']) {
    const ftl = fs.readFileSync(path.join(ROOT, `web/locales/${lang}.ftl`), 'utf8');
    const message = (id) => new RegExp(`^${id} = (.*)$`, 'm').exec(ftl)[1];
    const variant = (id, key) => new RegExp(`^${id} = \\{[^]*?^ *\\*?\\[${key}\\] (.*)$`, 'm').exec(ftl)[1];
    await freshPlanner(browser, `${server.url}?lang=${lang}`);
    const title = variant('example-title', 'enterprise-scim-group-mappings');
    const label = '[data-test=summary] [data-test=example-label]';
    await browser.waitFor(label);
    assert.equal(plain(await browser.text(label)), plain(message('example-label').replace('{ $example }', title)), lang);
    await loadExample('empty');
    const status = '[data-test=summary] [data-test=save-incomplete]';
    await browser.waitFor(status);
    const text = plain(await browser.text(status));
    assert.ok(text.includes(plain(message('save-incomplete'))), `${lang}: ${text}`);
    for (const what of ['actor', 'users']) {
      assert.ok(text.includes(plain(variant('save-incomplete-detail', what))), `${lang}: ${text}`);
    }
  }
});

test('the lockout example shows that the actor loses access, and what to do', async () => {
  await fresh();
  await loadExample('enterprise-entra-lockout');
  await browser.waitFor('[data-test=summary] [data-test=finding][data-code=ACTOR_LOSES_ACCESS]');
  await step('review');
  const finding = '[data-test=panel-review] [data-test=finding][data-code=ACTOR_LOSES_ACCESS]';
  await browser.waitFor(finding);
  const text = await browser.text(finding);
  assert.match(text, /root@example\.net/);
  assert.match(text, /What to do:/);
  assert.ok(await browser.count('[data-test=do-not-save]'), 'the do-not-save-yet warning stands');
  assert.ok(await browser.count('[data-test=checklist-warning]'));
  await browser.eval('window.scrollTo(0, 0); return true;');
  await browser.screenshot('app-lockout-review');
});

test('on a Team plan SCIM is not available, and the reason is shown', async () => {
  await fresh();
  await loadExample('team-jit');
  await step('modes');
  const scim = '[data-test=org-modes][data-org=claude] [data-test=mode-scim]';
  assert.equal(await browser.attr(scim, 'disabled'), 'true', 'SCIM cannot be chosen');
  await browser.click('[data-test=org-modes][data-org=claude] label[for=mode-0-scim]');
  assert.equal(await browser.eval(`return document.querySelector('[data-test=org-modes] [data-test=mode-jit]').checked;`), true);
  const reason = await browser.text('[data-test=org-modes][data-org=claude] [data-test=mode-option-scim] [data-test=mode-reason]');
  assert.match(reason, /Team plan/);
  await browser.screenshot('app-team-scim-disabled');

  // A setup in SCIM moved to the Team plan: shown as not eligible, evaluated as Manual.
  await loadExample('enterprise-scim-group-mappings');
  await step('plan');
  await browser.select('[data-test=plan]', 'team');
  await step('modes');
  await browser.waitFor('[data-test=org-modes][data-org=claude] [data-test=mode-not-eligible]');
  await browser.waitFor('[data-test=summary] [data-test=finding][data-code=SCIM_NOT_ELIGIBLE]');
  await browser.screenshot('app-team-scim-not-eligible');
});

test('JIT: saving adds nobody; the actor of an organization listing no members is its Admin', async () => {
  await fresh();
  await loadExample('team-jit');
  await step('review');
  // R25: what "Save changes" does, apart from who joins at their next sign-in (the same
  // figures `provplan check` prints for the example).
  const tiles = '[data-test=save-counts][data-org=claude]';
  await browser.waitFor(tiles);
  assert.equal(await browser.text(`${tiles} [data-test=count-add] .tile-n`), '0');
  assert.equal(await browser.text(`${tiles} [data-test=count-update] .tile-n`), '0');
  assert.equal(await browser.text(`${tiles} [data-test=count-pending] .tile-n`), '6');
  assert.match(await browser.text(`${tiles} [data-test=count-pending]`), /join at sign-in/);

  // From scratch: a Console organization under JIT lists no members, so the actor is taken
  // to be its Admin (R5, R20): a member whose access does not change, said in a note.
  const scratch = {
    version: 1, plan: 'console_only', actor: 'lead@x.dev',
    directory: { users: [{ email: 'lead@x.dev' }, { email: 'bo@x.dev' }] },
    organizations: [{ id: 'api', product: 'console', provisioning: { mode: 'jit' } }],
  };
  await browser.eval(`localStorage.setItem('${KEY}', arguments[0]); return true;`, JSON.stringify(scratch));
  await open();
  await step('review');
  await browser.waitFor(row('lead@x.dev', 'user-role'));
  assert.equal(await browser.text(row('lead@x.dev', 'user-role')), 'Admin');
  assert.match(await browser.text(row('lead@x.dev', 'status')), /Member/);
  assert.match(await browser.text(row('lead@x.dev', 'user-change')), /No change/i);
  assert.match(await browser.text(row('bo@x.dev', 'status')), /sign-in/i);
  assert.equal(await browser.count('[data-test=finding][data-code=ACTOR_LOSES_ACCESS]'), 0);
  assert.match(await browser.text('body'), /lists no members, so the planner takes it to be new/);
  const api = '[data-test=save-counts][data-org=api]';
  assert.equal(await browser.text(`${api} [data-test=count-add] .tile-n`), '0');
  assert.equal(await browser.text(`${api} [data-test=count-pending] .tile-n`), '1');
});

test('editing a group mapping changes the per-user table, and the edit survives a reload', async () => {
  await fresh();
  await step('review');
  assert.equal(await browser.text(row('ed@example.com', 'user-role')), 'User');

  await step('mappings');
  const admin = '[data-test=org-mappings][data-org=claude] [data-test=map-roles-admin]';
  await browser.type(`${admin} [data-test=add-group-input]`, 'anthropic-claude-users');
  await browser.click(`${admin} [data-test=add-group]`);
  await browser.waitFor(`${admin} [data-test=chip][data-group=anthropic-claude-users]`);

  await step('review');
  await browser.waitFor(async () => (await browser.text(row('ed@example.com', 'user-role'))) === 'Admin');
  assert.match(await browser.text(row('ed@example.com', 'user-why')), /anthropic-claude-users gave Admin \(R11\)/);

  // Search and filter the table.
  await browser.type('[data-test=user-search]', 'former');
  await browser.waitFor(async () => (await browser.count('[data-test=user-row]')) === 1);
  assert.match(await browser.text(row('former@example.com', 'status')), /Removed/);
  await setValue('[data-test=user-search]', '');
  await browser.select('[data-test=status-filter]', 'out_of_scope');
  await browser.waitFor(async () => (await browser.count('[data-test=user-row]')) === 1);
  await browser.select('[data-test=status-filter]', '');

  await browser.reload();
  await browser.waitFor('[data-test=summary]', 20000);
  await step('mappings');
  assert.equal(await browser.count(`${admin} [data-test=chip][data-group=anthropic-claude-users]`), 1);
  await step('review');
  assert.equal(await browser.text(row('ed@example.com', 'user-role')), 'Admin');
});

test('an input error is shown at its field and the last valid review stays', async () => {
  await fresh();
  await step('directory');
  const email = '#f-directory-users-1-email';
  await browser.type(email, 'bo at example.com');
  await browser.waitFor('[data-test=input-errors]');
  assert.equal(await browser.attr(email, 'aria-invalid'), 'true');
  assert.match(await browser.text('#f-directory-users-1-email-error'), /contains white space/);
  assert.ok(await browser.count('[data-test=summary] .stale'), 'the summary says it shows the last valid setup');
  await browser.screenshot('app-input-error');
  await browser.type(email, 'bo@example.com');
  await browser.waitFor(async () => (await browser.count('[data-test=input-errors]')) === 0);
});

test('export then import gives the same scenario; a malformed import changes nothing', async () => {
  await fresh();
  await browser.eval(`window.__exported = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob) => { window.__exported.push(blob); return create.call(URL, blob); };
    return true;`);
  await browser.click('[data-test=export]');
  const exported = await browser.evalAsync(
    `const done = arguments[arguments.length - 1]; window.__exported[0].text().then(done);`,
  );
  assert.equal(exported, await stored());
  assert.equal(JSON.parse(exported).plan, 'enterprise_seat_based');
  const file = path.join(tmp, 'exported.json');
  fs.writeFileSync(file, exported);

  await loadExample('team-jit');
  assert.equal(JSON.parse(await stored()).plan, 'team');
  await browser.type('[data-test=import-file]', file, { clear: false });
  await browser.waitFor(async () => JSON.parse(await stored()).plan === 'enterprise_seat_based');
  assert.equal(await stored(), exported);

  const before = await stored();
  const bad = path.join(tmp, 'broken.json');
  fs.writeFileSync(bad, '{ "version": 1, "plan": ');
  await browser.type('[data-test=import-file]', bad, { clear: false });
  await browser.waitFor('[data-test=import-errors]');
  assert.match(await browser.text('[data-test=import-errors]'), /broken\.json/);
  assert.match(await browser.text('[data-test=import-errors]'), /invalid JSON at line 1/);
  assert.equal(await stored(), before, 'the current setup is kept');
  await browser.eval('window.scrollTo(0, 0); return true;');
  await browser.screenshot('app-import-error');
  await browser.click('[data-test=dismiss-import]');
  assert.equal(await browser.count('[data-test=import-errors]'), 0);
});

test('letters beyond ASCII: emails match without regard to case, group names are compared exactly', async () => {
  // In the page, letter case beyond ASCII comes from the browser's tables (core/src/case.rs).
  await fresh();
  await browser.type('[data-test=import-file]', path.join(ROOT, 'tests/fixtures/unicode-letter-case.json'), { clear: false });
  await browser.waitFor(async () => /Opened “unicode-letter-case\.json”/.test(await browser.text('[data-test=notices]')));
  await step('review');
  const unknown = '[data-test=panel-review] [data-test=finding][data-code=UNKNOWN_GROUP]';
  await browser.waitFor(unknown);
  const text = await browser.text(unknown);
  assert.match(text, /ÄRZTE differs from ärzte only in letter case/);
  assert.match(text, /ΩΜΈΓΑ differs from Ωμέγα only in letter case/);
  // Current members under other letter cases are the directory's people: STRASSE@ is
  // Straße@, όσος@ is ΌΣΟΣ@; only the Kelvin-sign address loses its seat.
  const removed = '[data-test=panel-review] [data-test=finding][data-code=MEMBERS_REMOVED_ON_SAVE]';
  await browser.waitFor(removed);
  assert.match(await browser.text(removed), /\u212Aelvin@example\.org/);
  // Under either spelling: a member matched to no one would be named by their own address.
  assert.doesNotMatch(await browser.text(removed), /STRASSE|Straße|όσος|ΌΣΟΣ/);
});

test('a share link carries the scenario in the fragment and opens it', async () => {
  await fresh();
  await loadExample('console-only-scim');
  await browser.click('[data-test=share]');
  await browser.waitFor('[data-test=share-link]');
  const link = await browser.eval(`return document.querySelector('[data-test=share-link]').value;`);
  assert.ok(link.startsWith(server.url), link);
  assert.match(link, /#s=[A-Za-z0-9_-]+$/);
  await browser.screenshot('app-share');
  const shared = await stored();

  await loadExample('team-jit');
  await browser.open('about:blank');
  await browser.open(link);
  await browser.waitFor('[data-test=summary]', 20000);
  await browser.waitFor(async () => (await stored()) === shared);
  assert.equal(await browser.eval('return location.hash;'), '', 'the fragment is cleared');
  assert.ok(await browser.count('[data-test=undo]'), 'the replaced setup can be had back');

  // A damaged link is reported; the saved setup stays.
  await browser.open('about:blank');
  await open('#s=not-a-scenario');
  await browser.waitFor('[data-test=notice]');
  assert.match(await browser.text('[data-test=notices]'), /shared link could not be opened/);
  assert.equal(await stored(), shared);
});

test('unreadable saved state is kept aside and reported, not discarded', async () => {
  await fresh();
  await browser.eval(`localStorage.setItem('${KEY}', '{"version": 1, oops'); return true;`);
  await open();
  await browser.waitFor(async () => /kept aside/.test(await browser.text('[data-test=notices]')));
  assert.equal(
    await browser.eval(`return localStorage.getItem('${KEY}.unreadable');`),
    '{"version": 1, oops',
  );
  assert.equal(JSON.parse(await stored()).plan, 'enterprise_seat_based', 'started from the example');
});

test('the embeddable views', async () => {
  await open('?view=scim-check');
  await browser.waitFor('[data-test=scim-check]');
  await browser.select('[data-test=check-plan]', 'team');
  await browser.waitFor(async () => /Not available/.test(await browser.text('[data-test=eligible-scim]')));
  assert.match(await browser.text('[data-test=eligible-scim]'), /Team plan/);
  assert.match(await browser.text('[data-test=eligible-jit]'), /Available/);
  await noAxeViolations('scim-check view');
  await browser.screenshot('app-embed-scim-check');

  await open('?view=compare&example=team-jit');
  await browser.waitFor('[data-test=compare-embed] [data-test=compare-table]');
  assert.equal(await browser.count('[data-test=compare-row]'), 5);
  assert.match(await browser.text('[data-test=compare-row][data-mode=scim]'), /No/);
  await noAxeViolations('compare view');
  await browser.screenshot('app-embed-compare');
});


test('readable on a phone', async () => {
  await fresh();
  await phone(browser, true);
  try {
    assert.equal(
      await browser.eval('return document.documentElement.scrollWidth <= document.documentElement.clientWidth;'),
      true,
      'nothing is wider than the screen',
    );
    await browser.screenshot('app-phone-plan');
    await step('review');
    await scrollTo('[data-test=user-table-section]');
    await browser.screenshot('app-phone-review');
    await noAxeViolations('phone review');
    assert.equal(
      await browser.eval('return document.documentElement.scrollWidth <= document.documentElement.clientWidth;'),
      true,
      'the review fits the screen',
    );
  } finally {
    await phone(browser, false);
  }
});

test('no request left 127.0.0.1 and nothing was logged as an error', async () => {
  const urls = await browser.requests();
  assert.ok(urls.length > 0);
  assert.ok(allLocal(urls), urls.filter((u) => !allLocal([u])).join('\n'));
  const errors = (await browser.console()).filter((l) => l.level === 'SEVERE');
  assert.deepEqual(errors, []);
});
