// Browser test of the place-name workspace against a running backend with the demo data and users.
//
//   BASE_URL=http://localhost:8080 npm run e2e
//
// As the officer of 阜康市: opens 「地名」, proposes a road (城镇街巷) by drawing a line on the map and
// typing its name, then a second road with the same name, sees the duplicate warning (重名) while
// typing, fixes the name (the warning goes, the romanization follows), submits it, sends it to
// review and records the expert evaluation and the public consultation. As the prefecture's
// officer: approves and announces it. Then finds it by its pinyin in the search box. Everything
// under test is done through the UI; the API is only read (where 阜康市 lies, which road names
// exist already, so that the test can run again on the same database).
/* global document -- used in code that runs in the page */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { getJson, openMap, pixelOf, screenshot, openPage } from "./support.mjs";

const FUKANG = "652302000000";
const STREET = "0801";
/** Inside 阜康市, east of its city: where the roads are drawn, at street zoom. */
const VIEW = { zoom: 13, lon: 88.2, lat: 44.17 };
const FIRST_ROAD = [
  [88.185, 44.163],
  [88.2, 44.166],
  [88.214, 44.165],
];
const SECOND_ROAD = [
  [88.186, 44.176],
  [88.213, 44.178],
];
/**
 * Specific parts of the road names: the first whose 「…路」 and 「…南路」 are not in 阜康市 yet (an
 * earlier run on the same database used the ones before it). Not 博峰: CleanupIT expects 博峰路 to
 * be a clean new name in 阜康市, and it may run after this test on the same database.
 */
const SPECIFICS = ["博达", "博雅", "博文", "博远", "博华", "博兴", "博源", "博新", "博林", "博安"];
const FUKANG_OFFICER = { username: "fukang.officer", displayName: "阜康市区划地名管理员" };
const PREFECTURE_OFFICER = { username: "prefecture.officer" };
const PASSWORD = "changji-demo";

let browser;
let page;
const pageErrors = [];

before(async () => {
  ({ browser, page } = await openPage(pageErrors));
});

after(async () => {
  await browser?.close();
});

const header = () => page.locator("header.app-header");
const panel = () => page.getByTestId("name-panel");

async function logIn(username) {
  await header().getByRole("button", { name: "登录" }).click();
  const dialog = page.getByRole("dialog", { name: "用户登录" });
  await dialog.getByLabel("用户名").fill(username);
  await dialog.getByLabel("密码").fill(PASSWORD);
  await dialog.getByRole("button", { name: "登录" }).click();
  await header().getByRole("button", { name: "退出" }).waitFor({ timeout: 10_000 });
  await dialog.waitFor({ state: "hidden" });
}

async function logOut() {
  await header().getByRole("button", { name: "退出" }).click();
  await header().getByRole("button", { name: "登录" }).waitFor({ timeout: 10_000 });
}

/** Whether a point lies in 阜康市 (the server's CQL2 S_INTERSECTS). */
async function inFukang([lon, lat]) {
  const filter = encodeURIComponent(`S_INTERSECTS(geometry, POINT(${lon} ${lat})) AND level = 3`);
  const found = await getJson(`/ogc/collections/divisions/items?filter=${filter}`);
  return found.features.some((f) => f.properties.code === FUKANG);
}

/** The road names 阜康市 has already, proposals included (read as its officer). */
async function existingRoadNames() {
  const roads = await getJson(
    `/ogc/collections/place-names/items?division=652302&category=${STREET}&limit=5000`,
    FUKANG_OFFICER.username,
  );
  return new Set(roads.features.map((f) => f.properties.standardName));
}

/** Waits until the page's text in `selector` satisfies `predicate` (with a readable failure). */
async function waitForText(locator, predicate, what, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  let text = "";
  while (Date.now() < deadline) {
    text = ((await locator.textContent().catch(() => "")) ?? "").replace(/\s+/g, " ").trim();
    if (predicate(text)) return text;
    await page.waitForTimeout(150);
  }
  assert.fail(`${what}; the page shows: ${text.slice(0, 400)}`);
}

/** Draws a line through `points` on the map (double click at the last point ends it). */
async function drawLine(box, points) {
  const pixels = points.map((p) => pixelOf(p, box, VIEW));
  for (const { x, y } of pixels) {
    assert.ok(
      x > box.x + 20 && x < box.x + box.width - 20 && y > box.y + 20 && y < box.y + box.height - 20,
      `point (${x.toFixed(0)}, ${y.toFixed(0)}) is outside the map ${JSON.stringify(box)}`,
    );
  }
  for (const { x, y } of pixels.slice(0, -1)) {
    await page.mouse.click(x, y);
    await page.waitForTimeout(120);
  }
  const last = pixels[pixels.length - 1];
  await page.mouse.dblclick(last.x, last.y);
}

