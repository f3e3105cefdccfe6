// Browser test of an edit that is checked before it is saved and undone from the audit trail,
// against a running backend with the demo users.
//
//   BASE_URL=http://localhost:8080 node --test e2e/history.e2e.mjs
//
// The officer of 阜康市 is not offered 「编辑」 on 吉木萨尔县. On 阜康市 she drags one vertex of the
// edge it shares with 吉木萨尔县 (in its north-east) inward, as a 更正 with a reason; the server
// refuses to move the neighbour's edge, she chooses to move her outline alone, sees the gap it
// opens drawn on the map and listed in the form, acknowledges it and saves. Then she restores the
// state before the edit from 修改记录, and the area is what it was. The API is only read, for the
// vertex to drag and to compare areas.
/* global document, window -- used in code that runs in the page */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { getJson, logIn, openMap, pixelOf, screenshot, openPage } from "./support.mjs";

const FUKANG = "652302000000";
const JIMSAR = "652327000000";
const ITEMS = "/ogc/collections/divisions/items";
const USER = { username: "fukang.officer", password: "changji-demo" };
const DISPLAY_NAME = "阜康市区划地名管理员";
const REASON = "北界复核（浏览器测试）";
/** The view the vertex is dragged in: close enough that the notch is seen. */
const EDIT_ZOOM = 13;
/** How far inward the vertex is dragged. */
const INWARD_KM = 1.2;

let browser;
let page;
const pageErrors = [];

before(async () => {
  ({ browser, page } = await openPage(pageErrors));
});

after(async () => {
  await browser?.close();
});

const panel = () => page.getByTestId("division-panel");
const text = async (locator) => ((await locator.textContent()) ?? "").replace(/\s+/g, " ").trim();

/** The exterior ring of the largest part of a (Multi)Polygon. */
function outerRing(geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((p) => p[0]).sort((a, b) => b.length - a.length)[0];
}

/** Kilometres between two lon/lat positions (equirectangular, fine over a few km). */
function km([lon1, lat1], [lon2, lat2]) {
  const x = (lon2 - lon1) * Math.cos((((lat1 + lat2) / 2) * Math.PI) / 180) * 111.32;
  return Math.hypot(x, (lat2 - lat1) * 110.57);
}

