// Browser test of the field app (外业踏勘) offline, against a running backend with the demo.
//
//   BASE_URL=http://localhost:8080 npm run e2e
//
// On a 1024×768 tablet: logs in on /field as the inspector of 奇台县, downloads the demo round
// (第四轮联检, 奇台县—木垒县), finds a task through the search, goes offline, records two markers
// with a simulated GPS position and a photo each (the record form comes into view when a task is
// chosen; controls at least 44 px high; contrast and names checked with axe), reloads the page
// while still offline (the records are still there, and the map is drawn at its opening view from
// the tile pack), goes online, syncs, and finds both records in the desk view (联检) of the main app.
/* global document, window, caches -- used in code that runs in the page */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { a11yViolations } from "./axe.mjs";
import { BASE_URL, getJson, launchBrowser, screenshot } from "./support.mjs";

const USER = { username: "qitai.inspector", password: "changji-demo" };
const TABLET = { width: 1024, height: 768 };
let browser;
let context;
let page;
const pageErrors = [];

before(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({
    viewport: TABLET,
    locale: "zh-CN",
    permissions: ["geolocation"],
    geolocation: { latitude: 44, longitude: 90, accuracy: 50 },
  });
  page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    // the map's own requests (the pack's have no vector-tile Accept header)
    const accept = request.headers().accept ?? "";
    if (path.startsWith("/tiles/divisions/") && accept.includes("vnd.mapbox-vector-tile"))
      tileRequests.add(path);
  });
});

after(async () => {
  await browser?.close();
});

/** The division tiles the page asked for (the map's view), as paths. */
const tileRequests = new Set();

/** Waits until the map reports its view drawn; answers the tiles it drew and missed. */
async function mapDrawn() {
  const map = page.locator('[data-testid="field-map"][data-rendered="true"]');
  await map.waitFor({ timeout: 20_000 });
  return map.evaluate((e) => ({
    loaded: Number(e.dataset.tilesLoaded ?? 0),
    failed: Number(e.dataset.tilesFailed ?? 0),
  }));
}

async function queueText() {
  return ((await page.locator('[data-testid="queue"]').textContent()) ?? "").replace(/\s+/g, " ");
}