/** Starts a proposal of a road and draws it. */
async function startRoad(box, points) {
  await page.getByTestId("toolbar-propose").click();
  const form = page.getByTestId("propose-form");
  await form.waitFor({ timeout: 5_000 });
  await form.getByTestId("category-select").click();
  await page.locator(".el-select-dropdown__item:visible", { hasText: /^城镇街巷$/ }).click();
  const status = form.getByTestId("draw-status");
  await status.waitFor({ timeout: 5_000 });
  assert.equal(await status.getAttribute("data-drawn"), "false", "drawing has not started");
  await drawLine(box, points);
  await form.locator('[data-testid=draw-status][data-drawn="true"]').waitFor({ timeout: 5_000 });
  return form;
}

/** Types the name and waits until the check of exactly this name has answered. */
async function typeName(form, name) {
  await form.getByLabel("标准名称").fill(name);
  const check = form.getByTestId("name-check");
  await form
    .locator('[data-testid=name-check][data-pending="true"]')
    .waitFor({ timeout: 3_000 })
    .catch(() => {});
  await form.locator('[data-testid=name-check][data-pending="false"]').waitFor({ timeout: 10_000 });
  return check;
}

async function submitProposal(form, name) {
  await form.getByRole("button", { name: "提交" }).click();
  await form.waitFor({ state: "detached", timeout: 10_000 });
  const record = page.getByTestId("name-record");
  await waitForText(
    record.getByTestId("record-name"),
    (t) => t === name,
    `the record of ${name} did not open`,
  );
  await waitForText(
    record.getByTestId("record-status"),
    (t) => t === "拟命名",
    `${name} is not 拟命名`,
  );
  return record;
}

/** Clicks a button of the record, fills its dialog and confirms; fails with the server's refusal. */
async function act(record, button, fields, message) {
  await record
    .getByTestId("record-actions")
    .getByRole("button", { name: button, exact: true })
    .click();
  const dialog = page.getByRole("dialog", { name: new RegExp(`^${button} · `) });
  await dialog.waitFor({ timeout: 5_000 });
  for (const [label, value] of Object.entries(fields)) {
    await dialog.getByLabel(label, { exact: true }).fill(value);
  }
  // watched from the click on: the message shows for 3 s, and the dialog may close after it
  const messageShown = page
    .locator(".el-message", { hasText: message })
    .first()
    .waitFor({ timeout: 15_000 })
    .then(
      () => true,
      () => false,
    );
  await dialog.getByRole("button", { name: "确定" }).click();
  const refusal = dialog.getByTestId("action-refusal");
  const outcome = await Promise.race([
    dialog.waitFor({ state: "hidden", timeout: 10_000 }).then(() => "done"),
    refusal.waitFor({ timeout: 10_000 }).then(() => "refused"),
  ]);
  if (outcome === "refused")
    assert.fail(`「${button}」 was refused: ${await refusal.textContent()}`);
  assert.ok(await messageShown, `「${button}」: no message 「${message}」`);
}

async function expectStatus(record, status) {
  await waitForText(
    record.getByTestId("record-status"),
    (t) => t === status,
    `the record does not show the status ${status}`,
  );
}

