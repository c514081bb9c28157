// Starts the planner: imports the wasm-bindgen glue and instantiates the module named by this
// script's data attributes (Trunk writes them at build time; see Trunk.toml). A file of its
// own rather than an inline script, so the Content-Security-Policy needs no exception.
const loader = document.querySelector('script[data-wasm]');
const glue = await import(loader.dataset.js);
await glue.default({ module_or_path: loader.dataset.wasm });

// Then the service worker (sw.js; see ARCHITECTURE.md), if not in a frame of a page that lies
// in the planner's folder.
const sw = navigator.serviceWorker;
const is = document.documentElement.classList;
const scope = new URL('./', import.meta.url).href;
let inside = false;
try {
  inside = top != self && top.location.href.startsWith(scope);
} catch {}
if (!sw) is.add('sw-failed');
else if (!inside) {
  const had = sw.controller;
  const offer = () => is.add('sw-update');
  let asked;
  sw.oncontrollerchange = () => (asked ? location.reload() : had && offer());
  sw.register(new URL('sw.js', import.meta.url), { scope })
    .then((reg) => {
      const follow = (w) =>
        w &&
        (w.onstatechange = () => {
          if (w.state == 'installed' && sw.controller) offer();
          if (w.state == 'redundant' && !reg.active) is.add('sw-failed');
        });
      if (reg.waiting && had) offer();
      follow(reg.installing);
      reg.onupdatefound = () => follow(reg.installing);
      document.addEventListener('click', (e) => {
        if (!e.target.closest('[data-reload]')) return;
        asked = true;
        reg.waiting ? reg.waiting.postMessage('skip') : location.reload();
      });
      return sw.ready;
    })
    .then(() => is.add('sw-ready'), () => is.add('sw-failed'));
}
