// The planner offline and installed, in headless Chromium, served under a sub-path (/planner/)
// as a docs site would: after one visit its service worker keeps the build, and with the
// server gone the planner opens, evaluates, switches language, imports and exports; the
// manifest makes it installable; a second build at the same address is offered for reload and
// then replaces the first, whose files are no longer kept; a build that cannot be kept whole
// is not kept at all, with a notice; an iframe in a page inside the
// planner's folder registers no worker, and one in a page outside it only the planner's own.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { ARTIFACTS, DIST, ROOT, allLocal, goToStep, launch, openPlanner, serveStatic, sleep } from './lib.mjs';

const KEY = 'provplan.scenario.v1';
const FIXTURES = path.join(ROOT, 'tests/fixtures/import');

let tmp;
let browser;

/** A docs page embedding `src` in an iframe. */
const host = (src) =>
  `<!doctype html><html lang="en"><title>Docs</title><h1>Docs</h1><iframe src="${src}" title="Planner" width="800" height="500"></iframe></html>`;

/** The build's files, as its worker lists them (sw.js). */
const listed = (dir) => [...fs.readFileSync(path.join(dir, 'sw.js'), 'utf8').matchAll(/^ {2}\["([^"]+)", "[0-9a-f]{8}"\],$/gm)].map((m) => m[1]);
const versionOf = (dir) => fs.readFileSync(path.join(dir, 'sw.js'), 'utf8').match(/^const VERSION = '([0-9a-f]+)';$/m)[1];

/** The planner's caches in the page's origin: { name: [the addresses kept] }. */
const kept = (b) =>
  b.evalAsync(`const done = arguments[arguments.length - 1];
    (async () => {
      const out = {};
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        out[name] = (await cache.keys()).map((r) => r.url);
      }
      return out;
    })().then(done, (e) => done(String(e)));`);

const registrations = (b) =>
  b.evalAsync(`const done = arguments[arguments.length - 1];
    navigator.serviceWorker.getRegistrations().then((rs) => done(rs.map((r) => ({ scope: r.scope, active: !!r.active }))));`);

const shown = (b, css) => b.eval('const e = document.querySelector(arguments[0]); return !!e && getComputedStyle(e).display !== "none";', css);

before(() => {
  if (!fs.existsSync(path.join(DIST, 'sw.js'))) throw new Error(`${DIST} has no service worker: build the app first (tests/run test builds it)`);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'provplan-offline-'));
  fs.cpSync(DIST, path.join(tmp, 'planner'), { recursive: true });
  fs.mkdirSync(path.join(tmp, 'docs'));
  fs.writeFileSync(path.join(tmp, 'docs/embed.html'), host('/planner/?view=compare&example=team-jit'));
});

