// Browser test of what the 规划 map and its tables tell a planner after a coverage run.
//
//   BASE_URL=http://localhost:8080 node --test e2e/planninglegend.e2e.mjs
//
// 1. The legend names every visible layer: the street colours with the indicator's target, the
//    facilities, the communities, the service circle, the walking time in minutes, and E2SFCA.
// 2. E2SFCA on the map (communities coloured by class) and in the community table, the same
//    values as the run's result.
// 3. The indicator table's 达标 and 说明 are in view without sideways scrolling at 1440×900 and
//    1024×768; the bar chart's labels do not overprint.
// Saves docs/screenshots/planning-legend.png and planning-1024.png.
/* global document, getComputedStyle -- used in code that runs in the page */
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { BASE_URL, logIn, pixelOf, openPage } from "./support.mjs";

const DOCS_SCREENSHOTS = fileURLToPath(
  new URL("../../../../../docs/screenshots/", import.meta.url),
);
/** Where the planning map opens (planningMap.ts). */
const PLANNING_VIEW = { zoom: 13, lon: 87.28, lat: 44.025 };

let browser;
let page;
let run;
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

const workspace = () => page.getByTestId("planning-workspace");
const legend = () => page.getByTestId("planning-legend");

test("after a run the legend names every layer, with the walking time in minutes", async () => {
  await page.goto(`${BASE_URL}/`);
  await page.waitForSelector("#map canvas", { timeout: 15_000 });
  await logIn(page, "planner", "changji-demo", "州民政局规划人员");
  await page.locator("header.app-header").getByRole("tab", { name: "规划" }).click();
  await page.waitForSelector('#planning-map[data-planning="loaded"]', { timeout: 20_000 });

  // the run's result as the page receives it, to compare the map and the table with
  const result = page.waitForResponse(
    (r) => /\/api\/jobs\/[^/]+\/result$/.test(new URL(r.url()).pathname) && r.ok(),
    { timeout: 120_000 },
  );
  await workspace().getByTestId("run-coverage").click();
  run = await (await result).json();
  await workspace().getByTestId("coverage-summary").waitFor({ timeout: 20_000 });

  await workspace().getByText("到最近设施的时间").click();
  const streets = legend().locator("[data-legend='streets']");
  assert.match(await streets.innerText(), /服务圈覆盖社区比例[\s\S]*达标（≥ 100%）[\s\S]*无数据/);
  assert.match(
    await legend().locator("[data-legend='facilities']").innerText(),
    /社区日间照料中心/,
  );
  assert.match(
    await legend().locator("[data-legend='demand']").innerText(),
    /15 分钟内可达[\s\S]*不可达/,
  );
  assert.match(
    await legend().locator("[data-legend='isochrones']").innerText(),
    /步行 15 分钟服务圈/,
  );
  const time = legend().locator("[data-legend='time-map']");
  await time.waitFor();
  const timeText = (await time.innerText()).replace(/\s+/g, " ");
  assert.match(timeText, /步行时间（分钟）/);
  assert.match(timeText, /≤5 ≤10 ≤15 ≤20 >20/, `a scale in minutes: ${timeText}`);
  // the scale's colours are the ones the time map is drawn in (green to red)
  const scale = await time
    .locator(".step i")
    .evaluateAll((swatches) => swatches.map((s) => getComputedStyle(s).backgroundColor));
  assert.equal(scale.length, 5);
  assert.equal(new Set(scale).size, 5, "five different colours");
  assert.equal(await legend().locator("[data-legend='new-sites']").count(), 0, "no new sites");
});

