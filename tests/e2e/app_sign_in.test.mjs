// The sign-in check (R26) in the planner (Trunk build in target/dist, or PROVPLAN_DIST), in
// headless Chromium at desktop and phone widths: users whose SSO sends another address than
// the one SCIM provisions are listed in the review with both addresses, the characters that
// differ marked and said for a screen reader, the identity provider's fix, and "+N more"
// showing exactly them in the user table; the directory step edits the SSO email and the
// check follows; then the words in all six languages, as each catalogue has them.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import zlib from 'node:zlib';

import { ROOT, freshPlanner, goToStep, openPlanner, phone, startApp, stopApp } from './lib.mjs';

const LANGS = ['en', 'es', 'pt', 'it', 'fr', 'de'];

// One SCIM organization: Ada's SSO sends her address in other letter case, seven others send
// another address, and Bo's is the same.
const SCENARIO = {
  version: 2,
  plan: 'enterprise_seat_based',
  actor: 'owner@acme.com',
  directory: {
    idp: 'okta',
    scim_connected: true,
    users: [
      { email: 'owner@acme.com' },
      { email: 'ada@acme.com', sso_email: 'Ada@acme.com' },
      ...Array.from({ length: 7 }, (_, i) => ({ email: `u${i}@acme.com`, sso_email: `user${i}@acme.com` })),
      { email: 'bo@acme.com', sso_email: 'bo@acme.com' },
    ],
  },
  organizations: [
    { id: 'claude', product: 'claude', provisioning: { mode: 'scim' }, members: [{ email: 'owner@acme.com', role: 'owner' }] },
  ],
};

let server;
let browser;

before(async () => ({ server, browser } = await startApp()));
after(() => stopApp({ server, browser }));

const fragment = (doc) => `#s=${zlib.deflateRawSync(Buffer.from(JSON.stringify(doc))).toString('base64url')}`;

/** A catalogue's one-line messages and the first variant of each select key, by id. */
function words(lang) {
  const out = {};
  for (const line of fs.readFileSync(path.join(ROOT, `web/locales/${lang}.ftl`), 'utf8').split('\n')) {
    const m = /^([a-z][a-z0-9-]*) = (.*)$/.exec(line) || /^ {4}\[([A-Za-z_-]+)\] (.*)$/.exec(line);
    if (m && !(m[1] in out)) out[m[1]] = m[2];
  }
  return out;
}

const plain = (s) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const texts = (css) => browser.eval('return [...document.querySelectorAll(arguments[0])].map((e) => e.textContent);', css);
const fits = () => browser.eval('return document.documentElement.scrollWidth <= document.documentElement.clientWidth;');
const check = '[data-test=finding][data-code=SSO_EMAIL_MISMATCH]';

async function open(doc, query = '') {
  await freshPlanner(browser, server.url);
  await browser.open('about:blank');
  await openPlanner(browser, `${server.url}${query}${fragment(doc)}`);
}

for (const width of ['desktop', 'phone']) {
  test(`the sign-in check lists who could not sign in, marked, and shows them (${width})`, async () => {
    await phone(browser, width === 'phone');
    try {
      await open(SCENARIO);
      await goToStep(browser, 'review');
      await browser.waitFor(check);
      // Six pairs are shown (the finding's subjects), provisioned address first.
      const pairs = `${check} [data-test=sign-in-pair]`;
      assert.equal(await browser.count(pairs), 6);
      const ada = `${pairs}[data-email="ada@acme.com"]`;
      assert.equal(plain(await browser.text(`${ada} [data-test=provisioned]`)), 'ada@acme.com');
      assert.equal(plain(await browser.text(`${ada} [data-test=sso-sends]`)), 'Ada@acme.com');
      // Letter case only: the one letter is marked in each, and said.
      assert.deepEqual(await texts(`${ada} [data-test=provisioned] mark`), ['a']);
      assert.deepEqual(await texts(`${ada} [data-test=sso-sends] mark`), ['A']);
      assert.match(await browser.text(`${ada} .sr-only`), /“a”.*“A”/);
      const u0 = `${pairs}[data-email="u0@acme.com"]`;
      assert.deepEqual(await texts(`${u0} [data-test=sso-sends] mark`), ['ser']);
      // Bo's SSO sends the same address: not listed. The Okta fix is given.
      assert.equal(await browser.count(`${pairs}[data-email="bo@acme.com"]`), 0);
      assert.match(await browser.text(`${check} .advice`), /Okta/);
      if (width === 'phone') assert.ok(await fits(), 'no sideways scrolling on a phone');
      // "+2 more" shows exactly the eight users in the table.
      await browser.click(`${check} [data-test=finding-more]`);
      await browser.waitFor(async () => (await browser.count('[data-test=user-row]')) === 8);
      const shown = await browser.eval("return [...document.querySelectorAll('[data-test=user-row]')].map((r) => r.dataset.email).sort();");
      assert.deepEqual(shown, ['ada@acme.com', ...Array.from({ length: 7 }, (_, i) => `u${i}@acme.com`)].sort());
    } finally {
      await phone(browser, false);
    }
  });
}

test('the directory step edits the SSO email, and the check follows', async () => {
  const one = { ...SCENARIO, directory: { ...SCENARIO.directory, users: SCENARIO.directory.users.slice(0, 1).concat([{ email: 'cy@acme.com' }]) } };
  await open(one);
  await goToStep(browser, 'review');
  await browser.waitFor('[data-test=finding]');
  assert.equal(await browser.count(check), 0);
  await goToStep(browser, 'directory');
  const field = '[data-test=directory-row][data-email="cy@acme.com"] [data-test=sso-email]';
  await browser.type(field, 'CY@acme.com');
  await browser.eval('document.querySelector(arguments[0]).dispatchEvent(new Event("change", { bubbles: true })); return true;', field);
  await goToStep(browser, 'review');
  await browser.waitFor(check);
  assert.deepEqual(await texts(`${check} [data-test=sso-sends] mark`), ['CY']);
  // Emptied: the same as the email again, and the check has nothing to say.
  await goToStep(browser, 'directory');
  await browser.eval('const f = document.querySelector(arguments[0]); f.value = ""; f.dispatchEvent(new Event("input", { bubbles: true })); f.dispatchEvent(new Event("change", { bubbles: true })); return true;', field);
  await goToStep(browser, 'review');
  await browser.waitFor('[data-test=review-body]');
  await browser.waitFor(async () => (await browser.count(check)) === 0);
});

test('the sign-in check and the SSO email field in all six languages', async () => {
  for (const lang of LANGS) {
    const w = words(lang);
    await open(SCENARIO, `?lang=${lang}`);
    await goToStep(browser, 'review');
    await browser.waitFor(check);
    const pair = plain(await browser.text(`${check} [data-test=sign-in-pair]`));
    assert.ok(pair.includes(plain(w['sign-in-provisioned'])), `${lang}: ${pair}`);
    assert.ok(pair.includes(plain(w['sign-in-sends'])), `${lang}: ${pair}`);
    assert.equal(plain(await browser.text(`${check} .finding-title`)), plain(w.SSO_EMAIL_MISMATCH), lang);
    await goToStep(browser, 'directory');
    const placeholder = await browser.attr('[data-test=sso-email]', 'placeholder');
    assert.equal(plain(placeholder), plain(w['sso-email-same']), lang);
  }
});
