// The review as an admin reads and keeps it (Trunk build in target/dist, or PROVPLAN_DIST), in
// headless Chromium: the user table's search and filters at 100,000 users (timings printed,
// not asserted) and a finding's "+N more"; a removed Owner's role before and after, on screen
// and in the CSV; rule badges that link to their explanation, and the organization id's hint,
// in every language; key columns at 390, 700 and 1280 px; the printed plan; and the parts
// loaded on demand (a language table, the importer) when the server has gone.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { ARTIFACTS, DIST, freshPlanner, goToStep, launch, openPlanner, serveStatic, startApp, stopApp } from './lib.mjs';

const KEY = 'provplan.scenario.v1';
const LANGS = ['en', 'es', 'pt', 'it', 'fr', 'de'];

let server;
let browser;

before(async () => ({ server, browser } = await startApp()));
after(() => stopApp({ server, browser }));

const fresh = (suffix = '') => freshPlanner(browser, server.url, suffix);
const step = (name) => goToStep(browser, name);
const count = async () => browser.text('[data-test=user-count]');
/** The first number of a text, without its grouping ("6,093" → 6093). */
const number = (text) => Number(/[\d,.\u202f]+/.exec(text)[0].replace(/[,.\u202f]/g, ''));

/** Waits until the page has no evaluation, comparison or demo pending. */
async function settled(ms = 180000) {
  await browser.waitFor(
    async () => browser.eval(`return !document.querySelector('[data-test=updating-status] .spinner')
      && !document.querySelector('[data-test=demo-progress]') && !document.querySelector('[data-test=compare-pending]');`),
    ms,
  );
}

/**
 * Runs `action` in the page; returns how long until the user table's count changed (-1: it
 * did not within 20 s) and the main thread's tasks over 50 ms meanwhile.
 */
async function timed(action) {
  return browser.evalAsync(
    `const done = arguments[arguments.length - 1];
     const tasks = [];
     const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
     observer.observe({ entryTypes: ['longtask'] });
     const count = () => document.querySelector('[data-test=user-count]').textContent;
     const before = count();
     const t0 = performance.now();
     ${action}
     const check = () => {
       if (count() !== before) {
         const ms = performance.now() - t0;
         setTimeout(() => { observer.disconnect(); done({ ms, tasks }); }, 300);
       } else if (performance.now() - t0 > 20000) {
         observer.disconnect();
         done({ ms: -1, tasks });
       } else requestAnimationFrame(check);
     };
     requestAnimationFrame(check);`,
  );
}

const setInput = (css, value) => `{ const el = document.querySelector(${JSON.stringify(css)});
  el.value = ${JSON.stringify(value)}; el.dispatchEvent(new Event('input', { bubbles: true })); }`;
const setSelect = (css, value) => `{ const el = document.querySelector(${JSON.stringify(css)});
  el.value = ${JSON.stringify(value)}; el.dispatchEvent(new Event('change', { bubbles: true })); }`;

function report(what, { ms, tasks }) {
  const longest = Math.round(Math.max(0, ...tasks));
  console.log(`100,000 users: ${what} → results in ${Math.round(ms)} ms; ${tasks.length} tasks over 50 ms, the longest ${longest} ms`);
}