test("E2SFCA is drawn on the map by class and listed next to coverage", async () => {
  await workspace().getByText("按 E2SFCA 可达性").click();
  const e2sfca = legend().locator("[data-legend='e2sfca']");
  await e2sfca.waitFor();
  assert.match(await e2sfca.innerText(), /E2SFCA 可达性（名额\/千名老年人）/);
  const classes = await e2sfca.locator(".item").evaluateAll((items) =>
    items.map((item) => ({
      label: item.textContent.trim(),
      colour: getComputedStyle(item.querySelector("i")).backgroundColor,
    })),
  );
  assert.ok(classes.length >= 3, `0 and at least two classes: ${JSON.stringify(classes)}`);
  assert.match(classes[0].label, /^0（时限内无设施）/);
  assert.equal(await legend().locator("[data-legend='demand']").count(), 0, "one colouring");

  // the community with the best and one with no accessibility, in the last and first class
  const communities = run.before.demand.filter((d) => d.kind === "COMMUNITY");
  const best = communities.reduce((a, b) => (b.e2sfca > a.e2sfca ? b : a));
  const none = communities.find((d) => d.e2sfca === 0);
  assert.ok(best.e2sfca > 0 && none, "the demo has communities with and without accessibility");
  const box = await page.locator("#planning-map").boundingBox();
  for (const [community, cls] of [
    [best, classes[classes.length - 1]],
    [none, classes[0]],
  ]) {
    const { x, y } = pixelOf([community.lon, community.lat], box, PLANNING_VIEW);
    const colour = await mapPixel(x, y);
    assert.equal(colour, cls.colour, `${community.name} is drawn in the class ${cls.label}`);
  }
  const summary = await workspace().getByTestId("e2sfca-summary").innerText();
  assert.match(summary, /E2SFCA 可达性（名额\/千名老年人）：社区中位数 \d+(\.\d)?/);

  // the community table: walking time, coverage and E2SFCA per thousand elderly residents
  await page.getByRole("tab", { name: /^社区（未覆盖 \d+）$/ }).click();
  const table = page.getByTestId("community-table");
  await table.locator("th", { hasText: "E2SFCA" }).waitFor();
  const row = table.locator("tr", { hasText: best.name }).first();
  const cells = await row.locator("td").allInnerTexts();
  assert.equal(cells.length, 5, cells.join(" | "));
  assert.match(cells[2], new RegExp(`${best.walkMinutes.toFixed(1)} 分钟`));
  assert.equal(cells[3].trim(), "覆盖");
  assert.equal(Number(cells[4]), Number((best.e2sfca * 1000).toFixed(1)), cells.join(" | "));
  assert.equal(await table.locator("tbody tr").count(), communities.length);

  await docsScreenshot("planning-legend.png");
});

/** The colour (as CSS rgb()) the planning map draws at page pixel (x, y): its topmost layer. */
function mapPixel(x, y) {
  return page.evaluate(
    ([px, py]) => {
      const canvases = [...document.querySelectorAll("#planning-map .ol-layer canvas")].reverse();
      for (const canvas of canvases) {
        const r = canvas.getBoundingClientRect();
        if (px < r.left || py < r.top || px >= r.right || py >= r.bottom) continue;
        const cx = Math.floor(((px - r.left) * canvas.width) / r.width);
        const cy = Math.floor(((py - r.top) * canvas.height) / r.height);
        const [red, green, blue, alpha] = canvas.getContext("2d").getImageData(cx, cy, 1, 1).data;
        if (alpha > 0) return `rgb(${red}, ${green}, ${blue})`;
      }
      return null;
    },
    [Math.round(x), Math.round(y)],
  );
}

