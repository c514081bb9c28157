// The planner in six languages (Trunk build in target/dist, or PROVPLAN_DIST), in headless
// Chromium: `?lang=de` on the mode step and on the lockout example's finding; the picker
// switching to French without losing the scenario, and remembered; an unknown `?lang=` falling
// back to the browser's language (a second browser started in German), then English; a table
// that cannot be loaded falling back to English; the review step of every language
// photographed, checked with axe and for overflowing words.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { ARTIFACTS, DIST, freshPlanner, goToStep, launch, openPlanner, phone, serveStatic, sleep, startApp, stopApp } from './lib.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const AXE = fs.readFileSync(path.join(HERE, '../node_modules/axe-core/axe.min.js'), 'utf8');
const KEY = 'provplan.scenario.v1';
const LANG_KEY = 'provplan.lang';
const LANGS = ['en', 'es', 'pt', 'it', 'fr', 'de'];

let server;
let browser;

before(async () => ({ server, browser } = await startApp()));
after(() => stopApp({ server, browser }));

const open = (b, suffix = '') => openPlanner(b, server.url + suffix);
/** Opens the planner with nothing saved (no scenario, no language chosen). */
const fresh = (b, suffix = '') => freshPlanner(b, server.url, suffix);
const step = (b, name) => goToStep(b, name);

const htmlLang = (b) => b.eval('return document.documentElement.lang;');
const heading = (b) => b.text('.step-heading');

/** Elements whose text is wider than their box (words that do not fit), outside scrollers. */
function overflowing(b) {
  return b.eval(`
    const out = [];
    for (const el of document.querySelectorAll('main *, nav *, header *, aside *')) {
      if (el.closest('.table-wrap') || el.closest('.sr-only') || el.matches('input, select, textarea, option, meter')) continue;
      const s = getComputedStyle(el);
      if (s.display === 'inline' || s.overflowX !== 'visible') continue;
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
        out.push((el.className || el.tagName) + ': ' + el.textContent.trim().slice(0, 60));
      }
    }
    return out;`);
}

test('?lang=de shows the mode step and the lockout finding in German', async () => {
  await fresh(browser, '?lang=de');
  assert.equal(await htmlLang(browser), 'de');
  await step(browser, 'modes');
  assert.match(await heading(browser), /Bereitstellungsmodus/);
  assert.match(await browser.text('[data-test=panel-modes]'), /Verzeichnissynchronisierung/);
  assert.equal(await browser.eval('return document.title;'), 'Bereitstellungsplaner');

  await open(browser, '?lang=de&example=enterprise-entra-lockout');
  await step(browser, 'review');
  const finding = '[data-test=panel-review] [data-test=finding][data-code=ACTOR_LOSES_ACCESS]';
  await browser.waitFor(finding);
  const text = await browser.text(finding);
  assert.match(text, /Sie würden Ihren Owner-\/Admin-Zugriff verlieren/);
  assert.match(text, /Nach dem Speichern hätten Sie \(root@example\.net\) in Example Net \(claude\) die Rolle Admin, unterhalb von Owner/);
  assert.match(text, /Was zu tun ist:/);
  assert.match(await browser.text('[data-test=do-not-save]'), /Noch nicht speichern/);
  assert.match(await browser.text('[data-test=checklist]'), /Änderungen speichern/);
  // The scenario is data, not words: the saved JSON has no German in it.
  const saved = await browser.eval(`return localStorage.getItem('${KEY}');`);
  assert.equal(JSON.parse(saved).plan, 'enterprise_usage_based');
  assert.doesNotMatch(saved, /Bereitstellung|Benutzer|Gruppenzuordnung/);
  // A ?lang= link is not a choice: nothing is remembered.
  assert.equal(await browser.eval(`return localStorage.getItem('${LANG_KEY}');`), null);
});

