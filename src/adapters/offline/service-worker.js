// The app's service worker: keeps one whole version of the app on the device, so it opens offline
// and never mixes files of two versions. Plain script (not bundled): the build (src/node/service-worker-build.ts)
// writes the version and the file list into the two constants below and saves it as sw.js next to index.html.
//
// - install: download every file of this version into its own cache. A file that fails fails the install,
//   so a half-downloaded version is never used.
// - The new version then waits: the page says "a new version is ready" and sends 'apply-update' when the user
//   presses Reload (never while she is writing a reply). Until then every tab keeps the version it opened with.
// - fetch: only GET requests to our own origin are answered, from the cache of the version in use (the page
//   itself for navigations). Everything else, including web-llm's model downloads (which web-llm caches
//   itself), goes to the network untouched: this worker never asks another origin for anything.
// - activate: caches of versions older than the previous one are deleted (a tab still open on the previous
//   version can load its lazy files until it reloads). Other caches on the origin (web-llm's) are not ours
//   and are never touched.

/** @type {string} */
const VERSION = '__COMPANION_VERSION__';
/** @type {string[]} Paths relative to this script, e.g. 'index.html', 'assets/main-abc123.js'. */
const FILES = JSON.parse('__COMPANION_FILES__');

const PREFIX = 'companion-app-';
const CACHE = PREFIX + VERSION;

const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // `reload` skips the HTTP cache: the files of this version, not older copies the browser kept.
      cache.addAll(FILES.map((file) => new Request(new URL(file, sw.registration.scope), { cache: 'reload' }))),
    ),
  );
});

sw.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'apply-update') void sw.skipWaiting();
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // caches.keys() lists caches in the order they were made: the last other one of ours is the version
      // the open tabs were using. It stays (their lazy files); older ones go.
      const others = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
      await Promise.all(others.slice(0, -1).map((name) => caches.delete(name)));
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin) return;
  if (request.mode === 'navigate') {
    const scope = new URL(sw.registration.scope);
    // Navigations inside the app get this version's page; anything else on the origin is not ours to answer.
    if (url.pathname === scope.pathname || url.pathname === scope.pathname + 'index.html') {
      event.respondWith(fromCache(new URL('index.html', scope).href, request));
    }
    return;
  }
  event.respondWith(fromAnyVersion(request));
});

/**
 * This version's copy of a file, or the network when it is not one of ours.
 * @param {string} url
 * @param {Request} request
 */
async function fromCache(url, request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(url, { ignoreVary: true })) ?? fetch(request);
}

/**
 * A file of this version or of the previous one (hashed names never collide), else the network.
 * @param {Request} request
 */
async function fromAnyVersion(request) {
  // ignoreVary: servers send `Vary: Origin`, and a module script's request carries an Origin the cached one did not.
  const own = await caches.open(CACHE).then((cache) => cache.match(request, { ignoreVary: true }));
  if (own) return own;
  const names = (await caches.keys()).filter((name) => name.startsWith(PREFIX));
  for (const name of names) {
    const hit = await caches.open(name).then((cache) => cache.match(request, { ignoreVary: true }));
    if (hit) return hit;
  }
  return fetch(request);
}
