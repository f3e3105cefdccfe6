// Browser test and measurement: what the first visit and a repeat visit of the map transfer.
//
//   BASE_URL=http://localhost:8080 node --test e2e/firstload.e2e.mjs
//
// Chromium reports each response's bytes on the wire (CDP Network.loadingFinished
// encodedDataLength: headers and the body as sent, compressed when it was). A visit is counted
// from navigation until the map of divisions reports its divisions drawn and the network has been
// quiet for a moment. The first visit starts with an empty cache; the repeat visit is the same
// browser profile opening the page again after leaving it (hashed assets come from the cache
// without a request, the page and the tiles are revalidated: 304).
//
// Budgets, for the whole visit (the page, its scripts and style sheets, and the data the map asks
// for: the divisions' names and label points, the vector tiles): first visit ≤ 600 KB, repeat
// visit ≤ 50 KB. The figures are kept in target/e2e/first-load.json (for BENCHMARKS.md).
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import { after, before, test } from "node:test";
import { BASE_URL, launchBrowser, VIEWPORT } from "./support.mjs";

const FIRST_VISIT_BUDGET = 600 * 1024;
const REPEAT_VISIT_BUDGET = 50 * 1024;
const VIEW = "#map=7/88.6/44.4";

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** Opens the map once and returns what it transferred, by kind. */
async function visit(page, cdp) {
  const requests = new Map();
  const finished = [];
  const onResponse = (event) =>
    requests.set(event.requestId, {
      url: event.response.url,
      status: event.response.status,
      encoding:
        event.response.headers["content-encoding"] ?? event.response.headers["Content-Encoding"],
      cached: event.response.fromDiskCache || event.response.fromPrefetchCache,
    });
  const onFinished = (event) => finished.push(event);
  const onCache = (event) =>
    requests.set(event.requestId, { url: event.request?.url, cached: true });
  cdp.on("Network.responseReceived", onResponse);
  cdp.on("Network.loadingFinished", onFinished);
  cdp.on("Network.requestServedFromCache", onCache);
  await page.goto(`${BASE_URL}/${VIEW}`);
  await page.waitForSelector('#map[data-divisions="loaded"]', { timeout: 30_000 });
  await page.waitForLoadState("networkidle");
  cdp.off("Network.responseReceived", onResponse);
  cdp.off("Network.loadingFinished", onFinished);
  cdp.off("Network.requestServedFromCache", onCache);

  const byKind = { assets: 0, page: 0, api: 0, tiles: 0, other: 0 };
  const rows = [];
  for (const event of finished) {
    const request = requests.get(event.requestId) ?? { url: "?" };
    const path = new URL(request.url, BASE_URL).pathname;
    const kind = path.startsWith("/assets/")
      ? "assets"
      : path === "/" || path.endsWith(".html")
        ? "page"
        : path.startsWith("/tiles/")
          ? "tiles"
          : path.startsWith("/api/") || path.startsWith("/ogc/")
            ? "api"
            : "other";
    byKind[kind] += event.encodedDataLength;
    rows.push({
      path,
      status: request.status,
      encoding: request.encoding,
      bytes: event.encodedDataLength,
    });
  }
  const total = Object.values(byKind).reduce((a, b) => a + b, 0);
  return { total, byKind, requests: rows.length, rows };
}

test("the application's first visit transfers at most 600 KB and a repeat visit at most 50 KB", async () => {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: "zh-CN" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.clearBrowserCache");

  const first = await visit(page, cdp);
  await page.goto("about:blank");
  const repeat = await visit(page, cdp);
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const summary = (name, v) =>
    `${name}: ${kb(v.total)} in ${v.requests} responses (assets ${kb(v.byKind.assets)}, page ${kb(
      v.byKind.page,
    )}, api ${kb(v.byKind.api)}, tiles ${kb(v.byKind.tiles)}, other ${kb(v.byKind.other)})`;
  console.log(summary("first visit", first));
  console.log(summary("repeat visit", repeat));
  await mkdir("../../../target/e2e", { recursive: true });
  await writeFile(
    "../../../target/e2e/first-load.json",
    JSON.stringify({ first, repeat }, null, 2),
  );

  // every script and style sheet of the first visit came compressed
  const uncompressed = first.rows.filter(
    (r) => /\.(js|css)$/.test(r.path) && r.bytes > 2048 && !r.encoding,
  );
  assert.deepEqual(uncompressed, [], "scripts and style sheets are sent compressed");
  // the charts (ECharts) are not part of the map's first visit: they load with their workspace
  assert.equal(
    first.rows.filter((r) => r.path.includes("installCanvasRenderer")).length,
    0,
    "the chart library is not loaded by the map",
  );
  assert.ok(first.total <= FIRST_VISIT_BUDGET, `first visit ${kb(first.total)} ≤ 600 KB`);
  assert.ok(repeat.total <= REPEAT_VISIT_BUDGET, `repeat visit ${kb(repeat.total)} ≤ 50 KB`);
  // the map's data is revalidated, not sent again: no polygons on either visit
  assert.equal(
    first.rows.filter((r) => r.path.startsWith("/ogc/collections/divisions/items")).length,
    0,
    "the map of today asks for no division polygons (the tiles draw them)",
  );
  assert.equal(
    repeat.rows.filter((r) => r.path.startsWith("/assets/") && r.bytes > 0).length,
    0,
    "no asset is fetched again on a repeat visit",
  );
  await context.close();
});