test('?lang=de: the import, its preview and its errors in German, the importer\'s words marked English', async () => {
  await fresh(browser, '?lang=de');
  await step(browser, 'directory');
  assert.match(await browser.text('[data-test=import]'), /Benutzer aus Ihrem Identity Provider importieren/);
  await browser.select('[data-test=import-sample]', 'okta');
  await browser.click('[data-test=import-sample-read]');
  await browser.waitFor('[data-test=import-preview]');
  const preview = await browser.text('[data-test=import-preview]');
  assert.match(preview, /Was der Import laden würde/);
  assert.match(preview, /CSV der Benutzer aus Okta/);
  assert.match(preview, /Verzeichnis ersetzen/);
  await browser.click('[data-test=import-cancel]');

  await browser.select('[data-test=import-sample]', 'broken');
  await browser.click('[data-test=import-sample-read]');
  await browser.waitFor('[data-test=import-bad-rows]');
  const errors = await browser.text('[data-test=import-bad-rows]');
  assert.match(errors, /2 fehlerhafte Zeilen: Es wird nichts geladen, es sei denn, Sie lassen sie weg/);
  assert.match(errors, /invalid-email\.csv, Zeile 3, Spalte 1/);
  assert.doesNotMatch(errors, /, line \d+, column/);
  assert.match(await browser.text('[data-test=import-skip-bad]'), /Die 2 fehlerfreien Zeilen importieren, die 2 fehlerhaften weglassen/);
  const marked = await browser.eval(
    "return [...document.querySelectorAll('[data-test=import-error] li span[lang=en]')].length;",
  );
  assert.ok(marked > 0, 'the importer\'s English words carry lang="en"');
  // The table of users pages in German too.
  assert.match(await browser.text('[data-test=panel-directory]'), /Exportdateien hierher ziehen/);
});

