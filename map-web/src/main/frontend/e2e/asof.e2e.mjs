// Browser test of the as-of day against a running backend (with the Changji demo data).
//
//   BASE_URL=http://localhost:8080 node --test e2e/asof.e2e.mjs
//
// A viewer moves the 区划 map and panel to 2021-06-01 and sees the divisions of that day: 阜康市's
// township 上户沟哈萨克族乡 under its 2021 name 上户沟哈萨克民族乡, with its history, and
// 吉木萨尔县's 五彩湾工业园区 before it became 五彩湾镇; 「今天」 brings today back; the 界线 map
// redraws for the day chosen there. Screenshots: asof.png, asof-history.png, asof-boundaries.png.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { BASE_URL, getJson, logIn, openMap, screenshot, openPage } from "./support.mjs";

const VIEWER = { username: "viewer", password: "changji-demo", displayName: "查看人员" };
const DAY = "2021-06-01";
const DAY_TEXT = "2021年6月1日";
const FUKANG = { code: "652302000000", name: "阜康市" };
const JIMSAR = { code: "652327000000", name: "吉木萨尔县" };
const SHANGHUGOU = { code: "652302201000", before: "上户沟哈萨克民族乡", now: "上户沟哈萨克族乡" };
const WUCAIWAN = { before: "五彩湾工业园区", now: "五彩湾镇" };

let browser;
let page;
const pageErrors = [];
const requests = [];

before(async () => {
  ({ browser, page } = await openPage(pageErrors));
  page.on("request", (request) => requests.push(request.url()));
});

after(async () => {
  await browser?.close();
});

const panel = () => page.getByTestId("division-panel");
const children = (day) => page.locator(`[data-testid=child-divisions][data-as-of="${day}"]`);

/** The text of `locator` on one line, for messages. */
async function textOf(locator) {
  return ((await locator.textContent()) ?? "").replace(/\s+/g, " ").trim();
}

/** Types `text` into the date input inside `scope` and confirms it with Enter. */
async function typeDay(scope, text) {
  const input = scope.locator(".el-date-editor input").first();
  await input.click();
  await input.press("Control+A");
  await input.fill(text);
  await input.press("Enter");
  await page.keyboard.press("Escape");
}

/** Picks a county from the list of the home counties (the panel shows it, today's or the day's). */
async function pickCounty(county) {
  if (await panel().getByRole("button", { name: "‹ 返回县市列表" }).isVisible()) {
    await panel().getByRole("button", { name: "‹ 返回县市列表" }).click();
  }
  await panel().locator("button.county", { hasText: county.name }).click();
  await panel().locator("h2", { hasText: county.name }).waitFor({ timeout: 10_000 });
}