test('at 100,000 users: search and filters by role, tier, change, group and finding, and "+N more"', async () => {
  await fresh();
  await browser.select('#start-from', 'demo-100000');
  await browser.click('#load-example');
  await browser.waitFor('[data-test=demo-progress]');
  await settled();
  await step('review');
  await browser.waitFor('[data-test=user-table]', 60000);
  await settled();
  const all = number(await count());
  assert.ok(all >= 100000, await count());

  // "owner" finds the Owners (now or after saving) and the members of the owners' groups.
  const search = await timed(setInput('[data-test=user-search]', 'owner'));
  report('searching "owner"', search);
  assert.ok(search.ms >= 0, 'the search gave no result');
  const owners = number(await count());
  assert.ok(owners > 0 && owners < all, await count());
  await browser.waitFor('[data-test=user-row]');
  const roles = await browser.eval(`return [...document.querySelectorAll('[data-test=user-row] [data-test=user-role]')].map((e) => e.textContent);`);
  assert.ok(roles.some((r) => /Owner/.test(r)), roles.join(', '));
  await timed(setInput('[data-test=user-search]', ''));
  assert.equal(number(await count()), all);

  // Each filter narrows the table, and they combine.
  const role = await timed(setSelect('[data-test=role-filter]', 'admin'));
  report('filtering by role', role);
  const admins = number(await count());
  assert.ok(role.ms >= 0 && admins > 0 && admins < all, await count());
  const change = await timed(setSelect('[data-test=change-filter]', 'update'));
  report('adding a change filter', change);
  assert.ok(number(await count()) <= admins);
  for (const c of await browser.eval(`return [...document.querySelectorAll('[data-test=user-row] [data-test=user-change]')].map((e) => e.className);`)) {
    assert.match(c, /change-update/);
  }
  await browser.click('[data-test=clear-filters]');
  await browser.waitFor(async () => number(await count()) === all);

  const tier = await timed(setSelect('[data-test=tier-filter]', await browser.eval(`return document.querySelector('[data-test=tier-filter] option:nth-child(2)').value;`)));
  report('filtering by seat tier', tier);
  assert.ok(tier.ms >= 0 && number(await count()) < all);
  await browser.click('[data-test=clear-filters]');
  await browser.waitFor(async () => number(await count()) === all);

  const group = await browser.eval(`return document.querySelector('[data-test=group-filter] option:nth-child(2)').value;`);
  const byGroup = await timed(setSelect('[data-test=group-filter]', group));
  report('filtering by group', byGroup);
  assert.ok(byGroup.ms >= 0 && number(await count()) < all);
  await browser.click('[data-test=clear-filters]');
  await browser.waitFor(async () => number(await count()) === all);

  // A finding's "+N more" opens the table on exactly its users.
  const more = await browser.text('[data-test=finding-more]');
  const subjects = number(more) + 6;
  const shown = await timed(`document.querySelector('[data-test=finding-more]').click();`);
  report(`"${more}" of a finding`, shown);
  assert.equal(number(await count()), subjects, `${more}: ${await count()}`);
  assert.notEqual(await browser.eval(`return document.querySelector('[data-test=finding-filter]').value;`), '');
  assert.equal(await browser.eval('return document.activeElement.id;'), 'user-table');
  await browser.screenshot('review-table-finding');
});

test('a removed Owner shows Owner → — in the table, and Owner in the CSV', async () => {
  await fresh();
  const doc = JSON.parse(await browser.eval(`return localStorage.getItem('${KEY}');`));
  const member = doc.organizations[0].members.find((m) => m.email === 'former@example.com');
  member.role = 'owner';
  await browser.eval(`localStorage.setItem('${KEY}', arguments[0]); return true;`, JSON.stringify(doc));
  await openPlanner(browser, server.url);
  await step('review');
  const row = '[data-test=user-row][data-email="former@example.com"]';
  await browser.waitFor(row);
  assert.match(await browser.text(`${row} [data-test=user-change]`), /Removed/);
  assert.match(await browser.text(`${row} [data-test=user-role]`), /^Owner\s*→\s*—$/);
  assert.match(await browser.text(`${row} [data-test=user-seat]`), /→\s*—$/);

  await browser.eval(`window.__exported = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob) => { window.__exported.push(blob); return create.call(URL, blob); };
    return true;`);
  await browser.click('[data-test=export-users]');
  const csv = await browser.evalAsync(`const done = arguments[arguments.length - 1]; window.__exported[0].text().then(done);`);
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
  assert.equal(lines[0], 'organization,email,status,role,seat tier,change,takes effect,why,current role,current seat tier');
  const former = lines.find((l) => l.includes('former@example.com'));
  assert.match(former, /^claude,former@example\.com,Removed,,,Remove[^,]*,/);
  assert.match(former, /,Owner,[^,]+$/);
});