test("an officer proposes a road, fixes a duplicate name, and it goes through to announcement", async () => {
  for (const point of [...FIRST_ROAD, ...SECOND_ROAD]) {
    assert.ok(await inFukang(point), `${point} is not inside 阜康市`);
  }
  const existing = await existingRoadNames();
  const specific = SPECIFICS.find((s) => !existing.has(`${s}路`) && !existing.has(`${s}南路`));
  assert.ok(specific, `all test road names exist in 阜康市 already: ${[...existing].join("、")}`);
  const road = `${specific}路`;
  const southRoad = `${specific}南路`;

  await openMap(page, VIEW);
  await logIn(FUKANG_OFFICER.username);
  await header().getByText(FUKANG_OFFICER.displayName).waitFor();

  // 地名: the workspace with its own map
  await header().getByRole("tab", { name: "地名" }).click();
  await page.locator('#name-map[data-names="loaded"]').waitFor({ timeout: 20_000 });
  const box = await page.locator("#name-map").boundingBox();
  assert.ok(box, "#name-map has no bounding box");

  // a first road: no warning
  let form = await startRoad(box, FIRST_ROAD);
  let check = await typeName(form, road);
  await check.getByTestId("check-clean").waitFor({ timeout: 5_000 });
  const firstPinyin = await waitForText(
    check.getByTestId("romanization"),
    (t) => / Lu\b/.test(t),
    `no romanization of ${road}`,
  );
  assert.match(firstPinyin, /Lu/, `romanization of ${road}: ${firstPinyin}`);
  await submitProposal(form, road);

  // a second road with the same name: the duplicate in the county is flagged while typing
  form = await startRoad(box, SECOND_ROAD);
  check = await typeName(form, road);
  const duplicate = check.locator('[data-testid=check-warning][data-code="DUPLICATE_IN_SCOPE"]');
  await duplicate.waitFor({ timeout: 10_000 });
  const warningText = ((await duplicate.textContent()) ?? "").replace(/\s+/g, " ");
  assert.match(warningText, /重名/, `the duplicate warning: ${warningText}`);
  assert.match(
    warningText,
    /建议/,
    `the duplicate warning has no suggested action: ${warningText}`,
  );
  await duplicate.scrollIntoViewIfNeeded();
  await screenshot(page, "names-duplicate.png");

  // fixed: the warning goes, the romanization follows the new name
  check = await typeName(form, southRoad);
  await duplicate.waitFor({ state: "detached", timeout: 10_000 });
  await check.getByTestId("check-clean").waitFor({ timeout: 5_000 });
  const pinyinLine = (await check.locator(".pinyin").textContent())?.trim() ?? "";
  assert.match(
    pinyinLine,
    /^[A-Z][a-z]+ [A-Z][a-z]+$/,
    `romanization of ${southRoad}: ${pinyinLine}`,
  );
  assert.ok(
    pinyinLine.toLowerCase().includes("nan"),
    `romanization of ${southRoad}: ${pinyinLine}`,
  );
  const record = await submitProposal(form, southRoad);

  // the procedure: 送审, the expert evaluation and the public consultation
  await act(record, "送审", {}, "已送审");
  await expectStatus(record, "论证与征求意见中");
  await act(
    record,
    "登记专家论证",
    { 专家意见: "名称以博格达峰命名，反映当地地理特征，用字规范", 论证结论: "同意命名" },
    "已登记专家论证",
  );
  await act(
    record,
    "登记征求意见",
    { 公众意见: "在市政府网站公示 30 日，未收到反对意见", 处理结论: "无反对意见" },
    "已登记征求意见",
  );
  await record.getByTestId("record-reviews").getByText("专家论证").waitFor({ timeout: 5_000 });
  await record.getByTestId("record-reviews").getByText("征求意见").waitFor();
  // approval is the prefecture's: the county officer is not offered it
  assert.equal(
    await record.getByTestId("record-actions").getByRole("button", { name: "批准" }).count(),
    0,
    "a county officer is offered 批准",
  );
  await record.getByText(/批准由州级区划地名管理员或系统管理员登记/).waitFor();

  // the prefecture's officer approves and announces
  await logOut();
  await logIn(PREFECTURE_OFFICER.username);
  await waitForText(
    record.getByTestId("record-name"),
    (t) => t === southRoad,
    "the record was lost at login",
  );
  await record
    .getByTestId("record-actions")
    .getByRole("button", { name: "批准", exact: true })
    .waitFor({
      timeout: 10_000,
    });
  await act(
    record,
    "批准",
    { 批准机关: "阜康市人民政府", 批准文号: "阜政函〔2026〕18号" },
    "已批准",
  );
  await expectStatus(record, "已批准");
  await act(record, "公告", { 公告编号: "阜康市地名公告〔2026〕第3号" }, "已公告");
  await expectStatus(record, "已公告");
  const stages = ((await record.getByTestId("record-stages").textContent()) ?? "").replace(
    /\s+/g,
    " ",
  );
  assert.match(stages, /阜政函〔2026〕18号/, `the stages lack the approval: ${stages}`);
  assert.match(
    stages,
    /阜康市地名公告〔2026〕第3号/,
    `the stages lack the announcement: ${stages}`,
  );

  // found by its pinyin (the search index is rebuilt in the background after a change); the
  // messages of the steps are gone first, for the screenshot
  await page
    .waitForFunction(() => document.querySelectorAll(".el-message").length === 0, null, {
      timeout: 8_000,
    })
    .catch(() => {});
  const query = pinyinLine.toLowerCase().replace(/[^a-z]/g, "");
  const search = page.getByPlaceholder("查找地名：名称、拼音或首字母");
  const hit = page.locator(".name-search-results li", { hasText: southRoad });
  const deadline = Date.now() + 15_000;
  for (;;) {
    await search.fill("");
    await search.fill(query);
    try {
      await hit.first().waitFor({ timeout: 2_000 });
      break;
    } catch {
      if (Date.now() > deadline) {
        const shown = await page
          .locator(".name-search-results")
          .textContent()
          .catch(() => "");
        assert.fail(`「${query}」 does not find ${southRoad}; the results: ${shown}`);
      }
    }
  }
  const hitText = ((await hit.first().textContent()) ?? "").replace(/\s+/g, " ");
  assert.ok(hitText.includes(pinyinLine), `the hit lacks the romanization: ${hitText}`);
  assert.ok(hitText.includes("阜康市"), `the hit lacks the division: ${hitText}`);
  await panel().evaluate((element) => element.scrollTo(0, 0));
  await page.waitForTimeout(400); // the results' fade-in
  await screenshot(page, "names.png");
  await hit.first().click();
  await waitForText(
    record.getByTestId("record-name"),
    (t) => t === southRoad,
    "the hit did not open the record",
  );
  await expectStatus(record, "已公告");

  assert.deepEqual(pageErrors, [], "the page threw errors");
});
