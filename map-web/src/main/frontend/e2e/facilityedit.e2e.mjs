// Browser test of 规划 → 设施管理 against a running backend with the demo data and users.
//
//   BASE_URL=http://localhost:8080 npm run e2e
//
// As the planner: opens 「规划」 → 「设施管理」, starts 「新建设施」, clicks a point of urban 昌吉市 on
// the map, fills the form with more nursing beds than beds (the registry's check is shown in
// Chinese and nothing is stored), corrects it and saves; drags the new facility on the map and
// saves; then reads the server: the facility is where it was dragged to, and its audit trail keeps
// the creation and the move with the position before and after. Finally retires it (停办).
// `facility-editor.png`.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { BASE_URL, getJson, pixelOf, screenshot, VIEWPORT, openPage } from "./support.mjs";

const PASSWORD = "changji-demo";
/** The editor's opening view (facilityMap.ts FACILITY_VIEW). */
const VIEW = { zoom: 14, lon: 87.28, lat: 44.025 };
/** Where the facility is placed, and how far it is dragged (pixels). */
const PLACE = [87.2745, 44.0215];
const DRAG = { dx: 90, dy: -60 };

let browser;
let page;
const pageErrors = [];

before(async () => {
  ({ browser, page } = await openPage(pageErrors, { viewport: { ...VIEWPORT, width: 1440 } }));
});

after(async () => {
  await browser?.close();
});

const header = () => page.locator("header.app-header");

/** The lon/lat of a page pixel on a map element with box `box` showing VIEW (inverse Mercator). */
function lonLatOf(pixel, box) {
  const R = 6378137;
  const res = (2 * Math.PI * R) / (256 * 2 ** VIEW.zoom);
  const cx = (R * VIEW.lon * Math.PI) / 180;
  const cy = R * Math.log(Math.tan(Math.PI / 4 + (VIEW.lat * Math.PI) / 360));
  const x = cx + (pixel.x - box.x - box.width / 2) * res;
  const y = cy - (pixel.y - box.y - box.height / 2) * res;
  return [
    (x / R) * (180 / Math.PI),
    (2 * Math.atan(Math.exp(y / R)) - Math.PI / 2) * (180 / Math.PI),
  ];
}

/** Metres between two lon/lat points. */
function metres(a, b) {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b[1] - a[1]) * rad) / 2) ** 2 +
    Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(((b[0] - a[0]) * rad) / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

test("a facility created and moved on the map", async () => {
  // seven digits: a six-digit suffix can read as a county code (65xxxx) to the walk's check
  const name = `测试日间照料中心${String(Date.now() % 10_000_000).padStart(7, "0")}`;
  await page.goto(`${BASE_URL}/`);
  await header().getByRole("button", { name: "登录" }).click();
  const dialog = page.getByRole("dialog", { name: "用户登录" });
  await dialog.getByLabel("用户名").fill("planner");
  await dialog.getByLabel("密码").fill(PASSWORD);
  await dialog.getByRole("button", { name: "登录" }).click();
  await header().getByRole("button", { name: "退出" }).waitFor({ timeout: 10_000 });

  await header().getByRole("tab", { name: "规划" }).click();
  await page
    .getByRole("tablist", { name: "规划视图" })
    .getByRole("tab", { name: "设施管理" })
    .click();
  const editor = page.getByTestId("facility-editor");
  await page.waitForSelector('[data-testid="facility-map"][data-facilities="loaded"] canvas', {
    timeout: 20_000,
  });
  const map = editor.getByTestId("facility-map");
  const box = await map.boundingBox();
  assert.ok(box, "the facility map has a box");

  // place it
  await editor.getByTestId("new-facility").click();
  await page.waitForSelector('[data-testid="facility-map"][data-mode="placing"]');
  const at = pixelOf(PLACE, box, VIEW);
  await page.mouse.click(at.x, at.y);
  await page.waitForSelector('[data-testid="facility-map"][data-mode="new"]');
  const form = editor.getByRole("complementary", { name: "设施信息" });
  await form.getByLabel("名称").fill(name);
  await form.getByLabel("床位数", { exact: true }).fill("10");
  await form.getByLabel("护理型床位数").fill("20");
  await form.getByLabel("地址").click(); // commits the number inputs
  await editor.getByTestId("save-facility").click();
  const refusal = editor.getByTestId("facility-error");
  await refusal.waitFor({ timeout: 10_000 });
  const refusalText = await refusal.innerText();
  assert.match(refusalText, /护理型床位数.*不能多于床位数/, `the registry's check: ${refusalText}`);
  const none = await getJson(`/ogc/collections/facilities/items?limit=5000`);
  assert.ok(!none.features.some((f) => f.properties.name === name), "nothing was stored");

  await form.getByLabel("护理型床位数").fill("5");
  await form.getByLabel("地址").fill("昌吉市测试路1号");
  await editor.getByTestId("save-facility").click();
  await page.getByText(`已新建「${name}」`).waitFor({ timeout: 10_000 });
  await page.waitForSelector('[data-testid="facility-map"][data-mode="edit"]');

  const created = (await getJson(`/ogc/collections/facilities/items?limit=5000`)).features.find(
    (f) => f.properties.name === name,
  );
  assert.ok(created, "the facility is in the registry");
  const placed = created.geometry.coordinates;
  assert.ok(metres(placed, PLACE) < 15, `stored where clicked: ${placed} vs ${PLACE}`);
  assert.equal(created.properties.typeName, "社区日间照料中心");
  assert.equal(created.properties.nursingBeds, 5);

  // drag it
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++) {
    await page.mouse.move(at.x + (DRAG.dx * i) / 6, at.y + (DRAG.dy * i) / 6);
  }
  await page.mouse.up();
  await form.getByText("已移动，未保存").waitFor({ timeout: 5_000 });
  await editor.getByTestId("save-facility").click();
  await page.getByText("已保存", { exact: true }).waitFor({ timeout: 10_000 });

  const target = lonLatOf({ x: at.x + DRAG.dx, y: at.y + DRAG.dy }, box);
  const moved = await getJson(`/ogc/collections/facilities/items/${created.id}`);
  const now = moved.geometry.coordinates;
  assert.ok(metres(now, target) < 15, `moved to where it was dropped: ${now} vs ${target}`);
  assert.ok(metres(now, placed) > 500, "the position really changed");
  assert.equal(moved.properties.name, name, "the attributes stay");

  const trail = await getJson(
    `/api/audit?collection=facilities&featureId=${created.id}`,
    "planner",
  );
  assert.deepEqual(
    trail.map((e) => e.action),
    ["UPDATE", "CREATE"],
    "the creation and the move are both kept",
  );
  assert.ok(metres(trail[0].before.geometry.coordinates, placed) < 0.01, "before: where it was");
  assert.ok(metres(trail[0].after.geometry.coordinates, now) < 0.01, "after: where it is");

  // the history in the form says it
  const history = editor.getByTestId("facility-history");
  await history.getByText(/位置：移动 \d+ 米/).waitFor({ timeout: 10_000 });
  assert.equal(await history.locator("tbody tr").count(), 2);
  await screenshot(page, "facility-editor.png");

  // retire it
  await editor.getByTestId("retire-facility").click();
  await page.locator(".el-message-box").getByRole("button", { name: "停办" }).click();
  await page.getByText(`「${name}」已停办`).waitFor({ timeout: 10_000 });
  const retired = await getJson(`/ogc/collections/facilities/items/${created.id}`);
  assert.equal(retired.properties.status, "CLOSED");
  assert.equal(retired.properties.statusName, "停办");

  assert.deepEqual(pageErrors, [], "no page errors");
});