test('rule badges link to the rule in the language chosen, and the organization id says what it is for', async () => {
  const rules = {};
  const hints = {};
  for (const lang of LANGS) {
    await fresh(`?lang=${lang}`);
    hints[lang] = await browser.text('[data-test=org-id-hint]');
    assert.ok(hints[lang].length > 20, `${lang}: ${hints[lang]}`);
    const hintId = await browser.attr('[data-test=org-id-hint]', 'id');
    const input = await browser.eval(`return document.querySelector('[data-test=org-id-hint]').parentElement.querySelector('input').getAttribute('aria-describedby');`);
    assert.ok(input.split(' ').includes(hintId), `${lang}: ${input}`);

    await step('review');
    await browser.waitFor('[data-test=finding] [data-test=rule-link]');
    const rule = await browser.text('[data-test=finding] [data-test=rule-link]');
    await browser.click('[data-test=finding] [data-test=rule-link]');
    assert.equal(await browser.eval('return document.activeElement.id;'), `rule-${rule}`, lang);
    assert.equal(await browser.eval('return location.hash;'), '', `${lang}: the address keeps its fragment`);
    const said = await browser.text(`[data-test=rule-text][data-rule=${rule}]`);
    assert.ok(said.length > 20, `${lang}: ${said}`);
    rules[lang] = { rule, said, r12: await browser.text('[data-test=rule-text][data-rule=R12]') };
  }
  assert.match(rules.en.r12, /^Saving removes \(SCIM\) or blocks \(JIT\) members/);
  assert.match(rules.de.r12, /^Speichern entfernt \(SCIM\) oder sperrt \(JIT\) Mitglieder/);
  assert.match(hints.en, /not Anthropic’s organization ID/);
  assert.match(hints.de, /nicht die Organisations-ID bei Anthropic/);
  for (const lang of LANGS.slice(1)) {
    assert.notEqual(rules[lang].r12, rules.en.r12, lang);
    assert.notEqual(rules[lang].said, rules.en.said, lang);
    assert.notEqual(hints[lang], hints.en, lang);
  }
});

/** Whether each element of `css` is in sight: inside the window and every box that clips it. */
async function inSight(css) {
  return browser.eval(
    `const els = [...document.querySelectorAll(arguments[0])];
     const seen = (el) => {
       const r = el.getBoundingClientRect();
       if (r.width <= 0 || r.height <= 0 || r.left < -1 || r.right > innerWidth + 1) return false;
       for (let a = el.parentElement; a; a = a.parentElement) {
         if (/(auto|scroll|hidden|clip)/.test(getComputedStyle(a).overflowX)) {
           const b = a.getBoundingClientRect();
           if (r.left < b.left - 1 || r.right > b.right + 1) return false;
         }
       }
       return true;
     };
     return els.length > 0 && els.every(seen) ? 'ok' : els.length + ' found, ' + els.filter((e) => !seen(e)).length + ' out of sight';`,
    css,
  );
}

test('key columns stay in sight at 390, 700 and 1280 px', async () => {
  for (const width of [1280, 700, 390]) {
    await browser.cdp('Emulation.setDeviceMetricsOverride', { width, height: 900, deviceScaleFactor: 1, mobile: width < 500 });
    await openPlanner(browser, `${server.url}?view=compare&example=enterprise-scim-group-mappings`);
    await browser.waitFor('[data-test=compare-row]');
    assert.equal(await browser.eval('return innerWidth;'), width);
    for (const col of ['removed', 'blocked', 'out', 'findings']) {
      assert.equal(await inSight(`[data-test=compare-row] [data-col=${col}]`), 'ok', `compare view at ${width} px: ${col}`);
    }
    await browser.screenshot(`review-compare-${width}`);

    await fresh();
    await step('directory');
    await browser.waitFor('[data-test=directory-row]');
    assert.equal(await inSight('[data-test=directory-row] > td:nth-child(4)'), 'ok', `directory groups at ${width} px`);
    await browser.screenshot(`review-directory-${width}`);

    await step('review');
    await browser.waitFor('[data-test=user-row]');
    for (const cell of ['user-role', 'user-seat', 'user-change']) {
      assert.equal(await inSight(`[data-test=user-row] [data-test=${cell}]`), 'ok', `user table at ${width} px: ${cell}`);
    }
  }
  await browser.cdp('Emulation.clearDeviceMetricsOverride');
});