after(async () => {
  await browser?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

// The address the planner keeps between the two tests (a service worker belongs to its origin).
let port;

test('after one visit the planner works with the server gone: it opens, evaluates, switches language, imports and exports', async () => {
  let server = await serveStatic(tmp);
  port = server.port;
  const base = `${server.url}planner/`;
  browser = await launch({ artifacts: ARTIFACTS });
  try {
    await openPlanner(browser, base);
    await browser.eval('localStorage.clear(); return true;');
    await browser.waitFor(async () => browser.eval("return document.documentElement.classList.contains('sw-ready');"), 30000);
    assert.ok(await shown(browser, '.offline-ready'), 'the page says it works offline');
    assert.equal(await browser.text('.offline-ready'), '✓ Works offline');
    assert.equal(await shown(browser, '.offline-not-kept'), false);
    assert.equal(await shown(browser, '.offline-update'), false);
    // The first page is taken over at once: what it loads later comes from the build kept.
    await browser.waitFor(async () => browser.eval('return !!navigator.serviceWorker.controller;'));
    assert.deepEqual(await registrations(browser), [{ scope: base, active: true }]);

    // Everything of the build is kept, in one cache named after the planner's folder.
    const caches = await kept(browser);
    const name = `provplan ${base} ${versionOf(path.join(tmp, 'planner'))}`;
    assert.deepEqual(Object.keys(caches), [name]);
    const files = listed(path.join(tmp, 'planner'));
    for (const f of ['./', 'boot.js', 'manifest.webmanifest', 'icons/icon-192.png', 'icons/icon-512.png', 'icons/icon.svg', 'worker/import-worker.js', 'worker/provplan-import_bg.wasm']) {
      assert.ok(files.includes(f), `${f} is listed`);
    }
    assert.equal(files.filter((f) => f.startsWith('i18n/')).length, 6, 'every language table');
    assert.ok(files.some((f) => /^provplan-web-[0-9a-f]+_bg\.wasm$/.test(f)));
    assert.deepEqual(caches[name].sort(), files.map((f) => new URL(f, base).href).sort());

    // Installable: Chromium reads the manifest without a problem and finds nothing missing.
    const manifest = await browser.cdp('Page.getAppManifest');
    assert.equal(new URL(manifest.url).pathname, '/planner/manifest.webmanifest');
    assert.deepEqual(manifest.errors, []);
    const parsed = JSON.parse(manifest.data);
    assert.equal(parsed.display, 'standalone');
    assert.equal(new URL(parsed.start_url, manifest.url).href, base);
    const installable = await browser.cdp('Page.getInstallabilityErrors');
    assert.deepEqual(installable.installabilityErrors, [], 'Chromium offers to install the planner');
    const png = await browser.evalAsync(`const done = arguments[arguments.length - 1];
      fetch('icons/icon-512.png').then((r) => r.blob()).then(createImageBitmap).then((b) => done([b.width, b.height]), (e) => done(String(e)));`);
    assert.deepEqual(png, [512, 512], 'the PNG icon decodes');

    // The server goes away.
    await server.close();
    await browser.reload();
    await browser.waitFor('[data-test=summary]', 20000);
    await browser.waitFor(async () => browser.eval("return document.documentElement.classList.contains('sw-ready');"));

    // An example is evaluated.
    await browser.select('#start-from', 'enterprise-entra-lockout');
    await browser.click('#load-example');
    await browser.waitFor('[data-test=notice]');
    await goToStep(browser, 'review');
    await browser.waitFor('[data-test=panel-review] [data-test=finding]');
    assert.match(await browser.text('[data-test=panel-review]'), /ACTOR_LOSES_ACCESS|Owner/);

    // German: its table was kept.
    await browser.select('[data-test=lang]', 'de');
    await browser.waitFor(async () => (await browser.eval('return document.documentElement.lang;')) === 'de');
    assert.match(await browser.text('.step-heading'), /Prüfung/);
    assert.equal(await browser.count('[data-test=lang-failed]'), 0);
    assert.equal(await browser.text('.offline-ready'), '✓ Funktioniert offline');

    // A directory export is imported: the importer's worker was kept.
    await goToStep(browser, 'directory');
    await browser.type('[data-test=import-files]', path.join(FIXTURES, 'okta-users.csv'), { clear: false });
    await browser.waitFor('[data-test=import-preview]', 20000);
    await browser.click('[data-test=import-replace]');
    await browser.waitFor(async () => (await browser.count('[data-test=import-preview]')) === 0);
    const saved = JSON.parse(await browser.eval(`return localStorage.getItem('${KEY}');`));
    assert.equal(saved.directory.idp, 'okta');

    // And exported as JSON.
    await browser.eval(`window.__exported = [];
      const create = URL.createObjectURL;
      URL.createObjectURL = (blob) => { window.__exported.push(blob); return create.call(URL, blob); };
      return true;`);
    await browser.click('[data-test=export]');
    const exported = await browser.evalAsync(`const done = arguments[arguments.length - 1]; window.__exported[0].text().then(done);`);
    assert.equal(JSON.parse(exported).directory.idp, 'okta');
    await browser.eval('window.scrollTo(0, 0); return true;');
    await browser.screenshot('offline-planner-de');

    // The views for embedding too.
    await openPlanner(browser, `${base}?view=compare&example=team-jit&lang=fr`);
    await browser.waitFor('[data-test=compare-embed] table');
    await openPlanner(browser, `${base}?view=scim-check`);
    await browser.waitFor('[data-test=eligibility]');

    // Offline, as online: nothing was asked of another origin.
    const urls = await browser.requests();
    assert.ok(allLocal(urls), urls.filter((u) => !allLocal([u])).join('\n'));
  } finally {
    await server.close();
  }
});

test('a new build at the same address: the next visit offers to reload, then runs it, and the old build is no longer kept', async () => {
  assert.ok(browser && port, 'the first test ran');
  const dir = path.join(tmp, 'planner');
  const old = versionOf(dir);
  // The second build: a changed file (the loader) under the same name, and the build's last
  // step run again, which lists the files anew.
  fs.appendFileSync(path.join(dir, 'boot.js'), "\ndocument.documentElement.dataset.build = 'second';\n");
  execFileSync('cargo', ['run', '--quiet', '-p', 'provplan-i18n', '--', dir], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const next = versionOf(dir);
  assert.notEqual(next, old);
  const server = await serveStatic(tmp, { port });
  const base = `${server.url}planner/`;
  try {
    await openPlanner(browser, `${base}?lang=en`);
    assert.equal(await browser.eval('return document.documentElement.dataset.build || null;'), null, 'the visit opens the build kept');
    await browser.eval('window.__same_page = true; return true;');
    await browser.waitFor(async () => shown(browser, '.offline-update'), 30000);
    assert.match(await browser.text('.offline-update'), /A new version of the planner is ready\.\s*Reload/);
    await browser.screenshot('offline-update-offered');
    // It waits for the visitor: the page is the same page, of the first build.
    await sleep(500);
    assert.equal(await browser.eval('return window.__same_page === true && !document.documentElement.dataset.build;'), true);
    assert.equal(Object.keys(await kept(browser)).length, 2, 'both builds are kept until the new one is active');

    await browser.click('[data-reload]');
    await browser.waitFor(async () => (await browser.eval('return document.documentElement.dataset.build || null;')) === 'second', 20000);
    await browser.waitFor('[data-test=summary]', 20000);
    assert.equal(await shown(browser, '.offline-update'), false);

    // Only the new build is kept: its cache, with its files; the old cache is gone.
    await browser.waitFor(async () => Object.keys(await kept(browser)).length === 1);
    const caches = await kept(browser);
    assert.deepEqual(Object.keys(caches), [`provplan ${base} ${next}`]);
    assert.deepEqual(caches[`provplan ${base} ${next}`].sort(), listed(dir).map((f) => new URL(f, base).href).sort());
    const loader = await browser.evalAsync(`const done = arguments[arguments.length - 1];
      caches.match(new URL('boot.js', location.href).href).then((r) => r.text()).then(done);`);
    assert.match(loader, /dataset\.build = 'second'/, 'the loader kept is the new one');

    // And with the server gone, the new build opens.
    await server.close();
    await browser.reload();
    await browser.waitFor('[data-test=summary]', 20000);
    assert.equal(await browser.eval('return document.documentElement.dataset.build;'), 'second');
  } finally {
    await server.close();
  }
});

test('a build that cannot be kept whole (a file missing, or of another build) is not kept at all, and a notice says so', async () => {
  const b = await launch({ artifacts: ARTIFACTS });
  const dirs = [];
  const servers = [];
  try {
    for (const [what, spoil] of [
      ['missing', (dir) => fs.rmSync(path.join(dir, 'worker/provplan-import_bg.wasm'))],
      ['changed', (dir) => fs.appendFileSync(path.join(dir, 'worker/import-worker.js'), '\n// another build\n')],
    ]) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `provplan-offline-${what}-`));
      dirs.push(dir);
      fs.cpSync(DIST, dir, { recursive: true });
      spoil(dir);
      const server = await serveStatic(dir);
      servers.push(server);
      await openPlanner(b, server.url);
      await b.waitFor(async () => b.eval("return document.documentElement.classList.contains('sw-failed');"), 30000);
      assert.ok(await shown(b, '.offline-not-kept'), `${what}: the notice is shown`);
      assert.match(await b.text('.offline-not-kept'), /has not kept the planner for offline use/);
      assert.equal(await shown(b, '.offline-ready'), false, `${what}: it does not say it works offline`);
      assert.deepEqual(await registrations(b), [], `${what}: no worker`);
      assert.deepEqual(await kept(b), {}, `${what}: nothing kept`);
      // The planner works meanwhile.
      await goToStep(b, 'review');
      await b.waitFor('[data-test=panel-review] [data-test=finding]');
    }
    await b.eval('window.scrollTo(0, 0); return true;');
    await b.screenshot('offline-not-kept');
  } finally {
    await b.close();
    for (const s of servers) await s.close();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  }
});

