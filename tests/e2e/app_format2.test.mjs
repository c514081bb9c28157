// Scenario format 2 in the planner (Trunk build in target/dist, or PROVPLAN_DIST), in headless
// Chromium at desktop and phone widths: a share link of format 1 opened in format 2 with one
// notice, and saved as format 2; the Primary Owner marked in the members editor (only an
// Owner, one in the setup, each refusal saying why), its badge and finding in the review, and
// the mark cleared with the Owner role; a Console group mapped to Limited Developer reaching
// the review; then the new words in all six languages, as each catalogue has them.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import zlib from 'node:zlib';

import { ROOT, freshPlanner, goToStep, openPlanner, phone, startApp, stopApp } from './lib.mjs';

const KEY = 'provplan.scenario.v1';
const LANGS = ['en', 'es', 'pt', 'it', 'fr', 'de'];
// The example files are of format 1.
const V1 = fs.readFileSync(path.join(ROOT, 'examples/enterprise-scim-group-mappings.json'), 'utf8');

let server;
let browser;

before(async () => ({ server, browser } = await startApp()));
after(() => stopApp({ server, browser }));

/** A share link's fragment for scenario JSON, as the planner writes one (raw deflate, base64url). */
const fragment = (json) => `#s=${zlib.deflateRawSync(Buffer.from(JSON.stringify(JSON.parse(json)))).toString('base64url')}`;

/** A catalogue's one-line messages and the first variant of each select key, by id. */
function words(lang) {
  const out = {};
  for (const line of fs.readFileSync(path.join(ROOT, `web/locales/${lang}.ftl`), 'utf8').split('\n')) {
    const m = /^([a-z][a-z0-9-]*) = (.*)$/.exec(line) || /^ {4}\[([a-z_]+)\] (.*)$/.exec(line);
    if (m && !(m[1] in out)) out[m[1]] = m[2];
  }
  return out;
}

/** A message with its placeables filled in. */
const fill = (text, args = {}) => text.replace(/\{ \$(\w+) \}/g, (_, k) => String(args[k]));
/** Text with every kind of space as one plain space (French puts narrow no-break spaces in). */
const plain = (s) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const textOf = async (css) => plain(await browser.eval('return document.querySelector(arguments[0]).textContent;', css));

const notices = () => browser.eval("return [...document.querySelectorAll('[data-test=notice]')].map((n) => n.textContent);");
const stored = async () => JSON.parse(await browser.eval(`return localStorage.getItem('${KEY}');`));
const primary = (org, member) => `#f-organizations-${org}-members-${member}-primary_owner`;
const row = (email, cell) => `[data-test=user-row][data-email="${email}"] [data-test=${cell}]`;
const scrollTo = (css) => browser.eval('document.querySelector(arguments[0]).scrollIntoView({ block: "center" }); return true;', css);
const fits = () => browser.eval('return document.documentElement.scrollWidth <= document.documentElement.clientWidth;');


/** Opens the share link of format 1 with nothing saved, `query` first (e.g. `?lang=de`). */
async function openV1(query = '') {
  await freshPlanner(browser, server.url);
  // A new document, not a fragment change of the same one.
  await browser.open('about:blank');
  await openPlanner(browser, `${server.url}${query}${fragment(V1)}`);
}

