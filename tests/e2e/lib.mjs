// The browser end-to-end runs' small toolkit: a static file server on 127.0.0.1 and a thin
// W3C WebDriver client for Debian's headless Chromium (via chromedriver), with no npm deps.
//
//   const server = await serveStatic('target/dist');
//   const browser = await launch({ artifacts: 'tests/artifacts' });   // or { lang: 'de' }
//   await browser.open(server.url);
//   await browser.waitFor('[data-test=review]');
//   await browser.screenshot('review');
//   await browser.close(); await server.close();

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CHROMEDRIVER = process.env.CHROMEDRIVER || '/usr/bin/chromedriver';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Serves `dir` on 127.0.0.1 (a free port, or `port`). `served` lists the paths requested, in
 * order. Optional `headers` are added to every response (e.g. a CSP to test). `close` also
 * drops the browser's open connections, so that the server is gone at once (to test a page
 * whose server went away).
 */
export async function serveStatic(dir, { headers = {}, port: wanted } = {}) {
  const root = path.resolve(dir);
  const served = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    served.push(url.pathname);
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[path.extname(file)] || 'application/octet-stream',
      'cache-control': 'no-store',
      ...headers,
    });
    fs.createReadStream(file).pipe(res);
  });
  const port = wanted || (await freePort());
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    served,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The repository, the built app (`PROVPLAN_DIST` overrides) and where screenshots go. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = process.env.PROVPLAN_DIST || path.join(ROOT, 'target/dist');
export const ARTIFACTS = path.join(ROOT, 'tests/artifacts');

/** Serves the built app on 127.0.0.1 and starts a browser: a suite's `before`. */
export async function startApp() {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`${DIST} has no built app: build it first (tests/run test builds it)`);
  }
  const server = await serveStatic(DIST);
  const browser = await launch({ artifacts: ARTIFACTS });
  return { server, browser };
}

/** Closes what `startApp` started (either may be missing if it failed). */
export async function stopApp({ server, browser }) {
  await browser?.close();
  await server?.close();
}

/** What the planner shows once it has rendered: its summary, the review, or an embedded view. */
const RENDERED = '[data-test=summary], [data-test=panel-review], .embed';

/** Opens `url` in browser `b` and waits for the planner's first render. */
export async function openPlanner(b, url) {
  await b.open(url);
  await b.waitFor(RENDERED, 20000);
}

/** Opens the planner with nothing saved (storage cleared at `base`), at `base + suffix`. */
export async function freshPlanner(b, base, suffix = '') {
  await openPlanner(b, base);
  await b.eval('localStorage.clear(); return true;');
  await openPlanner(b, base + suffix);
}

/** Emulates a phone's viewport, 390 × 844 (headless windows have a minimum width), or ends it. */
export async function phone(b, on) {
  const cdp = (cmd, params = {}) => b.cmd('POST', '/goog/cdp/execute', { cmd, params });
  if (on) {
    await cdp('Emulation.setDeviceMetricsOverride', { width: 390, height: 844, deviceScaleFactor: 2, mobile: true });
  } else {
    await cdp('Emulation.clearDeviceMetricsOverride');
  }
}

/** Goes to a step of the wizard. */
export async function goToStep(b, name) {
  await b.click(`[data-test=step-${name}]`);
  await b.waitFor(`[data-test=panel-${name}]`);
}

/**
 * Starts chromedriver and a headless Chromium session. `lang` (e.g. 'de') sets the browser's
 * preferred languages (navigator.languages, Accept-Language); `args` adds Chromium switches.
 */
