// Browser test of batch geocoding against a running backend with the demo data and users.
//
//   BASE_URL=http://localhost:8080 npm run e2e
//
// As the planner: opens 「地址」 → 「批量匹配」, chooses a CSV of five free-text addresses of the
// demo registry (one with a former road name, one with noise, one a room in a compound, one
// nowhere), asks for a CSV result, starts the job, watches it finish, reads the level summary and
// downloads the result through the page's link. The downloaded file must hold the input columns
// and, per row, the level, the standard address and the coordinates.
import assert from "node:assert/strict";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { BASE_URL, screenshot, openPage } from "./support.mjs";

const PASSWORD = "changji-demo";
const ROWS = [
  ["1", "新疆昌吉州昌吉市屯河路36号"],
  ["2", "红旗路2号附近"],
  ["3", "昌吉市丁香苑3栋2单元301室"],
  ["4", "昌吉北京南路１３号 电话13899512345"],
  ["5", "北京市朝阳区"],
];

let browser;
let page;
const pageErrors = [];

before(async () => {
  ({ browser, page } = await openPage(pageErrors, { acceptDownloads: true }));
});

after(async () => {
  await browser?.close();
});

const header = () => page.locator("header.app-header");

test("batch-geocodes a CSV and downloads the result", async () => {
  const folder = await mkdtemp(join(tmpdir(), "civgis-e2e-"));
  const input = join(folder, "地址名单.csv");
  await writeFile(input, "\uFEFF编号,地址\n" + ROWS.map((r) => r.join(",")).join("\n") + "\n");

  await page.goto(`${BASE_URL}/`);
  await header().getByRole("button", { name: "登录" }).click();
  const dialog = page.getByRole("dialog", { name: "用户登录" });
  await dialog.getByLabel("用户名").fill("planner");
  await dialog.getByLabel("密码").fill(PASSWORD);
  await dialog.getByRole("button", { name: "登录" }).click();
  await header().getByRole("button", { name: "退出" }).waitFor({ timeout: 10_000 });

  await header().getByRole("tab", { name: "地址" }).click();
  await page.getByRole("tab", { name: "批量匹配" }).click();
  const batch = page.getByTestId("batch-geocode");
  await batch.getByLabel("地址文件").setInputFiles(input);
  await batch.getByText("地址名单.csv").waitFor();
  await batch.getByText("CSV", { exact: true }).click();
  await batch.getByRole("button", { name: "开始匹配" }).click();

  const link = batch.getByRole("link", { name: /下载匹配结果/ });
  await link.waitFor({ timeout: 30_000 });
  // the summary: 5 rows, 3 house numbers, 1 room, 1 not matched
  await batch.getByText("共 5 条").waitFor();
  const summary = await batch.getByTestId("batch-levels").innerText();
  assert.match(summary, /门牌\s+3\s+60\.0%/);
  assert.match(summary, /单元户室\s+1\s+20\.0%/);
  assert.match(summary, /未匹配\s+1\s+20\.0%/);
  // the unmatched row with its reason
  const unmatched = await batch.getByTestId("batch-unmatched").innerText();
  assert.match(unmatched, /5\s+北京市朝阳区\s+(不在本地址库范围|未识别出)/);
  await screenshot(page, "batch-geocode.png");

  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  assert.match(download.suggestedFilename(), /地址名单-匹配结果\.csv$/);
  const saved = join(folder, "result.csv");
  await download.saveAs(saved);
  const lines = (await readFile(saved, "utf8"))
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/);
  assert.equal(lines.length, 6);
  assert.match(lines[0], /^编号,地址,匹配级别,置信度,标准地址,地址编码/);
  assert.match(lines[1], /^1,新疆昌吉州昌吉市屯河路36号,门牌,1\.0,昌吉市屯河路36号,\d{19},/);
  assert.match(lines[2], /^2,红旗路2号附近,门牌,0\.95,昌吉市长宁路2号,/);
  assert.match(lines[3], /单元户室,1\.0,昌吉市屯河路36号3栋2单元301室,/);
  assert.match(lines[4], /门牌,1\.0,昌吉市北京南路13号,/);
  assert.match(lines[5], /^5,北京市朝阳区,未匹配,0\.0,,/);
  const fields = lines[1].split(",");
  const lon = Number(fields[14]);
  const lat = Number(fields[15]);
  assert.ok(lon > 87.2 && lon < 87.4 && lat > 43.9 && lat < 44.1, `${lon}, ${lat}`);
  assert.deepEqual(pageErrors, []);
});
