/* global self, caches, fetch, URL, Response */
// The field app's service worker: the app shell from the network when there is one (and kept in
// the cache), from the cache when there is none. API requests are never cached here: the app keeps
// its data in IndexedDB.
const SHELL = "civgis-field-shell";
const TILES = "civgis-field-tiles";

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll(["/field", "/field.webmanifest", "/favicon.svg"]))
      .catch(() => undefined)
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/api/") || url.pathname.startsWith("/ogc/")) return;
  if (url.pathname.startsWith("/tiles/divisions/")) {
    // the tile pack: the network when there is one, the pack when there is none
    event.respondWith(
      fetch(event.request).catch(() =>
        caches
          .match(url.pathname, { cacheName: TILES, ignoreVary: true })
          .then((hit) => hit ?? Response.error()),
      ),
    );
    return;
  }
  const shell =
    url.pathname === "/field" ||
    url.pathname === "/field.html" ||
    url.pathname.startsWith("/assets/") ||
    url.pathname === "/field.webmanifest" ||
    url.pathname === "/favicon.svg";
  if (!shell) return;
  event.respondWith(
    fetch(event.request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          void caches.open(SHELL).then((cache) => cache.put(event.request, copy));
        }
        return response;
      })
      .catch(() =>
        caches
          .match(event.request, { ignoreSearch: true })
          .then(
            (hit) => hit ?? caches.match(url.pathname === "/field.html" ? "/field" : "/field.html"),
          )
          .then((hit) => hit ?? Response.error()),
      ),
  );
});