/** The boxes of the 达标 and 说明 cells and whether the table scrolls sideways. */
function indicatorTableFit() {
  return page.getByTestId("indicator-table").evaluate((table) => {
    const wrapper = table.querySelector(".el-table__body-wrapper .el-scrollbar__wrap");
    const rows = [...table.querySelectorAll(".el-table__body tr")].slice(0, 8);
    const box = (cell) => {
      const r = cell.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    return {
      wrapper: box(wrapper),
      sideways: wrapper.scrollWidth > wrapper.clientWidth + 1,
      status: rows.map((r) => box(r.querySelector("td.status-cell"))),
      detail: rows.map((r) => box(r.querySelector("td.detail-cell"))),
      statusText: rows.map((r) => r.querySelector("td.status-cell").innerText.trim()),
    };
  });
}

test("the indicator table's 达标 and 说明 are in view at 1440×900 and 1024×768", async () => {
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 1024, height: 768 },
  ]) {
    await page.setViewportSize(viewport);
    await page.getByRole("tab", { name: "指标", exact: true }).click();
    const table = page.getByTestId("indicator-table");
    await table.locator("tr", { hasText: "服务圈覆盖社区比例" }).first().waitFor();
    const fit = await indicatorTableFit();
    const size = `${viewport.width}×${viewport.height}`;
    assert.equal(fit.sideways, false, `no sideways scrolling at ${size}`);
    assert.ok(fit.status.length > 0);
    for (const cell of [...fit.status, ...fit.detail]) {
      assert.ok(cell.left >= fit.wrapper.left - 1, `a cell starts inside the table at ${size}`);
      assert.ok(cell.right <= fit.wrapper.right + 1, `a cell ends inside the table at ${size}`);
      assert.ok(cell.right <= viewport.width, `a cell ends inside the window at ${size}`);
    }
    assert.ok(
      fit.statusText.some((t) => t === "达标" || t === "未达标"),
      `verdicts shown at ${size}: ${fit.statusText}`,
    );
  }
  await docsScreenshot("planning-1024.png");
  await page.setViewportSize({ width: 1440, height: 900 });
});

/** The boxes of the chart's texts that overlap another one. */
function overlappingChartLabels() {
  return page.getByTestId("indicator-chart").evaluate((chart) => {
    const boxes = [...chart.querySelectorAll("svg text")]
      .filter((t) => t.textContent.trim() !== "" && getComputedStyle(t).display !== "none")
      .map((t) => ({ text: t.textContent.trim(), r: t.getBoundingClientRect() }))
      .filter((b) => b.r.width > 0 && b.r.height > 0);
    const overlaps = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i].r, boxes[j].r];
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x > 1 && y > 1) overlaps.push(`${boxes[i].text} × ${boxes[j].text}`);
      }
    }
    return { count: boxes.length, overlaps };
  });
}

test("the bar chart's labels do not overprint", async () => {
  await page.getByRole("tab", { name: "图表" }).click();
  const charts = [
    ["服务圈覆盖社区比例", "街道乡镇"],
    ["乡镇（街道）综合养老服务机构覆盖率", "街道乡镇"],
    ["每千名老年人养老床位数", "县市"],
  ];
  for (const [indicator, level] of charts) {
    await page.getByRole("combobox", { name: "图表指标" }).click({ force: true });
    await page.getByRole("option", { name: indicator, exact: true }).click();
    await page.getByRole("radiogroup", { name: "图表级别" }).getByText(level).click();
    const chart = page.getByTestId("indicator-chart");
    await chart.locator("svg text", { hasText: `目标` }).first().waitFor();
    const { count, overlaps } = await overlappingChartLabels();
    assert.ok(count > 5, `${indicator}（${level}）has labels`);
    assert.deepEqual(overlaps, [], `${indicator}（${level}）: no labels overprint`);
  }
  assert.deepEqual(pageErrors, []);
});

test("the sign map's legend shows the ring of a missing sign", async () => {
  await page.locator("header.app-header").getByRole("tab", { name: "地址" }).click();
  await page.getByRole("tab", { name: "地名标志" }).click();
  const signs = page.getByTestId("sign-inventory");
  const toggle = signs.getByTestId("show-missing-signs");
  const ring = toggle.locator("svg[data-legend='missing-sign'] circle");
  await ring.waitFor();
  assert.equal(await ring.getAttribute("stroke-dasharray"), "3 2", "dashed like on the map");
  assert.match(await toggle.innerText(), /显示缺失路牌/);
  await toggle.click();
  await toggle.getByText(/（\d+ 处）/).waitFor({ timeout: 10_000 });
  assert.ok(await ring.isVisible(), "the ring stays next to the count");
});
