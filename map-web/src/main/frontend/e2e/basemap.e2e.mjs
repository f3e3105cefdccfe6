// Browser test of the base map and the map controls against a running backend with the demo data.
//
//   BASE_URL=http://localhost:8080 node --test e2e/basemap.e2e.mjs
//
// 1. 地名: picking 三工镇 in the search box lands on a map that shows the places around it (our own
//    base map: the village points near the township's point, read from the OGC API, are drawn).
// 2. 地址 → 地名标志: the sign map shows named streets under the signs (the roads of the address
//    library near the map's centre are drawn with their names).
// 3. The coordinate readout shows the pointer's lon/lat and the Gauss-Krüger 3° zone's X/Y, which
//    GDAL (PROJ) computes independently for the same lon/lat; the base-map switcher turns it off.
// Screenshots go to docs/screenshots/ (basemap-*.png).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import { BASE_URL, getJson, openMap, pixelOf, VIEWPORT, openPage } from "./support.mjs";

const DOCS_SCREENSHOTS = fileURLToPath(
  new URL("../../../../../docs/screenshots/", import.meta.url),
);

let browser;
let page;
const pageErrors = [];

before(async () => {
  ({ browser, page } = await openPage(pageErrors, { viewport: { width: 1440, height: 900 } }));
});

after(async () => {
  await browser?.close();
});

