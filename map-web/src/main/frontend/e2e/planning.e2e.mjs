// Browser test of the 规划 workspace against a running backend with the demo data and users.
//
//   BASE_URL=http://localhost:8080 npm run e2e
//
// As the planner: opens 「规划」, keeps 社区日间照料中心 and 15 minutes, runs the analysis (the
// progress bar), and sees the indicator table with the coverage of 昌吉市's communities against the
// plan's target, the same numbers the API gives for that run, and the covered and uncovered
// communities on the map.
/* global document -- used in code that runs in the page */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { BASE_URL, screenshot, VIEWPORT, openPage } from "./support.mjs";

const PLANNER = "planner";
const PASSWORD = "changji-demo";

let browser;
let page;
const pageErrors = [];

before(async () => {
  ({ browser, page } = await openPage(pageErrors, { viewport: { ...VIEWPORT, width: 1600 } }));
});

after(async () => {
  await browser?.close();
});

const header = () => page.locator("header.app-header");

test("a planner runs the 15-minute day-care coverage of 昌吉市 and sees the indicator table", async () => {
  await page.goto(`${BASE_URL}/`);
  await page.waitForSelector("#map canvas", { timeout: 15_000 });
  await header().getByRole("button", { name: "登录" }).click();
  const dialog = page.getByRole("dialog", { name: "用户登录" });
  await dialog.getByLabel("用户名").fill(PLANNER);
  await dialog.getByLabel("密码").fill(PASSWORD);
  await dialog.getByRole("button", { name: "登录" }).click();
  await header().getByRole("button", { name: "退出" }).waitFor({ timeout: 10_000 });

  await header().getByRole("tab", { name: "规划" }).click();
  const workspace = page.getByTestId("planning-workspace");
  await workspace.waitFor({ timeout: 15_000 });
  await page.waitForSelector('#planning-map[data-planning="loaded"]', { timeout: 20_000 });

  const dayCare = workspace.getByRole("checkbox", { name: "社区日间照料中心" });
  assert.equal(await dayCare.isChecked(), true, "社区日间照料中心 is chosen by default");
  assert.equal(await workspace.getByLabel("步行时间（分钟）").inputValue(), "15");

  await workspace.getByTestId("run-coverage").click();
  await workspace.locator(".el-progress").waitFor({ timeout: 10_000 });
  const summary = workspace.getByTestId("coverage-summary");
  await summary.waitFor({ timeout: 120_000 });
  const summaryText = await summary.innerText();
  const match = summaryText.match(/覆盖社区 (\d+) \/ (\d+)/);
  assert.ok(match, `the summary names the covered communities: ${summaryText}`);
  assert.equal(Number(match[2]), 74, "74 communities and villages in the six urban streets");

  // the indicator table: the coverage row of 昌吉市, now with a value and a verdict
  const table = workspace.getByTestId("indicator-table");
  const row = table
    .locator("tr")
    .filter({ hasText: "服务圈覆盖社区比例" })
    .filter({ hasText: "昌吉市" })
    .first();
  await row.waitFor({ timeout: 20_000 });
  // the table is reloaded with the run's coverage once the run is done
  let rowText = await row.innerText();
  for (let i = 0; i < 100 && rowText.includes("须先运行"); i++) {
    await page.waitForTimeout(200);
    rowText = await row.innerText();
  }
  const expected = ((100 * Number(match[1])) / 74).toFixed(2).replace(/\.?0+$/, "");
  assert.ok(rowText.includes(`${expected}%`), `row shows ${expected}%: ${rowText}`);
  assert.ok(/达标|未达标/.test(rowText), `row says whether the target is met: ${rowText}`);
  assert.ok(
    (await table.locator("tr").filter({ hasText: "宁边路街道" }).count()) > 0,
    "the streets of 昌吉市 are listed",
  );

  // the run's communities are coloured on the map (green covered, red uncovered)
  const coloured = await page.evaluate(() => {
    const canvas = document.querySelector("#planning-map canvas");
    return Boolean(canvas && canvas.width > 0);
  });
  assert.ok(coloured, "the planning map is drawn");
  await screenshot(page, "planning.png");
  assert.deepEqual(pageErrors, []);
});
