// Browser test of editing against a running backend with the demo users.
//
//   BASE_URL=http://localhost:8080 npm run e2e
//
// Logs in through the dialog as the officer of 阜康市, selects 阜康市 by clicking it on the map,
// edits its remarks, saves, and finds the change in its audit trail; on 昌吉市, outside the
// officer's jurisdiction, 「编辑」 is not offered. Everything is done through the UI; the API is only
// read for the label points to click at.
/* global document -- used in code that runs in the page */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { getJson, openMap, pixelOf, screenshot, openPage } from "./support.mjs";

const FUKANG = "652302000000";
const CHANGJI = "652301000000";
const USER = { username: "fukang.officer", password: "changji-demo" };
const DISPLAY_NAME = "阜康市区划地名管理员";

let browser;
let page;
const pageErrors = [];

before(async () => {
  ({ browser, page } = await openPage(pageErrors));
});

after(async () => {
  await browser?.close();
});

const panel = () => page.getByTestId("division-panel");

async function panelText() {
  return ((await panel().textContent()) ?? "").replace(/\s+/g, " ").trim();
}

/** Clicks a division at its label point and waits until the side panel shows it. */
async function selectOnMap(box, division) {
  const { x, y } = pixelOf(division.labelPoint, box);
  await page.mouse.click(x, y);
  try {
    await page.waitForFunction(
      ([name, code]) => {
        const text = document.querySelector("[data-testid=division-panel]")?.textContent ?? "";
        return text.includes(name) && text.includes(code);
      },
      [division.name, division.code],
      { timeout: 10_000 },
    );
  } catch {
    assert.fail(
      `clicked ${division.name} at pixel (${x.toFixed(0)}, ${y.toFixed(0)}), ` +
        `but the side panel shows: ${(await panelText()).slice(0, 300)}`,
    );
  }
}

async function divisionAt(code) {
  const feature = await getJson(`/ogc/collections/divisions/items/${code}`);
  const { name, labelPoint } = feature.properties;
  assert.ok(Array.isArray(labelPoint), `${name} (${code}) has no labelPoint`);
  return { code, name, labelPoint };
}

test("an officer edits a division of the jurisdiction and finds it in the audit trail", async () => {
  const fukang = await divisionAt(FUKANG);
  const changji = await divisionAt(CHANGJI);
  const box = await openMap(page);

  // log in through the dialog
  const header = page.locator("header.app-header");
  await header.getByRole("button", { name: "登录" }).click();
  const dialog = page.getByRole("dialog", { name: "用户登录" });
  await dialog.getByLabel("用户名").fill(USER.username);
  await dialog.getByLabel("密码").fill(USER.password);
  await dialog.getByRole("button", { name: "登录" }).click();
  await header.getByText(DISPLAY_NAME).waitFor({ timeout: 10_000 });
  await header.getByText("区划地名管理员", { exact: true }).waitFor();
  await header.getByRole("button", { name: "退出" }).waitFor();
  await dialog.waitFor({ state: "hidden" });

  // select 阜康市 on the map and edit its remarks
  await selectOnMap(box, fukang);
  await panel().getByRole("button", { name: "编辑", exact: true }).click();
  const form = page.getByTestId("edit-form");
  const remarks = form.getByLabel("备注");
  await remarks.waitFor({ timeout: 10_000 });
  const marker = `浏览器测试 ${Date.now().toString(36)}`;
  await remarks.fill(`界线复核：${marker}`);
  await screenshot(page, "edit.png");
  await form.getByRole("button", { name: "保存" }).click();
  await page.getByText("已保存", { exact: true }).waitFor({ timeout: 10_000 });
  await form.waitFor({ state: "detached" });

  // the panel shows the saved remark; the audit trail has the change by this officer
  await panel().getByText(`界线复核：${marker}`).waitFor({ timeout: 10_000 });
  await panel().getByRole("tab", { name: "修改记录" }).click();
  const trail = page.getByTestId("audit-trail");
  const entry = trail.locator("li.entry").first();
  await entry.waitFor({ timeout: 10_000 });
  const entryText = ((await entry.textContent()) ?? "").replace(/\s+/g, " ");
  assert.match(entryText, /修改/, `the newest entry is not an update: ${entryText}`);
  assert.ok(
    entryText.includes(USER.username),
    `the newest entry is not by ${USER.username}: ${entryText}`,
  );
  assert.ok(entryText.includes(marker), `the newest entry lacks the remark: ${entryText}`);
  assert.ok(
    entryText.includes("备注："),
    `the newest entry shows no diff of the remarks: ${entryText}`,
  );
  await screenshot(page, "audit.png");

  // 昌吉市: the role may edit, the jurisdiction does not contain it: 「编辑」 is not offered
  const changjiOptions = page.waitForResponse(
    (r) =>
      r.request().method() === "OPTIONS" &&
      r.url().endsWith(`/ogc/collections/divisions/items/${CHANGJI}`),
  );
  await selectOnMap(box, changji);
  const allow = (await changjiOptions).headers()["allow"] ?? "";
  assert.doesNotMatch(allow, /PUT/, `OPTIONS on 昌吉市 offers ${allow} to ${USER.username}`);
  await panel().getByRole("tab", { name: "基本信息" }).waitFor({ timeout: 10_000 });
  assert.equal(
    await panel().getByRole("button", { name: "编辑", exact: true }).count(),
    0,
    "「编辑」 is offered on 昌吉市, outside the jurisdiction",
  );

  // log out
  await header.getByRole("button", { name: "退出" }).click();
  await header.getByRole("button", { name: "登录" }).waitFor({ timeout: 10_000 });
  assert.equal(
    await panel().getByRole("button", { name: "编辑", exact: true }).count(),
    0,
    "after logging out nobody may edit",
  );

  assert.deepEqual(pageErrors, [], "the page threw errors");
});
