// Browser test of 「地名图志」 against a running backend with the demo data and users.
//
//   BASE_URL=http://localhost:8080 node --test e2e/compilation.e2e.mjs
//
// As the prefecture's officer: opens 「地名」 → 「地名图志」, chooses 阜康市 and a day, compiles the
// standard place-name dictionary as PDF and the division map (区划图, A3) as PDF and PNG (jobs with a
// progress bar each), downloads them, and sees the compilation worklist of 阜康市 with its counts,
// 待补 tags and the export link.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { getJson, openMap, screenshot, openPage } from "./support.mjs";

const FUKANG = "652302000000";
const DAY = "2024-01-01";
const PASSWORD = "changji-demo";

let browser;
let page;
const pageErrors = [];

before(async () => {
  ({ browser, page } = await openPage(pageErrors, { acceptDownloads: true }));
});

after(async () => {
  await browser?.close();
});

test("a prefecture officer compiles 阜康市's dictionary and map, downloads them and sees the worklist", async () => {
  const library = await getJson(
    `/ogc/collections/place-names/items?division=652302&datetime=${DAY}&limit=1`,
  );
  await openMap(page);
  const header = page.locator("header.app-header");
  await header.getByRole("button", { name: "登录" }).click();
  const dialog = page.getByRole("dialog", { name: "用户登录" });
  await dialog.getByLabel("用户名").fill("prefecture.officer");
  await dialog.getByLabel("密码").fill(PASSWORD);
  await dialog.getByRole("button", { name: "登录" }).click();
  await header.getByRole("button", { name: "退出" }).waitFor({ timeout: 10_000 });

  await header.getByRole("tab", { name: "地名" }).click();
  await page.locator(".views").getByText("地名图志", { exact: true }).click();
  const section = page.getByRole("region", { name: "地名图志" });
  await section.waitFor({ timeout: 10_000 });

  // the division and the day
  await section.getByTestId("division-select").click();
  await page.locator(".el-select-dropdown__item:visible", { hasText: /^阜康市$/ }).click();
  const date = section.getByLabel("截至日期");
  await date.fill(DAY);
  await date.press("Enter");

  // the worklist of 阜康市 on that day
  await section.getByText("阜康市", { exact: true }).first().waitFor({ timeout: 15_000 });
  await section.getByText(/共 \d+ 条待补/).waitFor({ timeout: 15_000 });
  const worklist = await getJson(
    `/api/compilations/worklist?division=${FUKANG}&day=${DAY}`,
    "prefecture.officer",
  );
  const fukang = worklist.counties.find((c) => c.countyCode === FUKANG);
  assert.equal(fukang.entries, library.numberMatched, "one entry per standard name");
  assert.match(
    (await section.textContent()) ?? "",
    new RegExp(`共 ${worklist.items.length} 条待补`),
  );
  assert.ok((await section.getByText("待补：历史沿革").count()) > 0, "the gaps are tagged");
  const exportLink = section.getByRole("link", { name: "导出待办清单（XLSX）" });
  assert.match((await exportLink.getAttribute("href")) ?? "", /worklist\.xlsx\?division=652302/);

  // compile the dictionary as PDF and the division map as PDF and PNG, and download them
  const products = section.locator(".products");
  await products.getByText("行政区划图（PDF，印刷）").click();
  await products.getByText("行政区划图（PNG，预览）").click();
  await section.getByLabel("审图号").fill("新S(2024)017号");
  await section.getByRole("button", { name: "编纂" }).click();
  const { readFile } = await import("node:fs/promises");
  async function download(label, message, name, magic) {
    const run = section.locator(".runs li", { hasText: label });
    const link = run.getByRole("link", { name: "下载" });
    await link.waitFor({ timeout: 60_000 });
    assert.match((await run.textContent()) ?? "", message);
    const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const path = await file.path();
    assert.ok(path, "the download was saved");
    const bytes = await readFile(path);
    assert.equal(bytes.subarray(1, 4).toString("latin1"), magic);
    assert.match(file.suggestedFilename(), name);
  }
  await download("标准地名词典（PDF", /完成：\d+ 条/, /阜康市标准地名词典-2024-01-01\.pdf/, "PDF");
  await download(
    "行政区划图（PDF",
    /完成：比例尺 1:[\d ]+/,
    /阜康市行政区划图-A3-2024-01-01\.pdf/,
    "PDF",
  );
  await download(
    "行政区划图（PNG",
    /完成：比例尺 1:[\d ]+/,
    /阜康市行政区划图-A3-2024-01-01\.png/,
    "PNG",
  );
  await screenshot(page, "compilation.png");
  assert.deepEqual(pageErrors, []);
});
