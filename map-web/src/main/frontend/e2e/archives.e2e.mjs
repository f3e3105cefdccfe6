// Browser test: a county's place-name officer files and browses the place-name archive (地名档案)
// and sees the heritage list (地名文化保护名录) with its map.
//
//   BASE_URL=http://localhost:8080 node --test e2e/archives.e2e.mjs
//
// 阜康市's officer opens 地名 → 地名档案: the county is chosen for them (it is their only one);
// 归档整理 files the county's records and the table lists them with 档号 and SHA-256. A name of
// 阜康市 listed through the API then shows in 文化保护名录 beside a map. Screenshots of both go to
// docs/screenshots/.
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import { BASE_URL, getJson, launchBrowser, logIn, VIEWPORT } from "./support.mjs";

const DOCS_SCREENSHOTS = fileURLToPath(
  new URL("../../../../../docs/screenshots/", import.meta.url),
);
const OFFICER = "fukang.officer";

let browser;
const pageErrors = [];

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

async function docsScreenshot(page, name) {
  await mkdir(DOCS_SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${DOCS_SCREENSHOTS}${name}` });
}

async function openNames() {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: "zh-CN" });
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${BASE_URL}/`);
  await logIn(page, OFFICER, "changji-demo", "阜康市区划地名管理员");
  await page.locator("header.app-header").getByRole("tab", { name: "地名", exact: true }).click();
  await page.getByTestId("names-workspace").waitFor({ timeout: 15_000 });
  return page;
}

test("a county officer files the county's archive and browses its catalogue", async () => {
  const page = await openNames();
  await page.locator(".views").getByText("地名档案", { exact: true }).click();
  const browserView = page.getByTestId("archive-browser");
  await browserView.waitFor({ timeout: 15_000 });
  await browserView.getByTestId("archive-catalogue").click();
  const firstRow = browserView.locator(".el-table__body tbody tr").first();
  await firstRow.waitFor({ timeout: 30_000 });
  const number = (await firstRow.locator("td").first().innerText()).trim();
  assert.match(number, /^652302-DM-\d{4}-(Y|D30|D10)-\d{4}$/, `档号 ${number}`);
  await docsScreenshot(page, "archives-catalogue.png");
  assert.deepEqual(pageErrors, []);
});

test("the heritage list shows a listed name of the county beside its map", async () => {
  const names = await getJson(
    "/ogc/collections/place-names/items?division=652302&category=0403&limit=50",
    OFFICER,
  );
  const township =
    names.features.find(
      (f) => f.properties.status === "ANNOUNCED" || f.properties.status === "FILED",
    ) ?? names.features[0];
  assert.ok(township, "a township name of 阜康市");
  const response = await fetch(`${BASE_URL}/api/heritage/${township.id}`, {
    method: "PUT",
    headers: {
      Authorization: `Bearer demo-${OFFICER}-token`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({
      criteria: ["AGE_OF_USE"],
      story: "浏览器测试列入的地名（测试数据）",
      sources: "测试资料，第 1 页",
    }),
  });
  assert.ok(response.ok, `listing answered ${response.status}: ${await response.text()}`);

  const page = await openNames();
  await page.locator(".views").getByText("文化保护名录", { exact: true }).click();
  const list = page.getByTestId("heritage-list");
  await list.getByText(township.properties.standardName).first().waitFor({ timeout: 15_000 });
  await list.getByText("使用历史悠久").first().waitFor();
  await page.getByTestId("heritage-map").locator("canvas").first().waitFor({ timeout: 15_000 });
  await docsScreenshot(page, "heritage-list.png");
  assert.deepEqual(pageErrors, []);
});