test("the 区划 map and panel show the divisions of 2021-06-01, and 界线 follows its own day", async () => {
  // the records the test expects, read from the API first
  const old = await getJson(`/api/divisions/${SHANGHUGOU.code}?date=${DAY}`);
  assert.equal(old.name, SHANGHUGOU.before, `${SHANGHUGOU.code} on ${DAY}`);

  const box = await openMap(page);
  assert.equal(box.y, 56, "the as-of control must float over the map, not push it down");
  await logIn(page, VIEWER.username, VIEWER.password, VIEWER.displayName);
  const today = await page.locator("#map").getAttribute("data-as-of");
  assert.match(today ?? "", /^\d{4}-\d{2}-\d{2}$/, "the map says which day it shows");

  // today: the current names
  await pickCounty(FUKANG);
  await children(today).getByText(SHANGHUGOU.now).waitFor({ timeout: 10_000 });

  // move the day to 2021-06-01 with the date input
  await typeDay(page.locator("#map .as-of-bar"), DAY_TEXT);
  await page
    .locator(`#map[data-as-of="${DAY}"][data-divisions="loaded"]`)
    .waitFor({ timeout: 20_000 })
    .catch(async (error) => {
      const note = await textOf(page.getByTestId("as-of-note"));
      throw new Error(`the map did not redraw for ${DAY} (note: ${note}): ${error.message}`);
    });
  assert.equal(
    await page.locator("#map .as-of-bar .el-date-editor input").inputValue(),
    DAY_TEXT,
    "the date input writes the day in Chinese",
  );
  assert.ok(
    requests.some((url) => url.includes("level=3") && url.includes(`datetime=${DAY}`)),
    `the counties of ${DAY} should have been asked for`,
  );
  assert.match(await textOf(page.getByTestId("as-of-note")), /历史区划：2021年6月1日/);
  assert.match(await textOf(page.getByTestId("as-of-banner")), /2021年6月1日/);
  assert.equal(await panel().getByTestId("edit-button").count(), 0, "no 编辑 on a past day");

  // the township appears under its 2021 name, with a note that the name ended later
  const township = children(DAY).locator(`button[data-code="${SHANGHUGOU.code}"]`);
  await township.waitFor({ timeout: 10_000 });
  const townshipText = await textOf(township);
  assert.match(
    townshipText,
    new RegExp(SHANGHUGOU.before),
    `the 2021 entry reads: ${townshipText}`,
  );
  assert.match(townshipText, /此名称使用至2023年6月29日/);
  const listText = await textOf(children(DAY));
  assert.ok(!listText.includes(SHANGHUGOU.now), `2021's townships list today's name: ${listText}`);
  assert.match(listText, /截至2021年6月1日/);
  await township.scrollIntoViewIfNeeded();
  await screenshot(page, "asof.png");

  // the township's history: both versions, the day's one marked, and the renaming
  await township.click();
  const history = panel().getByTestId("division-history");
  await history.getByText("更名").waitFor({ timeout: 10_000 });
  const historyText = await textOf(history);
  for (const expected of [
    SHANGHUGOU.before,
    SHANGHUGOU.now,
    "记录之前起至2023年6月29日",
    "2023年6月30日起至今",
    "2021年6月1日有效",
    `${SHANGHUGOU.before} → ${SHANGHUGOU.now}`,
    "国家统计局2021年统计用区划代码",
  ]) {
    assert.ok(historyText.includes(expected), `history lacks 「${expected}」: ${historyText}`);
  }
  await history.scrollIntoViewIfNeeded();
  await screenshot(page, "asof-history.png");

  // another county on the same day: the park before it became a town
  await pickCounty(JIMSAR);
  await children(DAY).getByText(WUCAIWAN.before).waitFor({ timeout: 10_000 });
  assert.ok(!(await textOf(children(DAY))).includes(WUCAIWAN.now), `${WUCAIWAN.now} in 2021`);

  // 今天 brings today back
  await page.locator("#map .as-of-bar").getByRole("button", { name: "今天" }).click();
  await page
    .locator(`#map[data-as-of="${today}"][data-divisions="loaded"]`)
    .waitFor({ timeout: 20_000 });
  await children(today).getByText(WUCAIWAN.now).waitFor({ timeout: 10_000 });

  // 界线: its own as-of control redraws the lines and says what it drew
  await page.locator("nav.workspaces").getByRole("tab", { name: "界线" }).click();
  const boundaryMap = page.getByTestId("boundary-map");
  await page.locator(`[data-testid=boundary-map][data-as-of="${today}"]`).waitFor({
    timeout: 30_000,
  });
  await typeDay(page.getByTestId("boundary-workspace").locator(".toolbar"), DAY_TEXT);
  await page
    .locator(`[data-testid=boundary-map][data-as-of="${DAY}"]`)
    .waitFor({ timeout: 30_000 })
    .catch(async (error) => {
      throw new Error(
        `界线 did not redraw for ${DAY} (${await textOf(boundaryMap)}): ${error.message}`,
      );
    });
  const drawn = await textOf(page.getByTestId("as-of-day"));
  assert.match(drawn, /2021年6月1日：县级区划 \d+ 个，界线 \d+ 条/, `界线 caption: ${drawn}`);
  assert.ok(
    requests.some((url) => url.includes("boundary-lines") && url.includes(`datetime=${DAY}`)),
    `the lines of ${DAY} should have been asked for`,
  );
  await screenshot(page, "asof-boundaries.png");

  assert.deepEqual(pageErrors, [], "the page threw errors");
  assert.ok(BASE_URL);
});
