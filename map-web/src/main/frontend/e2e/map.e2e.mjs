// Browser test of the map page against a running backend.
//
//   BASE_URL=http://localhost:8080 npm run e2e
//
// Clicks every county of the home division at its label point on the rendered map and expects
// the side panel to show that county. The pixel of a label point is computed independently of
// the app from the map element's box and the Web Mercator formulas.
/* global document -- used in code that runs in the page */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  BASE_URL,
  getJson,
  HOME_CODE,
  openMap,
  pixelOf,
  screenshot,
  VIEWPORT,
  openPage,
} from "./support.mjs";

/** Label points closer than this to the map's edge are not clicked. */
const EDGE_MARGIN = 24;

let browser;
let page;
const pageErrors = [];
const foreignRequests = [];

before(async () => {
  ({ browser, page } = await openPage(pageErrors));
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

  const box = await openMap(page);
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

  await screenshot(page, "map.png");

  const expectedHash = /^#map=\d+(\.\d+)?\/-?\d+(\.\d+)?\/-?\d+(\.\d+)?$/;
  assert.match(new URL(page.url()).hash, expectedHash, "the view should be kept in the URL");
  assert.deepEqual(pageErrors, [], "the page threw errors");
  if (!config.baseLayer) {
    assert.deepEqual(foreignRequests, [], "without a base layer nothing may leave the server");
  }
});