test("records made offline survive a reload and reach the desk view after sync", async () => {
  const { rounds } = await getJson("/api/inspection/rounds", "inspector");
  const demo = rounds.find((r) => r.generated);
  assert.ok(demo, "the demo round is loaded");
  const pkg = await getJson(`/api/inspection/rounds/${demo.id}/package`, "inspector");
  const visited = new Set(
    (await getJson(`/api/inspection/rounds/${demo.id}/records`, "inspector")).markers.map(
      (r) => r.markerId,
    ),
  );
  const targets = pkg.tasks
    .filter((t) => t.kind === "MARKER" && !visited.has(t.markerId))
    .slice(0, 2)
    .map((t) => ({ task: t, marker: pkg.markers.find((m) => m.id === t.markerId) }));
  assert.equal(targets.length, 2, "two markers of the demo round are not yet visited");

  await page.goto(`${BASE_URL}/field`);
  await page.getByLabel("用户名").fill(USER.username);
  await page.getByLabel("密码").fill(USER.password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.locator(`[data-testid="download-${demo.id}"]`).click();
  await page.getByText("已下载：").waitFor();
  // the service worker controls the page after one more load; then the app shell is cached
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  tileRequests.clear();
  await page.reload();
  await page.locator(`[data-testid="task-${targets[0].task.label}"]`).waitFor();
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null));
  // the opening view drawn online; its tiles are in the pack (completed after the reload)
  const online = await mapDrawn();
  assert.equal(online.failed, 0);
  const opening = [...tileRequests];
  assert.ok(opening.length > 0, "the map asked for division tiles");
  // (waitForFunction does not wait for a promise: the cache is polled here)
  const packed = (paths) =>
    page.evaluate(
      (ps) =>
        caches
          .open("civgis-field-tiles")
          .then((cache) => Promise.all(ps.map((p) => cache.match(p))))
          .then((hits) => ps.filter((_, i) => !hits[i])),
      paths,
    );
  for (let deadline = Date.now() + 60_000; ;) {
    const missing = await packed(opening);
    if (missing.length === 0) break;
    assert.ok(Date.now() < deadline, `the pack holds the opening view's tiles: ${missing}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }

  // the tasks can be found by number; controls are large enough to touch
  const search = page.getByRole("textbox", { name: "查找任务" });
  await search.fill(targets[0].task.label);
  const shown = page.locator('.task-list [data-testid^="task-"]');
  await page.waitForFunction(
    (label) =>
      [...document.querySelectorAll('.task-list [data-testid^="task-"]')].every((b) =>
        b.textContent.includes(label),
      ),
    targets[0].task.label,
  );
  assert.equal(
    await shown.count(),
    pkg.tasks.filter((t) => t.label.includes(targets[0].task.label)).length,
  );
  await search.fill("");
  await page.locator(`[data-testid="task-${targets[1].task.label}"]`).waitFor();

  // the camera's picture: drawn by the browser, handed to the file input
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = 320;
    canvas.height = 240;
    const g = canvas.getContext("2d");
    g.fillStyle = "#8a6d3b";
    g.fillRect(0, 0, 320, 240);
    g.fillStyle = "#ffffff";
    g.fillText("界桩", 140, 120);
    return canvas.toDataURL("image/png");
  });
  const photo = Buffer.from(dataUrl.split(",")[1], "base64");

  await context.setOffline(true);
  await page.locator('[data-testid="network"]', { hasText: "离线" }).waitFor();
  const conditions = ["完好", "损坏"];
  for (const [i, { task, marker }] of targets.entries()) {
    await page.locator(`[data-testid="task-${task.label}"]`).click();
    // the record form scrolls into view on the tablet
    await page.waitForFunction(() => {
      const form = document.querySelector('[data-testid="record-form"]');
      const box = form?.getBoundingClientRect();
      return box && box.top >= 0 && box.bottom <= window.innerHeight;
    });
    if (i === 0) {
      await screenshot(page, "field-form-1024.png");
      const small = await page.evaluate(() =>
        [
          ...document.querySelectorAll(
            ".field button, .field .el-radio-button__inner, .field .el-checkbox, .field .el-input__wrapper, .field textarea",
          ),
        ]
          .filter((e) => e.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
          .filter((e) => e.getBoundingClientRect().height < 44)
          .map(
            (e) => `${e.textContent.trim() || e.className}: ${e.getBoundingClientRect().height}`,
          ),
      );
      assert.deepEqual(small, [], "touch targets of at least 44 px");
      await page.getByRole("button", { name: "拍照" }).waitFor();
      await page.getByRole("button", { name: "选择照片" }).waitFor();
      assert.deepEqual(await a11yViolations(page), [], "contrast and names on /field");
    }
    // standing 3 m north of the marker, accuracy 1.5 m
    await context.setGeolocation({
      latitude: marker.lat + 3 / 111_195,
      longitude: marker.lon,
      accuracy: 1.5,
    });
    await page.locator('[data-testid="measure"]').click();
    await page
      .locator('[data-testid="position"]', { hasText: "5 次" })
      .waitFor()
      .catch(async (error) => {
        throw new Error(
          `no averaged position; the page says: ${await page.locator("body").innerText()}`,
          { cause: error },
        );
      });
    const stakeOut = await page.locator('[data-testid="stakeout"]').textContent();
    assert.match(stakeOut ?? "", /距界桩 3\.\d 米/, `stake-out guidance: ${stakeOut}`);
    await page
      .locator('[data-testid="conditions"]')
      .getByText(conditions[i], { exact: true })
      .click();
    assert.ok(await page.getByRole("radio", { name: conditions[i] }).isChecked());
    await page.locator('[data-testid="photo"]').setInputFiles({
      name: `marker-${i}.png`,
      mimeType: "image/png",
      buffer: photo,
    });
    await page.locator('[data-testid="photo-ready"]').waitFor();
    await page.locator('[data-testid="save"]').click();
    await page.getByText(`已保存界桩 ${marker.number} 的记录`).waitFor();
  }
  assert.match(await queueText(), new RegExp(`${targets[0].marker.number}.*待同步`));

  await page.reload();
  // the page comes from the service worker's cache, the records from IndexedDB
  for (const { marker } of targets) {
    await page.locator('[data-testid="queue"]', { hasText: marker.number }).waitFor();
  }
  const afterReload = await queueText();
  for (const { marker } of targets) {
    assert.ok(afterReload.includes(marker.number), `${marker.number} survives the reload offline`);
  }
  assert.equal((afterReload.match(/待同步/g) ?? []).length, 2, afterReload);
  // the map at its opening view, drawn offline from the tile pack: no tile missing
  const offline = await mapDrawn();
  assert.equal(offline.failed, 0, "every tile of the opening view comes from the pack");
  assert.ok(offline.loaded >= opening.length, `${offline.loaded} tiles drawn offline`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, "field-1024.png");
  await screenshot(page, "field-offline.png");

  await context.setOffline(false);
  await page.locator('[data-testid="network"]', { hasText: "在线" }).waitFor();
  await page.locator('[data-testid="sync"]').click();
  await page.getByText("同步完成：2 条记录，2 张照片").waitFor({ timeout: 20_000 });
  assert.equal(((await queueText()).match(/已同步/g) ?? []).length, 2);

  const desk = await context.newPage();
  await desk.goto(`${BASE_URL}/`);
  // on the tablet the header's tabs are a menu
  await desk.getByRole("button", { name: "切换工作台" }).click();
  await desk.getByRole("menuitem", { name: "联检" }).click();
  await desk.locator('[data-testid="round-select"]').click();
  await desk.getByRole("option", { name: demo.title }).click();
  const records = desk.locator('[data-testid="records"]');
  for (const { marker } of targets) {
    await records.getByText(marker.number, { exact: true }).waitFor({ timeout: 15_000 });
  }
  const deskText = (await records.textContent()) ?? "";
  assert.ok(deskText.includes("损坏"), "the desk view shows the recorded condition");
  assert.ok(deskText.includes("照片1"), "the desk view links the synced photos");
  // times in Beijing time to the minute, not ISO UTC
  assert.match(deskText, /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/, "record times in Beijing time");
  assert.doesNotMatch(deskText, /\d{2}T\d{2}:\d{2}/, "no ISO timestamps in the records");
  const synced = (
    await getJson(`/api/inspection/rounds/${demo.id}/records`, "inspector")
  ).markers.find((r) => r.markerNumber === targets[0].marker.number);
  const beijing = new Date(Date.parse(synced.observedAt) + 8 * 3_600_000)
    .toISOString()
    .slice(0, 16)
    .replace("T", " ");
  assert.ok(deskText.includes(beijing), `the record's time ${beijing} (Beijing) is shown`);
  // the damaged marker is a finding: its type and severity in Chinese, no enum words
  const findings = desk.locator('[data-testid="findings"]');
  await findings.getByText("界桩状况异常").first().waitFor({ timeout: 15_000 });
  const findingText = (await findings.textContent()) ?? "";
  assert.ok(findingText.includes("警告"), "the severity of a damaged marker in Chinese");
  assert.doesNotMatch(findingText, /MARKER_|WARNING|ERROR|\bINFO\b/);
  // the line and the two sides by name, not by division code
  await desk.getByText("牵头方 奇台县").waitFor({ timeout: 15_000 });
  const summary = (await desk.locator('[data-testid="inspection-desk"]').textContent()) ?? "";
  assert.ok(summary.includes("奇台县—木垒"), "the line is named by its sides");
  assert.match(summary, /牵头方 奇台县|配合方 奇台县/);
  assert.doesNotMatch(summary, /牵头方 \d|配合方 \d|界线\d/);
  await screenshot(desk, "field-desk.png");
  assert.deepEqual(pageErrors, []);
});