test('printing the review gives the plan without the wizard', async () => {
  await fresh();
  await step('review');
  await browser.waitFor('[data-test=user-row]');
  await settled();
  await browser.cdp('Emulation.setEmulatedMedia', { media: 'print' });
  try {
    const shown = (css) => browser.eval(
      `const el = document.querySelector(arguments[0]);
       return !!el && getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0;`,
      css,
    );
    for (const css of ['.topbar', '.steps', '.step-nav', '.filters', '[data-test=export-users]', '.notices', '[data-test=compare-table]']) {
      assert.equal(await shown(css), false, `printed: ${css}`);
    }
    for (const css of ['[data-test=review-body] .save-status', '[data-test=save-counts]', '[data-test=finding]', '[data-test=user-table]', '[data-test=checklist]']) {
      assert.equal(await shown(css), true, `not printed: ${css}`);
    }
    // The users printed are those whose access changes.
    const rows = await browser.eval(`return [...document.querySelectorAll('[data-test=user-row]')].map((r) => ({
        shown: getComputedStyle(r).display !== 'none',
        change: r.querySelector('[data-test=user-change]').className,
        status: r.className }));`);
    const printed = rows.filter((r) => r.shown);
    assert.ok(printed.length > 0 && printed.length < rows.length, JSON.stringify(rows));
    for (const r of printed) assert.ok(!/change-none/.test(r.change) || /row-(blocked|not_added)/.test(r.status), JSON.stringify(r));
    await browser.screenshot('review-print');
  } finally {
    await browser.cdp('Emulation.setEmulatedMedia', { media: '' });
  }
});

test('with the server gone: a language or the importer that cannot load says so, keeps the work, and can be retried', async () => {
  let own = await serveStatic(DIST);
  const b = await launch({ artifacts: ARTIFACTS });
  try {
    // As when the planner is not kept for offline use (a first visit cut short, storage
    // refused): the page's requests go to the server, not to the service worker's copy.
    await b.cdp('Network.enable');
    await b.cdp('Network.setBypassServiceWorker', { bypass: true });
    await freshPlanner(b, own.url, '?lang=en');
    await goToStep(b, 'directory');
    const saved = await b.eval(`return localStorage.getItem('${KEY}');`);
    const rows = await b.count('[data-test=directory-row]');
    await own.close();

    // Another language: a notice that names it, the page as it was.
    await b.select('[data-test=lang]', 'de');
    await b.waitFor('[data-test=lang-failed]');
    assert.match(await b.text('[data-test=lang-failed]'), /Deutsch could not be loaded: the server did not answer\. The page stays in English/);
    assert.equal(await b.eval('return document.documentElement.lang;'), 'en');
    assert.equal(await b.count('[data-test=directory-row]'), rows);

    // The importer: an error, not "Reading the files…" for ever.
    await b.select('[data-test=import-sample]', 'plain');
    await b.click('[data-test=import-sample-read]');
    await b.waitFor('[data-test=import-errors-list]', 15000);
    assert.match(await b.text('[data-test=import-errors-list]'), /could not be loaded: the server did not answer/);
    assert.equal(await b.eval(`return localStorage.getItem('${KEY}');`), saved);
    assert.equal(await b.count('[data-test=directory-row]'), rows);
    await b.screenshot('offline-notices');

    // The server is back: both work when tried again.
    own = await serveStatic(DIST, { port: own.port });
    await b.click('[data-test=lang-retry]');
    await b.waitFor(async () => (await b.eval('return document.documentElement.lang;')) === 'de');
    assert.equal(await b.count('[data-test=lang-failed]'), 0);
    assert.equal(await b.count('[data-test=directory-row]'), rows);
    await b.select('[data-test=import-sample]', 'plain');
    await b.click('[data-test=import-sample-read]');
    await b.waitFor('[data-test=import-preview]', 30000);
  } finally {
    await b.close();
    await own.close();
  }
});