async function docsScreenshot(name) {
  await mkdir(DOCS_SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${DOCS_SCREENSHOTS}${name}` });
}

const header = () => page.locator("header.app-header");

/** The base map's report on `selector` (its data-base-* attributes) once `ready(report)`. */
async function baseMapReport(selector, ready, what) {
  const deadline = Date.now() + 20_000;
  let report;
  for (;;) {
    report = await page
      .locator(selector)
      .evaluate((element) => ({ ...element.dataset }))
      .catch(() => ({}));
    if (report.baseFeatures !== undefined && ready(report)) return report;
    if (Date.now() > deadline) {
      throw new Error(`${what}: not drawn within 20 s; the map reports ${JSON.stringify(report)}`);
    }
    await page.waitForTimeout(250);
  }
}

const namesOf = (report) => (report.baseNames ?? "").split("|").filter(Boolean);

test("三工镇 from search lands on a map with the places around it", async () => {
  const hits = await getJson(`/api/search?q=${encodeURIComponent("三工镇")}&limit=5`);
  const sangong = hits.results.find((r) => r.name === "三工镇");
  assert.ok(sangong?.point, "the search has 三工镇 with a point");
  const [lon, lat] = sangong.point;
  // the places within about 1.5 km, as the OGC API has them
  const around = await getJson(
    `/ogc/collections/place-names/items?bbox=${lon - 0.02},${lat - 0.014},${lon + 0.02},${lat + 0.014}&limit=50`,
  );
  const neighbours = around.features
    .map((f) => f.properties.standardName ?? f.properties.name)
    .filter((name) => name && name !== "三工镇");
  assert.ok(neighbours.length > 0, "the demo has places near 三工镇");

  await page.goto(`${BASE_URL}/`);
  await header().getByRole("tab", { name: "地名" }).click();
  const search = page.getByPlaceholder("查找地名：名称、拼音或首字母");
  await search.fill("三工镇");
  const hit = page.locator(".name-search-results li", { hasText: "三工镇" }).first();
  await hit.waitFor({ timeout: 10_000 });
  await hit.click();

  const report = await baseMapReport(
    "#name-map",
    // drawn once the map has moved to 三工镇 (before, it shows the prefecture's names)
    (d) => d.baseMap === "own" && namesOf(d).includes("三工镇") && namesOf(d).length > 1,
    "the base map around 三工镇",
  );
  const drawn = namesOf(report);
  assert.ok(Number(report.baseFeatures) >= 3, `few base features: ${report.baseFeatures}`);
  assert.ok(
    neighbours.some((name) => drawn.includes(name)),
    `none of the places near 三工镇 (${neighbours.join("、")}) is drawn; drawn: ${drawn.join("、")}`,
  );
  assert.ok(drawn.includes("三工镇"), `三工镇 itself is not drawn: ${drawn.join("、")}`);
  // the attribution says what is generated
  const attribution = await page.locator("#name-map .ol-attribution").innerText();
  assert.match(attribution, /示意/, `the attribution does not say 示意: ${attribution}`);
  await page.waitForTimeout(300);
  await docsScreenshot("basemap-sangong.png");
});

test("the sign map shows named streets under the signs", async () => {
  await page.goto(`${BASE_URL}/`);
  await header().getByRole("tab", { name: "地址" }).click();
  await page.getByRole("tab", { name: "地名标志" }).click();
  const signs = page.getByTestId("sign-inventory");
  await signs.locator(".map[data-signs='loaded']").waitFor({ timeout: 20_000 });
  const roadsNearby = await getJson(
    "/ogc/collections/addresses/items?bbox=87.275,44.02,87.285,44.03&limit=200",
  );
  const roadNames = new Set(roadsNearby.features.map((f) => f.properties.road).filter(Boolean));
  assert.ok(roadNames.size > 0, "the demo has addresses near the sign map's centre");
  const report = await baseMapReport(
    "[data-testid='sign-inventory'] .map",
    // tiles arrive one by one: wait (at most 20 s) until the centre's are drawn
    (d) => Number(d.baseRoads) >= 5 && namesOf(d).some((name) => roadNames.has(name)),
    "named streets on the sign map",
  );
  const drawn = namesOf(report);
  const missing = [...roadNames].filter((name) => !drawn.includes(name));
  assert.ok(
    missing.length < roadNames.size,
    `no road of the addresses near the centre is drawn (${[...roadNames].join("、")})`,
  );
  await page.waitForTimeout(300);
  await docsScreenshot("basemap-signs.png");
});

/** Easting and northing of lon/lat in EPSG `epsg`, by PROJ through GDAL's gdaltransform. */
function proj(epsg, lon, lat) {
  const out = execFileSync(
    "gdaltransform",
    ["-s_srs", "EPSG:4490", "-t_srs", `EPSG:${epsg}`, "-output_xy"],
    { input: `${lon} ${lat}\n` },
  )
    .toString()
    .trim()
    .split(/\s+/)
    .map(Number);
  return { easting: out[0], northing: out[1] };
}

const number = (text) => Number(text.replace(/\s/g, ""));

test("the coordinate readout shows lon/lat and the Gauss-Krüger X/Y of the pointer", async () => {
  // a fresh load: a change of the hash alone would leave the 地址 tab open
  await page.goto("about:blank");
  await page.setViewportSize(VIEWPORT);
  const view = { zoom: 12, lon: 87.3, lat: 44.0 };
  const box = await openMap(page, view);
  const target = [87.32, 43.99];
  const pixel = pixelOf(target, box, view);
  await page.mouse.move(pixel.x - 20, pixel.y - 20);
  await page.mouse.move(pixel.x, pixel.y, { steps: 4 });
  const readout = page.locator("#map .coordinate-readout[data-source='pointer']");
  await readout.waitFor({ timeout: 5_000 });
  const text = (await readout.innerText()).replace(/\s+/g, " ");

  const lonLat = text.match(/经度 ([\d.]+)° 纬度 ([\d.]+)°（CGCS2000）/);
  assert.ok(lonLat, `no lon/lat in the readout: ${text}`);
  const [lon, lat] = [Number(lonLat[1]), Number(lonLat[2])];
  // one pixel at zoom 12 is about 0.0003° of longitude here
  assert.ok(Math.abs(lon - target[0]) < 0.001, `longitude ${lon}, expected about ${target[0]}`);
  assert.ok(Math.abs(lat - target[1]) < 0.001, `latitude ${lat}, expected about ${target[1]}`);

  const gk = text.match(/EPSG:(\d+)（中央经线 (\d+)°E） X ([\d ]+\.\d) m Y ([\d ]+\.\d) m/);
  assert.ok(gk, `no Gauss-Krüger coordinates in the readout: ${text}`);
  assert.equal(gk[1], "4538", "87.32°E lies in the zone of 87°E");
  assert.equal(gk[2], "87");
  const expected = proj(4538, lon, lat);
  // the shown lon/lat has 5 decimals (about a metre); X is north, Y east
  assert.ok(
    Math.abs(number(gk[3]) - expected.northing) < 2,
    `X ${gk[3]}, PROJ says ${expected.northing}`,
  );
  assert.ok(
    Math.abs(number(gk[4]) - expected.easting) < 2,
    `Y ${gk[4]}, PROJ says ${expected.easting}`,
  );

  // the north arrow and the scale bar, bottom left as on every tab
  await page.locator("#map .north-arrow").waitFor();
  const scale = await page.locator("#map .ol-scale-line").boundingBox();
  assert.ok(scale && scale.x - box.x < 20 && box.y + box.height - (scale.y + scale.height) < 20);
  await page.screenshot({ path: `${DOCS_SCREENSHOTS}basemap-readout.png` });

  // the switcher turns the base map off and on again
  const switcher = page.getByRole("combobox", { name: "底图" });
  await switcher.selectOption("none");
  await baseMapReport("#map", (d) => d.baseMap === "none", "no base map");
  await switcher.selectOption("own");
  await baseMapReport("#map", (d) => d.baseMap === "own", "our own base map again");

  assert.deepEqual(pageErrors, [], "the page threw errors");
});
