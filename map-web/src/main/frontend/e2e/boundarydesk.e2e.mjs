// Browser tests of the 界线 workspace's import dialog and line editing, and of the 联检 desk
// view's map, against a running backend with the demo data and users.
//
//   BASE_URL=http://localhost:8080 npm run e2e
//
// As `admin`: a GeoJSON of 阜康市 (the demo's divisions have no geometry) with one vertex moved by
// 2e-6° is uploaded through 「导入区划」; the dialog shows the staged feature on its map and the
// checks with Chinese names and severities and the division by name; 取消导入 writes nothing and
// 确认导入 is offered (publishing is divisionpublish.e2e.mjs's, on a database of its own). The 联检 round's map draws its lines,
// markers and deviation arrows with a legend; a finding chosen in the list is zoomed to and drawn
// highlighted. The 昌吉市—呼图壁县 line is picked on the map, a vertex dragged and saved (its history
// shows the reason); a save over someone else's change is refused with a plain message.
/* global document -- used in code that runs in the page */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { BASE_URL, getJson, logIn, pixelOf, screenshot, openPage } from "./support.mjs";
import { changedFukang, stageImport } from "./divisionimport.mjs";

const PASSWORD = "changji-demo";
const LINE = "652301652323";
const ENUM_WORDS =
  /\b(ERROR|WARNING|INFO|SLIVER_GAP|SLIVER_OVERLAP|OVERLAP|GAP|OUTSIDE_PARENT|MARKER_DEVIATION|STAGED|REJECTED|ACCEPTED)\b/;

let browser;
let page;
const pageErrors = [];

before(async () => {
  ({ browser, page } = await openPage(pageErrors));
  await page.goto(`${BASE_URL}/`);
  await logIn(page, "admin", PASSWORD, "系统管理员");
});

after(async () => {
  await browser?.close();
});

const tab = (name) =>
  page.locator("header.app-header").getByRole("tab", { name, exact: true }).click();
const text = async (locator) => ((await locator.textContent()) ?? "").replace(/\s+/g, " ");

/** Sends a request as a demo user through its API token. */
async function api(method, path, user, body, headers = {}) {
  const response = await fetch(`${BASE_URL}${path}`, {
    method,
    body,
    headers: { Authorization: `Bearer demo-${user}-token`, ...headers },
  });
  return response;
}

test("a division import through the dialog", async () => {
  const { division, file } = await changedFukang();
  const name = division.properties.name;
  const before = division.geometry;

  await tab("界线");
  await page.locator("[data-testid=boundary-map][data-as-of]").waitFor({ timeout: 20_000 });
  const stage = () => stageImport(page, file);

  // ---- staged: the feature on the map, the checks by name; then cancelled
  let dialog = await stage();
  const dialogText = await text(dialog);
  assert.ok(dialogText.includes(`将修改：${name}`), dialogText);
  assert.doesNotMatch(dialogText, ENUM_WORDS, "no enum words in the dialog");
  assert.doesNotMatch(dialogText, /\b\d{12}\b/, "no division codes in the dialog");
  const findings = dialog.getByTestId("import-findings");
  const rows = await findings.locator("tbody tr").count();
  if (rows > 0) {
    assert.match(await text(findings.locator("tbody tr").first()), /细碎|警告|提示/);
  }
  await screenshot(page, "boundary-import.png");
  await dialog.getByRole("button", { name: "取消导入" }).click();
  await dialog.waitFor({ state: "hidden" });
  const afterCancel = await getJson(`/ogc/collections/divisions/items/${division.id}?f=json`);
  assert.deepEqual(afterCancel.geometry, before, "a cancelled import writes nothing");

  // ---- staged again: 确认导入 is offered for a file without errors; publishing itself is not run
  // here, since a published change of 阜康市 from today would change the day-dependent
  // expectations of the other tests that share this database (divisionpublish.e2e.mjs publishes,
  // against a database of its own)
  dialog = await stage();
  assert.ok(await dialog.getByRole("button", { name: "确认导入" }).isEnabled());
  await dialog.getByRole("button", { name: "取消导入" }).click();
  await dialog.waitFor({ state: "hidden" });
});