for (const width of ['desktop', 'phone']) {
  test(`format 1 opened in format 2, the Primary Owner and Limited Developer (${width})`, async () => {
    const en = words('en');
    const upgraded = fill(en['format-upgraded'], { from: 1, to: 2 });
    await phone(browser, width === 'phone');
    try {
      await openV1();
      await browser.waitFor(async () => (await notices()).length > 0);
      assert.equal((await notices()).filter((n) => n.includes(upgraded)).length, 1, JSON.stringify(await notices()));
      assert.equal((await stored()).version, 2, 'autosave writes format 2');
      // Opened again from what was saved: nothing to say.
      await browser.reload();
      await browser.waitFor('[data-test=summary]', 20000);
      assert.equal((await notices()).filter((n) => n.includes(upgraded)).length, 0);

      // The members editor: Ada and Cy are Owners of the Claude organization, "former" a User.
      await goToStep(browser, 'directory');
      assert.equal(await browser.attr(primary(0, 2), 'disabled'), 'true');
      assert.equal(await browser.attr(primary(0, 2), 'title'), en['primary-owner-not-owner']);
      assert.equal(await browser.count('[data-test=members][data-org=research-console] [data-test=primary-owner]'), 0, 'none on Console');
      const options = await browser.eval(`return [...document.querySelectorAll('#f-organizations-1-members-0-role option')].map((o) => o.value);`);
      assert.ok(options.includes('limited_developer'), options.join());
      await browser.click(primary(0, 1));
      await browser.waitFor(() => browser.eval(`return document.querySelector(arguments[0]).checked;`, primary(0, 1)));
      assert.equal(await browser.attr(primary(0, 0), 'disabled'), 'true', 'one Primary Owner: Ada cannot be marked too');
      assert.equal(await browser.attr(primary(0, 0), 'title'), fill(en['primary-owner-taken'], { who: 'cy@example.com' }));
      assert.equal(await browser.attr(primary(0, 1), 'aria-label'), 'Primary Owner, cy@example.com');
      assert.equal((await stored()).organizations[0].members[1].primary_owner, true);
      assert.equal(await fits(), true, 'the directory step fits');
      await scrollTo(primary(0, 0));
      await browser.screenshot(`app-format2-members-${width}`);

      // A Console group mapped to Limited Developer.
      await goToStep(browser, 'mappings');
      const limited = '[data-test=org-mappings][data-org=research-console] [data-test=map-roles-limited_developer]';
      assert.match(await browser.text(limited), /Limited Developer/);
      await browser.type(`${limited} [data-test=add-group-input]`, 'anthropic-claude-users');
      await browser.click(`${limited} [data-test=add-group]`);
      await browser.waitFor(`${limited} [data-test=chip][data-group=anthropic-claude-users]`);
      const precedence = await browser.eval(
        "return [...document.querySelectorAll('[data-test=org-mappings][data-org=research-console] .prec-role')].map((r) => r.textContent);",
      );
      assert.deepEqual(precedence, ['Admin', 'Developer', 'Limited Developer', 'Billing', 'Claude Code User', 'User']);

      // The review: Cy keeps Owner, with the badge, and the finding says why.
      await goToStep(browser, 'review');
      await browser.waitFor(row('cy@example.com', 'primary-owner-badge'));
      assert.equal(await browser.text(row('cy@example.com', 'primary-owner-badge')), en['primary-owner']);
      assert.match(await browser.text(row('cy@example.com', 'user-role')), /^Owner/);
      assert.match(await browser.text(row('cy@example.com', 'user-why')), /the Primary Owner: kept as they are, whatever their groups give \(R27\)/);
      assert.equal(await browser.count(row('ada@example.com', 'primary-owner-badge')), 0);
      const exempt = '[data-test=panel-review] [data-test=finding][data-code=PRIMARY_OWNER_EXEMPT]';
      await browser.waitFor(exempt);
      assert.match(await browser.text(exempt), /cy@example\.com is the Primary Owner of Example Corp \(claude\) and is kept as they are, although provisioning would change their role or seat tier/);
      await scrollTo(row('cy@example.com', 'user-role'));
      await browser.screenshot(`app-format2-review-${width}`);
      await browser.select('[data-test=user-org]', '1');
      await browser.waitFor(async () => (await browser.text(row('uma@example.com', 'user-role'))) === 'Limited Developer');
      assert.equal(await fits(), true, 'the review fits');

      // Cy made an Admin: the mark goes with the Owner role, and the finding with it.
      await goToStep(browser, 'directory');
      await browser.select('#f-organizations-0-members-1-role', 'admin');
      await browser.waitFor(async () => (await browser.attr(primary(0, 1), 'disabled')) === 'true');
      assert.equal(await browser.eval(`return document.querySelector(arguments[0]).checked;`, primary(0, 1)), false);
      assert.equal(await browser.attr(primary(0, 0), 'disabled'), null, 'Ada can be marked now');
      assert.equal((await stored()).organizations[0].members[1].primary_owner, undefined);
      assert.equal(await browser.count('[data-test=input-errors]'), 0);
      assert.equal(await browser.count('[data-test=summary] [data-test=finding][data-code=PRIMARY_OWNER_EXEMPT]'), 0);
    } finally {
      await phone(browser, false);
    }
  });
}

test('the upgrade notice, the Primary Owner and Limited Developer in all six languages', async () => {
  for (const lang of LANGS) {
    const w = words(lang);
    await openV1(`?lang=${lang}`);
    assert.equal(await browser.eval('return document.documentElement.lang;'), lang);
    const said = plain(fill(w['format-upgraded'], { from: 1, to: 2 }));
    await browser.waitFor(async () => (await notices()).length > 0);
    assert.equal((await notices()).map(plain).filter((n) => n.includes(said)).length, 1, `${lang}: ${await notices()}`);

    await goToStep(browser, 'directory');
    assert.equal(await browser.attr(primary(0, 2), 'title'), w['primary-owner-not-owner'], lang);
    await browser.click(primary(0, 1));
    await browser.waitFor(async () => (await browser.attr(primary(0, 0), 'disabled')) === 'true');
    assert.equal(plain(await browser.attr(primary(0, 0), 'title')), plain(fill(w['primary-owner-taken'], { who: 'cy@example.com' })), lang);
    const header = await browser.eval("return [...document.querySelectorAll('[data-test=members][data-org=claude] th')].map((t) => t.textContent);");
    assert.ok(header.includes(w['primary-owner']), `${lang}: ${header}`);
    const role = await browser.eval(`return document.querySelector('#f-organizations-1-members-0-role option[value=limited_developer]').textContent;`);
    assert.equal(role, w.limited_developer, lang);
    assert.equal(role, lang === 'it' ? 'Sviluppatore limitato' : 'Limited Developer');

    await goToStep(browser, 'review');
    await browser.waitFor(row('cy@example.com', 'primary-owner-badge'));
    assert.equal(await textOf(row('cy@example.com', 'primary-owner-badge')), w['primary-owner'], lang);
    assert.ok((await textOf(row('cy@example.com', 'user-why'))).includes(plain(w['why-primary-owner'])), lang);
    await browser.waitFor('[data-test=panel-review] [data-test=finding][data-code=PRIMARY_OWNER_EXEMPT]');
    await scrollTo('[data-test=panel-review] [data-test=finding][data-code=PRIMARY_OWNER_EXEMPT]');
    await browser.screenshot(`app-format2-review-${lang}`);
  }
});