export async function launch({ artifacts = 'tests/artifacts', width = 1280, height = 900, lang, args = [] } = {}) {
  const port = await freePort();
  const driver = spawn(CHROMEDRIVER, [`--port=${port}`, '--allowed-ips=127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let driverErr = '';
  driver.stderr.on('data', (d) => (driverErr += d));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15000;
  for (;;) {
    try {
      const r = await fetch(`${base}/status`);
      if ((await r.json()).value?.ready) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      driver.kill();
      throw new Error(`chromedriver did not start: ${driverErr}`);
    }
    await sleep(100);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'provplan-chromium-'));
  const caps = {
    capabilities: {
      alwaysMatch: {
        browserName: 'chrome',
        'goog:chromeOptions': {
          binary: CHROMIUM,
          args: [
            '--headless=new',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-dev-shm-usage',
            `--user-data-dir=${profile}`,
            `--window-size=${width},${height}`,
            ...(lang ? [`--lang=${lang}`, `--accept-lang=${lang}`] : []),
            ...args,
          ],
          ...(lang ? { prefs: { 'intl.accept_languages': lang } } : {}),
        },
        'goog:loggingPrefs': { performance: 'ALL', browser: 'ALL' },
      },
    },
  };
  const res = await fetch(`${base}/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(caps),
  });
  const body = await res.json();
  if (!res.ok || !body.value?.sessionId) {
    driver.kill();
    throw new Error(`cannot start a browser session: ${JSON.stringify(body.value)}`);
  }
  fs.mkdirSync(artifacts, { recursive: true });
  return new Browser(base, body.value.sessionId, driver, profile, artifacts);
}

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export class Browser {
  constructor(base, session, driver, profile, artifacts) {
    this.base = `${base}/session/${session}`;
    this.driver = driver;
    this.profile = profile;
    this.artifacts = artifacts;
    this.requested = [];
    this.consoleLog = [];
  }

  async cmd(method, url, body) {
    const res = await fetch(this.base + url, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) {
      const v = json.value || {};
      throw new Error(`WebDriver ${method} ${url}: ${v.error || res.status}: ${v.message || ''}`.trim());
    }
    return json.value;
  }

  /** Navigates and waits for the document to load. */
  async open(url) {
    await this.cmd('POST', '/url', { url });
  }

  async reload() {
    await this.cmd('POST', '/refresh', {});
  }

  async find(css) {
    const v = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return v[ELEMENT];
  }

  async findAll(css) {
    const v = await this.cmd('POST', '/elements', { using: 'css selector', value: css });
    return v.map((e) => e[ELEMENT]);
  }

  async count(css) {
    return (await this.findAll(css)).length;
  }

  async click(css) {
    const id = await this.find(css);
    await this.cmd('POST', `/element/${id}/click`, {});
  }

  /** Clears a field and types `text` (real key events). */
  async type(css, text, { clear = true } = {}) {
    const id = await this.find(css);
    if (clear) await this.cmd('POST', `/element/${id}/clear`, {});
    await this.cmd('POST', `/element/${id}/value`, { text });
  }

  /** Sends keys to the focused element (e.g. '\uE004' Tab, '\uE007' Enter). */
  async keys(text) {
    await this.cmd('POST', '/actions', {
      actions: [
        {
          type: 'key',
          id: 'keyboard',
          actions: [...text].flatMap((c) => [
            { type: 'keyDown', value: c },
            { type: 'keyUp', value: c },
          ]),
        },
      ],
    });
  }

  /** Chooses an <option> by value and fires `input` and `change` as a user would. */
  async select(css, value) {
    const ok = await this.eval(
      `const el = document.querySelector(arguments[0]);
       if (!el) return 'no element';
       if (![...el.options].some(o => o.value === arguments[1])) return 'no option ' + arguments[1];
       el.value = arguments[1];
       el.dispatchEvent(new Event('input', { bubbles: true }));
       el.dispatchEvent(new Event('change', { bubbles: true }));
       return 'ok';`,
      css,
      value,
    );
    if (ok !== 'ok') throw new Error(`select ${css}: ${ok}`);
  }

  async text(css) {
    const id = await this.find(css);
    return this.cmd('GET', `/element/${id}/text`);
  }

  async attr(css, name) {
    const id = await this.find(css);
    return this.cmd('GET', `/element/${id}/attribute/${name}`);
  }

  /** Runs `js` (a function body; `arguments` holds `args`) in the page and returns its value. */
  async eval(js, ...args) {
    return this.cmd('POST', '/execute/sync', { script: js, args });
  }

  /** Runs async `js`; call `arguments[arguments.length - 1](value)` to finish. */
  async evalAsync(js, ...args) {
    return this.cmd('POST', '/execute/async', { script: js, args });
  }

  /** Waits until a CSS selector matches, or an async predicate returns a truthy value. */
  async waitFor(what, ms = 10000) {
    const deadline = Date.now() + ms;
    let last;
    for (;;) {
      try {
        last = typeof what === 'string' ? (await this.findAll(what)).length > 0 : await what();
        if (last) return last;
      } catch (e) {
        last = e;
      }
      if (Date.now() > deadline) {
        throw new Error(`timed out after ${ms} ms waiting for ${typeof what === 'string' ? what : 'condition'}${last instanceof Error ? `: ${last.message}` : ''}`);
      }
      await sleep(50);
    }
  }

  /** Runs a DevTools command (`Emulation.setEmulatedMedia`, …) through chromedriver. */
  async cdp(cmd, params = {}) {
    return this.cmd('POST', '/goog/cdp/execute', { cmd, params });
  }

  async setSize(width, height) {
    await this.cmd('POST', '/window/rect', { width, height });
  }

  /** Saves a PNG screenshot into the artifacts folder; returns its path. */
  async screenshot(name) {
    const png = await this.cmd('GET', '/screenshot');
    const file = path.join(this.artifacts, `${name}.png`);
    fs.writeFileSync(file, Buffer.from(png, 'base64'));
    return file;
  }

  async drainLogs() {
    const entries = await this.cmd('POST', '/se/log', { type: 'performance' }).catch(() => []);
    for (const e of entries) {
      try {
        const m = JSON.parse(e.message).message;
        if (m.method === 'Network.requestWillBeSent') this.requested.push(m.params.request.url);
      } catch {
        /* not a network event */
      }
    }
    const logs = await this.cmd('POST', '/se/log', { type: 'browser' }).catch(() => []);
    this.consoleLog.push(...logs);
  }

  /** Every URL the browser requested so far (from the DevTools network log). */
  async requests() {
    await this.drainLogs();
    return [...this.requested];
  }

  /** Console messages so far ({level, message}). */
  async console() {
    await this.drainLogs();
    return [...this.consoleLog];
  }

  /** Injects axe-core and returns the serious/critical violations on the page. */
  async axe(axeSource, context = 'document') {
    await this.eval(`if (!window.axe) { (0, eval)(arguments[0]); } return true;`, axeSource).catch(async () => {
      // A strict CSP forbids eval: inject via a blob-less script element is also forbidden, so
      // run axe's source as a function body instead.
      await this.eval(`${axeSource}\n;window.axe = axe; return true;`);
    });
    const result = await this.evalAsync(
      `const done = arguments[arguments.length - 1];
       axe.run(${context}, { resultTypes: ['violations'] })
         .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
           .map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')) }))))
         .catch(e => done({ error: String(e) }));`,
    );
    if (result && result.error) throw new Error(`axe: ${result.error}`);
    return result;
  }

  async close() {
    try {
      await this.cmd('DELETE', '', undefined);
    } catch {
      /* already gone */
    }
    this.driver.kill();
    fs.rmSync(this.profile, { recursive: true, force: true });
  }
}

/** True when every URL is on 127.0.0.1/localhost, or internal to the browser (data:, blob:, chrome:). */
export function allLocal(urls) {
  return urls.every((u) => /^(data:|blob:|about:|chrome:|chrome-untrusted:|chrome-error:|devtools:)/.test(u) || /^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(u));
}
