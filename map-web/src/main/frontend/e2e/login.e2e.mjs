// Browser test: logging in and out refreshes the workspaces that are open, without a page reload;
// a session that ends during work asks for a new login and sends the refused request again.
//
//   BASE_URL=http://localhost:8080 node --test e2e/login.e2e.mjs
//
// Anonymously: 联检 has no rounds and says to log in; 规划 has no facility types and asks for a
// login, with no red 「此操作需要登录…」. After logging in through the header: 联检 shows the round
// and its records, 规划 its facility types. After logging out both are empty again. The page is
// never reloaded (a marker set in the page survives).
/* global window -- used in code that runs in the page */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { BASE_URL, launchBrowser, logIn, screenshot, VIEWPORT } from "./support.mjs";

const PASSWORD = "changji-demo";
const ROUND = "第四轮联检 奇台县—木垒县界线（演示）";

let browser;
const pageErrors = [];

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

async function newPage() {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: "zh-CN" });
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${BASE_URL}/`);
  await page.locator("header.app-header").getByRole("button", { name: "登录" }).waitFor();
  // a reload would lose this
  await page.evaluate(() => {
    window.notReloaded = true;
  });
  return page;
}

const tab = (page, name) =>
  page.locator("header.app-header").getByRole("tab", { name, exact: true }).click();

test("login after opening 联检 and 规划 shows the user's data without a reload", async () => {
  const page = await newPage();
  const desk = page.getByTestId("inspection-desk");
  const planning = page.getByTestId("planning-workspace");
  // Element Plus hides the native box: the label stands for it
  const dayCare = planning.locator("label.el-checkbox", { hasText: "社区日间照料中心" });

  await tab(page, "联检");
  await desk.getByTestId("login-hint").waitFor({ timeout: 15_000 });
  assert.equal(await desk.getByText(ROUND).count(), 0, "no round for an anonymous user");
  await tab(page, "规划");
  await planning.waitFor({ timeout: 15_000 });
  await planning.getByText("请先登录（规划人员）以运行分析和查看指标").waitFor();
  assert.equal(await dayCare.count(), 0, "no facility types for an anonymous user");
  assert.equal(await page.getByText("此操作需要登录").count(), 0, "no red refusal");

  await logIn(page, "admin", PASSWORD, "系统管理员");

  // 规划, open now: the facility types arrive, the refusal never shows
  await dayCare.waitFor({ timeout: 15_000 });
  assert.match(
    (await dayCare.getAttribute("class")) ?? "",
    /is-checked/,
    "the default type is shown chosen",
  );
  assert.equal(await page.getByText("此操作需要登录").count(), 0, "no red refusal after login");
  assert.equal(await planning.getByText("请先登录（规划人员）").count(), 0);
  // 联检, opened before the login: the round and its records
  await tab(page, "联检");
  await desk.getByTestId("round-select").getByText(ROUND).waitFor({ timeout: 15_000 });
  await desk.getByTestId("records").locator("tbody tr").first().waitFor({ timeout: 15_000 });
  assert.equal(await desk.getByTestId("login-hint").count(), 0);
  await screenshot(page, "login-refreshes-inspection.png");
  assert.equal(await page.evaluate(() => window.notReloaded), true, "the page was not reloaded");

  await page.locator("header.app-header").getByRole("button", { name: "退出" }).click();
  await desk.getByTestId("login-hint").waitFor({ timeout: 15_000 });
  assert.equal(await desk.getByText(ROUND).count(), 0, "the round goes with the logout");
  assert.equal(await desk.getByTestId("records").count(), 0, "and its records");
  await tab(page, "规划");
  await planning.getByText("请先登录（规划人员）以运行分析和查看指标").waitFor();
  assert.equal(await dayCare.count(), 0, "the facility types go with the logout");
  assert.equal(await page.evaluate(() => window.notReloaded), true, "the page was not reloaded");
  assert.deepEqual(pageErrors, []);
  await page.context().close();
});

test("a session that ends during work asks for a new login, keeps the input and retries", async () => {
  const page = await newPage();
  await logIn(page, "planner", PASSWORD, "州民政局规划人员");
  await tab(page, "规划");
  const planning = page.getByTestId("planning-workspace");
  await planning
    .locator("label.el-checkbox", { hasText: "社区日间照料中心" })
    .waitFor({ timeout: 15_000 });
  const minutes = planning.getByLabel("步行时间（分钟）");
  await minutes.fill("20");
  await minutes.press("Tab");

  const runs = [];
  page.on("response", (response) => {
    const request = response.request();
    if (request.method() === "POST" && request.url().includes("/api/planning/coverage-runs")) {
      runs.push({ status: response.status(), body: request.postData() ?? "" });
    }
  });
  // the session ends behind the page's back (expired, or logged out elsewhere)
  await page.context().clearCookies();
  await planning.getByTestId("run-coverage").click();

  const dialog = page.getByRole("dialog", { name: "用户登录" });
  await dialog.waitFor({ timeout: 15_000 });
  await dialog.getByTestId("login-reason").waitFor();
  await screenshot(page, "login-again.png");
  await dialog.getByLabel("用户名").fill("planner");
  await dialog.getByLabel("密码").fill(PASSWORD);
  await dialog.getByRole("button", { name: "登录" }).click();
  await dialog.waitFor({ state: "hidden", timeout: 10_000 });

  // the refused run was sent again after the login, with what the user had typed
  await planning.locator(".progress").waitFor({ timeout: 15_000 });
  for (let i = 0; i < 50 && runs.length < 2; i++) await page.waitForTimeout(100);
  assert.deepEqual(
    runs.map((r) => r.status),
    [401, 202],
    `the run was refused, then accepted: ${JSON.stringify(runs)}`,
  );
  assert.equal(JSON.parse(runs[1].body).walkMinutes, 20, "the retried run carries the input");
  assert.equal(await minutes.inputValue(), "20", "the input is still there");
  assert.equal(await page.evaluate(() => window.notReloaded), true, "the page was not reloaded");
  assert.deepEqual(pageErrors, []);
  await page.context().close();
});