test('the picker switches to French without losing the scenario, and is remembered', async () => {
  await fresh(browser);
  assert.equal(await htmlLang(browser), 'en');
  assert.equal(await browser.eval('return document.querySelector("[data-test=lang]").value;'), 'en');
  assert.equal(await browser.text('label[for=lang]'), 'Language');
  // Each language is named in its own words before its table is loaded.
  assert.deepEqual(
    await browser.eval('return [...document.querySelectorAll("[data-test=lang] option")].map((o) => o.textContent);'),
    ['English', 'Español', 'Português', 'Italiano', 'Français', 'Deutsch'],
  );

  // An edit before the switch.
  await browser.type('[data-test=actor]', 'ada.lovelace@example.com');
  await browser.waitFor(async () => JSON.parse(await browser.eval(`return localStorage.getItem('${KEY}');`)).actor === 'ada.lovelace@example.com');
  const saved = await browser.eval(`return localStorage.getItem('${KEY}');`);

  await browser.select('[data-test=lang]', 'fr');
  await browser.waitFor(async () => (await htmlLang(browser)) === 'fr');
  assert.match(await heading(browser), /Plan et organisations/);
  assert.match(await browser.text('[data-test=summary]'), /Vérification en direct/);
  assert.equal(await browser.text('label[for=lang]'), 'Langue');
  assert.equal(await browser.eval('return document.querySelector("[data-test=actor]").value;'), 'ada.lovelace@example.com');
  assert.equal(await browser.eval(`return localStorage.getItem('${KEY}');`), saved, 'the scenario is unchanged');
  assert.equal(await browser.eval(`return localStorage.getItem('${LANG_KEY}');`), 'fr');

  await step(browser, 'modes');
  assert.match(await heading(browser), /Mode d'approvisionnement/);
  await step(browser, 'review');
  assert.match(await browser.text('[data-test=panel-review]'), /Ce qui se passe quand vous cliquez sur « Enregistrer les modifications »/);

  await browser.reload();
  await browser.waitFor('[data-test=summary]', 20000);
  assert.equal(await htmlLang(browser), 'fr', 'the choice is remembered');
  assert.equal(await browser.eval('return document.querySelector("[data-test=actor]").value;'), 'ada.lovelace@example.com');

  // ?lang= in the address wins over the remembered choice; the picker then rewrites it.
  await open(browser, '?lang=it');
  assert.equal(await htmlLang(browser), 'it');
  await browser.select('[data-test=lang]', 'es');
  await browser.waitFor(async () => (await htmlLang(browser)) === 'es');
  assert.equal(await browser.eval('return location.search;'), '?lang=es');
});

test('an unknown ?lang= falls back to the browser language, then English', async () => {
  await fresh(browser, '?lang=xx');
  assert.equal(await htmlLang(browser), 'en', "Chromium's default language is en-US");
  assert.match(await heading(browser), /Plan and organizations/);

  const german = await launch({ artifacts: ARTIFACTS, lang: 'de' });
  try {
    assert.deepEqual(await (async () => {
      await german.open(server.url);
      return german.eval('return navigator.languages;');
    })(), ['de']);
    await fresh(german, '?lang=xx');
    assert.equal(await htmlLang(german), 'de');
    assert.match(await heading(german), /Plan und Organisationen/);
    await fresh(german);
    assert.equal(await htmlLang(german), 'de', 'no ?lang=: the browser language');
    await open(german, '?lang=pt');
    assert.equal(await htmlLang(german), 'pt', '?lang= wins over the browser');
    await open(german, '?view=scim-check&lang=zz');
    await german.waitFor('[data-test=scim-check]');
    assert.match(await german.text('[data-test=scim-check]'), /Kann diese Organisation SCIM verwenden\?/);
  } finally {
    await german.close();
  }
});

test('the review step in every language: screenshots, axe, no overflowing words', async () => {
  for (const lang of LANGS) {
    await fresh(browser, `?lang=${lang}&example=enterprise-entra-lockout`);
    assert.equal(await htmlLang(browser), lang);
    await step(browser, 'review');
    await browser.waitFor('[data-test=panel-review] [data-test=finding]');
    const violations = await browser.axe(AXE);
    assert.deepEqual(violations, [], `${lang}: ${JSON.stringify(violations, null, 1)}`);
    assert.deepEqual(await overflowing(browser), [], `${lang}: words wider than their box`);
    assert.equal(
      await browser.eval('return document.documentElement.scrollWidth <= document.documentElement.clientWidth;'),
      true,
      `${lang}: nothing is wider than the window`,
    );
    await browser.eval('window.scrollTo(0, 0); return true;');
    await sleep(50);
    await browser.screenshot(`app-review-${lang}`);
  }
});

test('a language whose table cannot be loaded falls back to English', async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'provplan-i18n-'));
  fs.cpSync(DIST, tmp, { recursive: true });
  for (const f of fs.readdirSync(path.join(tmp, 'i18n'))) {
    if (f.startsWith('de-')) fs.rmSync(path.join(tmp, 'i18n', f));
  }
  const broken = await serveStatic(tmp);
  try {
    await browser.open(`${broken.url}?lang=de`);
    await browser.waitFor('[data-test=summary]', 20000);
    assert.equal(await htmlLang(browser), 'en');
    assert.match(await heading(browser), /Plan and organizations/);
    assert.ok(broken.served.some((p) => /^\/i18n\/de-/.test(p)), 'the German table was asked for');
  } finally {
    await broken.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});


test('long German words fit on a phone', async () => {
  await fresh(browser, '?lang=de&example=enterprise-entra-lockout');
  await phone(browser, true);
  try {
    for (const name of ['plan', 'modes', 'mappings', 'review']) {
      await step(browser, name);
      assert.deepEqual(await overflowing(browser), [], `${name}: words wider than their box`);
      assert.equal(
        await browser.eval('return document.documentElement.scrollWidth <= document.documentElement.clientWidth;'),
        true,
        `${name}: nothing is wider than the screen`,
      );
    }
    await browser.eval('window.scrollTo(0, 0); return true;');
    await browser.screenshot('app-phone-review-de');
  } finally {
    await phone(browser, false);
  }
});
