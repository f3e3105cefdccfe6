// Browser test of the address library and the geocoder's map against a running backend with the
// demo data and users.
//
//   BASE_URL=http://localhost:8080 npm run e2e
//
// As 昌吉市's place-name officer: 「地址」 → 「地址匹配」 puts the match of a house number as a pin
// on the map, and an address from nowhere is 未匹配 with its reason; 「地址库」 finds a house number
// of 宁边路 (the last of the road in the library's order, which no other test uses), shows the page
// on the map, opens its record from the list (versions, events), exports the list as Excel and
// retires the house number with a reason; the server then says 已注销 with the event and reason.
// `geocode-pin.png`, `address-library.png`.
/* global document -- used in code that runs in the page */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { BASE_URL, getJson, screenshot, VIEWPORT, openPage } from "./support.mjs";

const PASSWORD = "changji-demo";
const OFFICER = "changji.officer";

let browser;
let page;
const pageErrors = [];

before(async () => {
  ({ browser, page } = await openPage(pageErrors, {
    viewport: { ...VIEWPORT, width: 1440 },
    acceptDownloads: true,
  }));
  await page.goto(`${BASE_URL}/`);
  const header = page.locator("header.app-header");
  await header.getByRole("button", { name: "登录" }).click();
  const dialog = page.getByRole("dialog", { name: "用户登录" });
  await dialog.getByLabel("用户名").fill(OFFICER);
  await dialog.getByLabel("密码").fill(PASSWORD);
  await dialog.getByRole("button", { name: "登录" }).click();
  await header.getByRole("button", { name: "退出" }).waitFor({ timeout: 10_000 });
  await header.getByRole("tab", { name: "地址" }).click();
});

after(async () => {
  await browser?.close();
});

test("the geocoder's result is a pin on the map, and 未匹配 says why", async () => {
  const box = page.getByTestId("geocode-box");
  await box.getByLabel("地址").fill("昌吉市屯河路36号");
  await box.getByRole("button", { name: "匹配" }).click();
  const map = box.getByTestId("geocode-map");
  await page.waitForFunction(
    () => document.querySelector('[data-testid="geocode-map"]')?.dataset.pin !== "",
    null,
    { timeout: 10_000 },
  );
  const pin = (await map.getAttribute("data-pin")).split(",").map(Number);
  const answer = await getJson(
    `/api/geocode?address=${encodeURIComponent("昌吉市屯河路36号")}`,
    OFFICER,
  );
  assert.equal(answer.level, "HOUSE_NUMBER");
  assert.deepEqual(pin, answer.point, "the pin is the answer's point");
  await screenshot(page, "geocode-pin.png");

  await box.getByLabel("地址").fill("不知道在哪里");
  await box.getByRole("button", { name: "匹配" }).click();
  const unmatched = box.getByTestId("geocode-unmatched");
  await unmatched.waitFor({ timeout: 10_000 });
  const text = await unmatched.innerText();
  assert.match(text, /未匹配/);
  assert.match(text, /未识别出本地址库中的/, `the reason is given: ${text}`);
  assert.equal(await map.getAttribute("data-pin"), "", "no pin for nothing");
});

test("an address retired", async () => {
  const first = await getJson(
    "/ogc/collections/addresses/items?kind=HOUSE_NUMBER&q=宁边路&limit=1",
  );
  const last = await getJson(
    `/ogc/collections/addresses/items?kind=HOUSE_NUMBER&q=宁边路&limit=1&offset=${first.numberMatched - 1}`,
  );
  const address = last.features[0].properties;

  await page.getByRole("tab", { name: "地址库" }).click();
  const list = page.getByTestId("address-list");
  const record = list.getByTestId("address-record");

  // a page of 宁边路's house numbers on the map, numbered as in the list; a row opens its record
  await list.getByLabel("查找地址").fill("宁边路");
  await list.getByLabel("查找地址").press("Enter");
  await page.waitForFunction(
    () => Number(document.querySelector('[data-testid="address-map"]')?.dataset.addresses) === 20,
    null,
    { timeout: 10_000 },
  );
  // the list of the search, not the page shown before it (the map had 20 addresses then too):
  // its first address is on 宁边路 — the page before starts with 昌吉市光明路92号, whose row
  // names its township, 宁边路街道, so the address cell is what tells them apart
  const firstRow = list.locator(".el-table__row").first();
  const firstAddress = firstRow.locator("td").nth(1);
  await firstAddress.filter({ hasText: "宁边路" }).waitFor({ timeout: 10_000 });
  const firstText = await firstAddress.innerText();
  await firstRow.click();
  await record.getByRole("heading", { name: firstText.trim() }).waitFor({ timeout: 10_000 });
  await screenshot(page, "address-library.png");

  await list.getByLabel("查找地址").fill(address.text);
  await list.getByLabel("查找地址").press("Enter");
  const row = list
    .locator(".el-table__row")
    .filter({ has: page.getByText(address.text, { exact: true }) })
    .first();
  await row.waitFor({ timeout: 10_000 });
  await page.waitForFunction(
    () => Number(document.querySelector('[data-testid="address-map"]')?.dataset.addresses) > 0,
  );
  await row.click();
  await record.getByText(address.code).waitFor({ timeout: 10_000 });
  assert.equal((await record.getByTestId("address-status").innerText()).trim(), "现行");
  assert.ok((await record.getByTestId("address-versions").locator("tbody tr").count()) >= 1);

  // the list as it is filtered, as Excel
  const downloading = page.waitForEvent("download", { timeout: 15_000 });
  await list.getByTestId("export-xlsx").click();
  const download = await downloading;
  assert.match(download.suggestedFilename(), /^标准地址_\d{4}-\d\d-\d\d\.xlsx$/);

  await record.getByTestId("retire-address").click();
  const prompt = page.locator(".el-message-box");
  await prompt.getByRole("textbox").fill("房屋拆除");
  await prompt.getByRole("button", { name: "注销" }).click();
  await page
    .getByText(/^已注销/)
    .first()
    .waitFor({ timeout: 10_000 });
  await record.getByTestId("address-status").getByText("已注销").waitFor({ timeout: 10_000 });
  await record.getByTestId("address-events").getByText("房屋拆除").waitFor();

  const server = await getJson(`/api/addresses/${address.code}`, OFFICER);
  assert.equal(server.current, false);
  assert.equal(server.status, "RETIRED");
  assert.equal(server.statusName, "已注销");
  assert.ok(server.validTo, "its validity has ended");
  assert.equal(server.events[0].actionName, "注销");
  assert.equal(server.events[0].actorName, OFFICER);
  assert.equal(server.events[0].reason, "房屋拆除");

  assert.deepEqual(pageErrors, [], "no page errors");
});
