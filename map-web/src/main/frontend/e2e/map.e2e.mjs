// Browser test of the map page against a running backend.
//
//   BASE_URL=http://localhost:8080 npm run e2e
//
// Clicks every county of the home division at its label point on the rendered map and expects
// the side panel to show that county. The pixel of a label point is computed independently of
// the app from the map element's box and the Web Mercator formulas.
/* global document -- used in code that runs in the page */
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const BASE_URL = (process.env.BASE_URL ?? "http://localhost:8080").replace(/\/+$/, "");
const SCREENSHOT_DIR =
  process.env.E2E_SCREENSHOT_DIR ??
  fileURLToPath(new URL("../../../../target/e2e/", import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const HOME_CODE = "652300000000";
const VIEW = { zoom: 7, lon: 88.6, lat: 44.4 };
const VIEWPORT = { width: 1280, height: 800 };
/** Label points closer than this to the map's edge are not clicked. */
const EDGE_MARGIN = 24;

const R = 6378137;
const mercator = ([lon, lat]) => [
  (R * lon * Math.PI) / 180,
  R * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)),
];
const resolution = (zoom) => (2 * Math.PI * R) / (256 * 2 ** zoom);

/** The page pixel of [lon, lat] on a map element with box `box` showing VIEW. */
function pixelOf(lonLat, box) {
  const [x, y] = mercator(lonLat);
  const [cx, cy] = mercator([VIEW.lon, VIEW.lat]);
  const res = resolution(VIEW.zoom);
  return {
    x: box.x + box.width / 2 + (x - cx) / res,
    y: box.y + box.height / 2 - (y - cy) / res,
  };
}

async function getJson(path) {
  const response = await fetch(`${BASE_URL}${path}`, {
    headers: { Accept: "application/json, application/geo+json" },
  }).catch((error) => {
    throw new Error(`cannot reach the server at ${BASE_URL} (set BASE_URL): ${error.message}`);
  });
  assert.ok(response.ok, `GET ${path} answered HTTP ${response.status}`);
  return response.json();
}

let browser;
let page;
const pageErrors = [];
const foreignRequests = [];

before(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      "--disable-quic",
    ],
  });
  page = await browser.newPage({ viewport: VIEWPORT, locale: "zh-CN" });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("request", (request) => {
    if (!request.url().startsWith(BASE_URL) && !request.url().startsWith("data:")) {
      foreignRequests.push(request.url());
    }
  });
});

after(async () => {
  await browser?.close();
});

test("every home county can be selected by clicking it on the map", async () => {
  const config = await getJson("/api/config");
  assert.equal(config.homeDivision?.code, HOME_CODE, "/api/config: unexpected homeDivision");

  const collection = await getJson(
    `/ogc/collections/divisions/items?level=3&parent=${HOME_CODE}&limit=100`,
  );
  const counties = collection.features.map((feature) => feature.properties);
  assert.equal(
    counties.length,
    7,
    `expected 7 counties of ${HOME_CODE}, got ${counties.map((c) => c.name).join("、")}`,
  );
  for (const county of counties) {
    assert.match(county.code, /^\d{12}$/, `county code ${county.code}`);
    assert.ok(
      Array.isArray(county.labelPoint) && county.labelPoint.length === 2,
      `${county.name} (${county.code}) has no labelPoint`,
    );
  }

  const hash = `#map=${VIEW.zoom}/${VIEW.lon}/${VIEW.lat}`;
  await page.goto(`${BASE_URL}/${hash}`);
  await page.waitForSelector("#map canvas", { timeout: 15_000 });
  await page
    .waitForSelector('#map[data-divisions="loaded"]', { timeout: 20_000 })
    .catch((error) => {
      throw new Error(`the map did not report its divisions as loaded: ${error.message}`);
    });

  const box = await page.locator("#map").boundingBox();
  assert.ok(box, "#map has no bounding box");
  assert.equal(box.y, 56, "the map should start below the 56 px header");
  assert.equal(box.width, VIEWPORT.width - 360, "the map should leave 360 px for the side panel");

  const panel = page.locator("[data-testid=division-panel]");
  for (const county of counties) {
    const { x, y } = pixelOf(county.labelPoint, box);
    const label = `${county.name} (${county.code}) at labelPoint ${county.labelPoint}`;
    assert.ok(
      x >= box.x + EDGE_MARGIN &&
        x <= box.x + box.width - EDGE_MARGIN &&
        y >= box.y + EDGE_MARGIN &&
        y <= box.y + box.height - EDGE_MARGIN,
      `${label} lies at pixel (${x.toFixed(0)}, ${y.toFixed(0)}), outside the map ${JSON.stringify(box)}`,
    );

    await page.mouse.click(x, y);
    try {
      await page.waitForFunction(
        ([name, code]) => {
          const text = document.querySelector("[data-testid=division-panel]")?.textContent ?? "";
          return text.includes(name) && text.includes(code);
        },
        [county.name, county.code],
        { timeout: 10_000 },
      );
    } catch {
      const text = (await panel.textContent())?.replace(/\s+/g, " ").trim();
      assert.fail(
        `clicked ${label} at pixel (${x.toFixed(0)}, ${y.toFixed(0)}), ` +
          `but the side panel shows: ${text?.slice(0, 300)}`,
      );
    }
  }

  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR.replace(/\/?$/, "/")}map.png` });

  const expectedHash = /^#map=\d+(\.\d+)?\/-?\d+(\.\d+)?\/-?\d+(\.\d+)?$/;
  assert.match(new URL(page.url()).hash, expectedHash, "the view should be kept in the URL");
  assert.deepEqual(pageErrors, [], "the page threw errors");
  if (!config.baseLayer) {
    assert.deepEqual(foreignRequests, [], "without a base layer nothing may leave the server");
  }
});