function inside([x, y], ring) {
  let result = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

/**
 * A vertex of 阜康市 on the edge it shares with 吉木萨尔县, as far north as the run allows, and
 * where it goes: INWARD_KM towards 阜康市's label point, well inside and clear of its outline.
 */
function inwardMove(fukang, jimsar) {
  const ring = outerRing(fukang.geometry);
  const shared = new Set(outerRing(jimsar.geometry).map((c) => c.join(",")));
  const isShared = (i) => shared.has(ring[(i + ring.length) % ring.length].join(","));
  const candidates = [];
  for (let i = 0; i < ring.length - 1; i++) {
    // well inside a run of shared vertices: its neighbours on both sides are shared too
    let interior = true;
    for (let k = -10; k <= 10; k++) interior &&= isShared(i + k);
    if (interior) candidates.push(ring[i]);
  }
  assert.ok(candidates.length > 0, "阜康市 and 吉木萨尔县 share no run of vertices");
  const label = fukang.properties.labelPoint;
  candidates.sort((a, b) => b[1] - a[1]);
  for (const vertex of candidates) {
    const towards = km(vertex, label);
    const t = INWARD_KM / towards;
    const target = [vertex[0] + (label[0] - vertex[0]) * t, vertex[1] + (label[1] - vertex[1]) * t];
    const clearance = Math.min(...ring.map((c) => km(c, target)));
    if (inside(target, ring) && clearance > INWARD_KM * 0.6) return { vertex, target };
  }
  assert.fail("no vertex of the shared edge can be moved inward cleanly");
}

/** Clicks a division at its label point and waits until the side panel shows it. */
async function selectOnMap(box, feature) {
  const { name, code, labelPoint } = feature.properties;
  const { x, y } = pixelOf(labelPoint, box);
  await page.mouse.click(x, y);
  await page.waitForFunction(
    ([n, c]) => {
      const shown = document.querySelector("[data-testid=division-panel]")?.textContent ?? "";
      return shown.includes(n) && shown.includes(c);
    },
    [name, code],
    { timeout: 10_000 },
  );
}

test("an officer saves an inward edit with its gap acknowledged and restores it from 修改记录", async () => {
  const fukang = await getJson(`${ITEMS}/${FUKANG}`);
  const jimsar = await getJson(`${ITEMS}/${JIMSAR}`);
  const areaBefore = fukang.properties.areaKm2;
  const { vertex, target } = inwardMove(fukang, jimsar);
  const box = await openMap(page);

  await logIn(page, USER.username, USER.password, DISPLAY_NAME);

  // 吉木萨尔县 is outside her jurisdiction: OPTIONS offers no PUT, and no 「编辑」 is shown
  const jimsarOptions = page.waitForResponse(
    (r) => r.request().method() === "OPTIONS" && r.url().endsWith(`${ITEMS}/${JIMSAR}`),
  );
  await selectOnMap(box, jimsar);
  const allow = (await jimsarOptions).headers()["allow"] ?? "";
  assert.doesNotMatch(allow, /PUT/, `OPTIONS on 吉木萨尔县 offers ${allow}`);
  await panel().getByRole("tab", { name: "基本信息" }).waitFor({ timeout: 10_000 });
  assert.equal(await page.getByTestId("edit-button").count(), 0, "「编辑」 offered on 吉木萨尔县");

  // 阜康市 is hers
  await selectOnMap(box, fukang);
  await page.getByTestId("edit-button").click();
  const form = page.getByTestId("edit-form");
  await form.getByLabel("备注").waitFor({ timeout: 10_000 });
  assert.match(await text(form), /修改性质.*更正.*法定变更/, "no choice of 更正 / 法定变更");
  assert.equal(await form.getByLabel("名称").isDisabled(), false, "the name is locked");

  // move close to the vertex and drag it inward
  const view = { zoom: EDIT_ZOOM, lon: vertex[0], lat: vertex[1] };
  await page.evaluate(({ zoom, lon, lat }) => {
    window.location.hash = `#map=${zoom}/${lon}/${lat}`;
  }, view);
  await page.waitForTimeout(1500);
  const from = pixelOf(vertex, box, view);
  const to = pixelOf(target, box, view);
  await page.mouse.move(from.x, from.y);
  await page.waitForTimeout(200);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
  await form.getByText("已修改（尚未保存）").waitFor({ timeout: 5_000 });

  // a correction of a published outline needs its reason
  await form.getByRole("button", { name: "保存" }).click();
  await form.getByText("更正已发布区划的名称或边界须说明理由").waitFor({ timeout: 5_000 });
  await form.getByLabel("更正理由").fill(REASON);
  await form.getByRole("button", { name: "保存" }).click();

  // the shared edge would move 吉木萨尔县 too: she moves her outline alone
  const detach = page.getByTestId("detach-button");
  const findings = page.getByTestId("edit-findings");
  await Promise.race([detach.waitFor({ timeout: 15_000 }), findings.waitFor({ timeout: 15_000 })]);
  if (await detach.isVisible()) {
    assert.match(await text(page.getByTestId("edit-failure")), /吉木萨尔县/);
    await page.waitForTimeout(600); // scrolled into view
    await screenshot(page, "history-detach.png");
    await detach.click();
  }

  // the gap it opens: listed in the form and drawn on the map
  await findings.waitFor({ timeout: 15_000 });
  const listed = await text(findings);
  assert.match(listed, /警告/, `no warning listed: ${listed}`);
  assert.match(listed, /缺口|缝隙/, `no gap listed: ${listed}`);
  assert.match(listed, /平方(千)?米/, `the gap has no area: ${listed}`);
  const drawn = Number(await page.locator("#map").getAttribute("data-edit-findings"));
  assert.ok(drawn > 0, "the findings layer has no features");
  await page.waitForTimeout(600); // scrolled into view
  await screenshot(page, "history-findings.png");

  await page.getByTestId("acknowledge-button").click();
  await page.getByText("已保存", { exact: true }).waitFor({ timeout: 15_000 });
  await form.waitFor({ state: "detached" });
  const edited = await getJson(`${ITEMS}/${FUKANG}`);
  assert.ok(
    edited.properties.areaKm2 < areaBefore,
    `the area did not shrink: ${areaBefore} → ${edited.properties.areaKm2}`,
  );

  // 修改记录: the entry says how the edit was recorded, and undoes it
  await panel().getByRole("tab", { name: "修改记录" }).click();
  const newest = page.getByTestId("audit-trail").locator("li.entry").first();
  await newest.getByTestId("audit-edit").waitFor({ timeout: 10_000 });
  const entry = await text(newest);
  assert.ok(entry.includes(`更正：${REASON}`), `the entry lacks the reason: ${entry}`);
  assert.match(
    entry,
    /面积：\d+\.\d\d → \d+\.\d\d 平方千米/,
    `the entry lacks the areas: ${entry}`,
  );
  assert.match(
    entry,
    /已确认的警告：.*(缺口|缝隙)/,
    `the entry lacks the acknowledged gap: ${entry}`,
  );
  await screenshot(page, "history-audit.png");

  await newest.getByTestId("restore-button").click();
  const confirm = page.getByRole("dialog", { name: "恢复到此修改前" });
  await confirm.getByRole("button", { name: "恢复" }).click();
  await page.getByText("已恢复到该修改之前的状态").waitFor({ timeout: 15_000 });
  await page
    .getByTestId("audit-trail")
    .locator("li.entry")
    .first()
    .getByText(/修改记录 #\d+/)
    .waitFor({ timeout: 10_000 });
  const restored = await getJson(`${ITEMS}/${FUKANG}`);
  assert.ok(
    Math.abs(restored.properties.areaKm2 - areaBefore) < 0.005,
    `the area is not back: ${areaBefore} → ${edited.properties.areaKm2} → ${restored.properties.areaKm2}`,
  );
  const vertices = (f) => new Set(outerRing(f.geometry).map((c) => c.join(",")));
  assert.deepEqual(vertices(restored), vertices(fukang), "the outline is not back");
  await screenshot(page, "history-restored.png");

  assert.deepEqual(pageErrors, [], "the page threw errors");
});
