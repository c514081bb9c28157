// The service worker, registered by boot.js: it keeps one build of the planner (VERSION and
// FILES above, written by the build) and answers the planner's requests for those files from
// it, so that the planner opens and works with no network once visited. It asks nothing of any
// origin but the planner's own, for this build's files only, and leaves every other request to
// the browser.
//
// A new build is a new worker (its list differs): the browser fetches it on a visit, it keeps
// the whole new build beside the old one, and waits while a page of the old build is open; the
// page offers to reload, and the worker takes over only when asked to (or once no page of the
// old build is left). Once active, it deletes the caches of older builds.

// The planner's folder (e.g. https://docs.example/planner/): the worker's scope. Caches are
// named after it, so that two planners on one origin never touch each other's.
const BASE = new URL('./', self.location.href).href;
const PREFIX = `provplan ${BASE} `;
const CACHE = PREFIX + VERSION;
const HASHES = new Map(FILES.map(([file, hash]) => [new URL(file, BASE).href, hash]));

// FNV-1a, 32 bits, of a file's bytes, as the build wrote it into FILES.
function hash(bytes) {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

// Keeps every file of the build, or none: a file that is missing, or is not the one this
// build listed (the server has another build by now), fails the install, and the worker is
// dropped; the next visit tries again.
self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await Promise.all(
        [...HASHES].map(async ([url, want]) => {
          // Past the HTTP cache's fresh copies, which may be another build's.
          const response = await fetch(url, { cache: 'no-cache' });
          const body = await response.arrayBuffer();
          if (!response.ok || hash(new Uint8Array(body)) !== want) throw new Error(`${url} is not this build's`);
          // As the page needs it (its type above all), without a redirect or an encoding.
          const headers = new Headers(response.headers);
          headers.delete('content-encoding');
          headers.delete('content-length');
          await cache.put(url, new Response(body, { headers }));
        }),
      );
    })().catch(async (e) => {
      await caches.delete(CACHE);
      throw e;
    }),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      // The page of the first visit too: what it loads later (a language, the importer)
      // comes from the build kept.
      await self.clients.claim();
    })(),
  );
});

// The page's "reload": the waiting worker takes over.
self.addEventListener('message', (event) => {
  if (event.data === 'skip') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  // The page, whatever its query (?view=, ?lang=, ?example=), is the build's index.html.
  let key = url.origin + url.pathname;
  if (request.mode === 'navigate' && key === `${BASE}index.html`) key = BASE;
  if (request.method !== 'GET' || !HASHES.has(key)) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key))
      .then((kept) => kept || fetch(request)),
  );
});