test("the desk view's map", async () => {
  await tab("联检");
  const desk = page.getByTestId("inspection-desk");
  const map = desk.locator("[data-testid=round-map][data-lines]");
  await map.waitFor({ timeout: 20_000 });
  const counts = await map.evaluate((element) => ({ ...element.dataset }));
  assert.ok(Number(counts.lines) >= 1, `lines drawn: ${JSON.stringify(counts)}`);
  assert.ok(Number(counts.markers) >= 1, `markers drawn: ${JSON.stringify(counts)}`);
  assert.ok(Number(counts.arrows) >= 1, `deviation arrows drawn: ${JSON.stringify(counts)}`);
  const legend = await text(desk.getByTestId("round-legend"));
  for (const entry of ["界线", "界桩完好", "界桩丢失", "偏差", "问题"]) {
    assert.ok(legend.includes(entry), `the legend names ${entry}: ${legend}`);
  }

  // a deviation finding chosen in the list: the map goes there and draws it highlighted
  const table = desk.getByTestId("findings");
  const deviation = table.locator("tbody tr", { hasText: "界桩位置偏差超限" }).first();
  const row = (await deviation.count()) > 0 ? deviation : table.locator("tbody tr").first();
  await row.click();
  await desk.locator("[data-testid=round-map][data-highlighted]").waitFor({ timeout: 10_000 });
  // the highlight ring (#00acc1) and an arrow (blue or red) are drawn around the map's centre
  await page.waitForFunction(
    () => {
      const element = document.querySelector("[data-testid=round-map]");
      const box = element.getBoundingClientRect();
      const near = (rgb, [r, g, b]) =>
        Math.abs(rgb[0] - r) < 40 && Math.abs(rgb[1] - g) < 40 && Math.abs(rgb[2] - b) < 40;
      const seen = { highlight: false, arrow: false };
      for (const canvas of element.querySelectorAll("canvas")) {
        const context = canvas.getContext("2d");
        if (!context || canvas.width === 0) continue;
        const scale = canvas.width / canvas.getBoundingClientRect().width;
        const cx = (box.width / 2) * scale;
        const cy = (box.height / 2) * scale;
        const half = Math.round(60 * scale);
        const data = context.getImageData(cx - half, cy - half, 2 * half, 2 * half).data;
        for (let i = 0; i < data.length; i += 4) {
          if (data[i + 3] < 200) continue;
          const rgb = [data[i], data[i + 1], data[i + 2]];
          if (near(rgb, [0, 172, 193])) seen.highlight = true;
          if (near(rgb, [26, 86, 219]) || near(rgb, [217, 48, 37])) seen.arrow = true;
        }
      }
      return seen.highlight && seen.arrow;
    },
    null,
    { timeout: 10_000 },
  );
  await desk.getByTestId("round-map").scrollIntoViewIfNeeded();
  await screenshot(page, "inspection-desk-map.png");
});

test("a boundary line edit drawn on the map and saved", async () => {
  const original = await (await api("GET", `/api/boundary/lines/${LINE}`, "admin")).json();
  const part = original.geometry.coordinates[0];
  const vertex = part[Math.floor(part.length / 2)];

  await tab("界线");
  const mapElement = page.locator("[data-testid=boundary-map][data-as-of]");
  await mapElement.waitFor({ timeout: 20_000 });
  const box = await mapElement.boundingBox();
  const viewOf = async () => {
    const [zoom, lon, lat] = (await mapElement.getAttribute("data-view")).split("/").map(Number);
    return { zoom, lon, lat };
  };
  // pick the line at one of its vertices
  let at = pixelOf(vertex, box, await viewOf());
  await page.mouse.click(at.x, at.y);
  const panel = page.getByTestId("line-panel");
  await panel.getByText("昌吉市—呼图壁县").waitFor({ timeout: 10_000 });
  await panel.getByRole("button", { name: "编辑界线" }).click();
  await page.locator(`[data-testid=boundary-map][data-editing='${LINE}']`).waitFor();

  // zoom in on the vertex with the wheel (the map zooms about the pointer)
  for (let i = 0; i < 12 && (await viewOf()).zoom < 14.5; i++) {
    const previous = await mapElement.getAttribute("data-view");
    at = pixelOf(vertex, box, await viewOf());
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, -300);
    await page.waitForFunction(
      (was) => document.querySelector("[data-testid=boundary-map]")?.dataset.view !== was,
      previous,
      { timeout: 5_000 },
    );
  }
  // settle: the view stops changing
  let last = "";
  while (last !== (await mapElement.getAttribute("data-view"))) {
    last = await mapElement.getAttribute("data-view");
    await page.waitForTimeout(300);
  }
  async function drag() {
    const from = pixelOf(vertex, box, await viewOf());
    await page.mouse.move(from.x, from.y);
    await page.mouse.move(from.x + 1, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 4, from.y + 3, { steps: 4 });
    await page.mouse.up();
  }
  await drag();
  const form = page.getByTestId("line-edit");
  const reason = `按协议书附图更正 ${Date.now().toString(36)}`;
  await form.getByPlaceholder("如：按界线协议书附图更正").fill(reason);
  await screenshot(page, "boundary-line-edit.png");
  await form.getByRole("button", { name: "保存" }).click();
  await page.getByText("界线已保存").waitFor({ timeout: 30_000 });
  await panel.getByTestId("line-history").getByText(`更正：${reason}`).waitFor({ timeout: 10_000 });
  const saved = await api("GET", `/api/boundary/lines/${LINE}`, "admin");
  const savedLine = await saved.json();
  assert.notDeepEqual(savedLine.geometry, original.geometry, "the line moved");

  // someone else puts the line back meanwhile: the next save is refused plainly
  await panel.getByRole("button", { name: "编辑界线" }).click();
  const restored = await api(
    "PUT",
    `/api/boundary/lines/${LINE}/geometry?reason=${encodeURIComponent("恢复原界线")}`,
    "admin",
    JSON.stringify(original.geometry),
    { "Content-Type": "application/geo+json", "If-Match": saved.headers.get("ETag") },
  );
  assert.equal(restored.status, 200, await restored.text());
  await drag();
  await form.getByRole("button", { name: "保存" }).click();
  const refusal = page.getByTestId("line-refusal");
  await refusal.waitFor({ timeout: 10_000 });
  assert.match(await text(refusal), /已被他人修改/);
  await form.getByRole("button", { name: "重新加载界线" }).click();
  await page.locator("[data-testid=boundary-map]:not([data-editing])").waitFor();
  assert.deepEqual(pageErrors, [], "no page errors");
});