test('an iframe registers no worker for a page inside the planner’s folder, and only the planner’s own for one outside it', async () => {
  // The planner at a site's root: a docs page anywhere on the site lies in its folder.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'provplan-offline-root-'));
  fs.cpSync(DIST, root, { recursive: true });
  fs.mkdirSync(path.join(root, 'docs'));
  fs.writeFileSync(path.join(root, 'docs/embed.html'), host('/?view=scim-check'));
  const b = await launch({ artifacts: ARTIFACTS });
  const atRoot = await serveStatic(root);
  const underPath = await serveStatic(tmp);
  const inFrame = async (css) => {
    await b.cmd('POST', '/frame', { id: 0 });
    try {
      await b.waitFor(css, 20000);
    } finally {
      await b.cmd('POST', '/frame/parent', {});
    }
  };
  try {
    await b.open(`${atRoot.url}docs/embed.html`);
    await inFrame('[data-test=scim-check]');
    await sleep(1500);
    assert.deepEqual(await registrations(b), [], 'no worker whose scope holds the docs page');
    assert.equal(await b.eval('return !!navigator.serviceWorker.controller;'), false);

    // The planner under /planner/, the docs page under /docs/: the view keeps the planner, for
    // /planner/ only, and works offline afterwards.
    await b.open(`${underPath.url}docs/embed.html`);
    await inFrame('[data-test=compare-embed] table');
    await b.waitFor(async () => {
      const r = await registrations(b);
      return r.length === 1 && r[0].active;
    }, 30000);
    assert.deepEqual(await registrations(b), [{ scope: `${underPath.url}planner/`, active: true }]);
    assert.equal(await b.eval('return !!navigator.serviceWorker.controller;'), false, 'the docs page is not controlled');
    await underPath.close();
    await openPlanner(b, `${underPath.url}planner/?view=compare&example=team-jit`);
    await b.waitFor('[data-test=compare-embed] table');
  } finally {
    await b.close();
    await atRoot.close();
    await underPath.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});
