// Walks every workspace, as every role, against a running backend with the demo data and users.
//
//   BASE_URL=http://localhost:8080 npm run e2e
//
// For anonymous visitors and each demo role: opens the app, logs in through the dialog and opens
// each workspace of the header; anonymously and as the administrator also every tab and view
// switch found in it (so that a new tab is walked without touching this file) and a few key views
// and dialogs (a county's record, a place name found by search and its record, the annual update,
// the facility import); and the field app (/field) as an inspector: its rounds, tasks and record
// form. At every step the visible text must show no division code where a name belongs, no enum
// word of the server's types and no ISO UTC timestamp (`readable.mjs`). As the administrator it
// also saves a screenshot of every workspace at 1440×900 and 1024×768
// (`workspace-<name>-<width>.png`).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { BASE_URL, getJson, launchBrowser, screenshot } from "./support.mjs";
import { enumWords, findUnreadable } from "./readable.mjs";

const PASSWORD = "changji-demo";
const ROLES = [
  // anonymous visitors see the workspaces without their data: every tab of theirs is walked too
  { username: null, walk: true },
  { username: "fukang.officer" },
  { username: "inspector" },
  { username: "planner" },
  // last: the topology check started in before() has had time to finish. The administrator sees
  // every view, so only its walk goes through every tab (to keep the suite fast)
  { username: "admin", walk: true, screenshots: true },
];
/** File names of the workspaces' screenshots, by the header's tab. */
const SLUGS = {
  区划: "divisions",
  地名: "names",
  地址: "addresses",
  界线: "boundaries",
  联检: "inspection",
  规划: "planning",
};
const WIDE = { width: 1440, height: 900 };
const TABLET = { width: 1024, height: 768 };
/** At most this many tabs and view switches are walked in one workspace. */
const MAX_STEPS = 40;

let browser;
let words;
/** The topology check run started for the walk (so that the findings table has rows). */
let checkJob = null;

before(async () => {
  browser = await launchBrowser();
  words = await enumWords();
  const started = await fetch(`${BASE_URL}/api/boundary/checks`, {
    method: "POST",
    headers: { Authorization: "Bearer demo-admin-token" },
  });
  assert.equal(started.status, 202, "the topology check starts");
  checkJob = started.headers.get("Location");
});

after(async () => {
  await browser?.close();
});

/** Waits until the job at `location` has ended. */
async function jobEnded(location) {
  for (let i = 0; i < 600; i++) {
    const job = await getJson(location, "admin");
    if (!["QUEUED", "RUNNING"].includes(job.state)) return job;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the job ${location} did not end`);
}

/**
 * A page of its own for one role, with a count of the requests under way so that a step can wait
 * until the page has its data (no fixed sleeps).
 */
async function openPage(viewport) {
  const context = await browser.newContext({ viewport, locale: "zh-CN" });
  const page = await context.newPage();
  const pending = new Set();
  // tiles and the polling of a job's progress are not data a view waits for: a map may keep
  // loading tiles and a running job keeps polling while the text is already there
  const awaited = (r) => !/\/tiles\/|\/api\/jobs\//.test(r.url());
  page.on("request", (r) => awaited(r) && pending.add(r));
  page.on("requestfinished", (r) => pending.delete(r));
  page.on("requestfailed", (r) => pending.delete(r));
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  /** Until no request has been under way for 250 ms (at most 8 s) and nothing is loading. */
  page.settle = async () => {
    let quietSince = Date.now();
    const deadline = Date.now() + 8_000;
    while (Date.now() < deadline) {
      const loading = await page
        .locator(".el-loading-mask:visible, .is-loading:visible")
        .count()
        .catch(() => 0);
      if (pending.size > 0 || loading > 0) quietSince = Date.now();
      else if (Date.now() - quietSince >= 250) return;
      await page.waitForTimeout(100);
    }
  };
  return { context, page, errors };
}

/** A screenshot once the messages (e.g. the welcome after logging in) have gone. */
async function shoot(page, name) {
  await page
    .locator(".el-message")
    .first()
    .waitFor({ state: "hidden", timeout: 6_000 })
    .catch(() => {});
  await screenshot(page, name);
}

/** Checks the page's visible text; what it shows wrongly is added to `problems` with `where`. */
async function check(page, where, problems) {
  await page.settle();
  for (const found of await page.evaluate(findUnreadable, words)) {
    problems.push(`${where}: ${found.kind} 「${found.match}」 in 「${found.context}」`);
  }
}

async function logIn(page, username, problems) {
  const header = page.locator("header.app-header");
  await header.getByRole("button", { name: "登录" }).click();
  const dialog = page.getByRole("dialog", { name: "用户登录" });
  await dialog.getByLabel("用户名").fill(username);
  await dialog.getByLabel("密码").fill(PASSWORD);
  await check(page, "login dialog", problems);
  await dialog.getByRole("button", { name: "登录" }).click();
  await header.getByRole("button", { name: "退出" }).waitFor({ timeout: 10_000 });
  await dialog.waitFor({ state: "hidden" });
}

/** The visible workspace (the header's tabs show one `main` at a time). */
const workspaceOf = (page) => page.locator("main.app-body:visible");

/**
 * Clicks, one after the other, every tab and radio button of the visible workspace not yet
 * clicked (also those that appear on the way), checking the page after each.
 */
async function walkViews(page, name, problems) {
  const done = new Set();
  for (let step = 0; step < MAX_STEPS; step++) {
    const candidates = workspaceOf(page).locator(
      // the radio buttons of a form are its inputs, not views
      "[role=tab]:visible:not(.is-disabled), " +
        ":not(.el-form-item__content) > .el-radio-group > .el-radio-button:visible:not(.is-disabled)",
    );
    let next = null;
    let key = null;
    for (const candidate of await candidates.all()) {
      const label = (await candidate.innerText()).trim();
      const group = await candidate.evaluate(
        (el) => el.closest("[role=radiogroup], [role=tablist]")?.getAttribute("aria-label") ?? "",
      );
      if (!done.has(`${group}/${label}`)) {
        next = candidate;
        key = `${group}/${label}`;
        break;
      }
    }
    if (!next) return;
    done.add(key);
    await next.click();
    await check(page, `${name} › ${key}`, problems);
  }
}

/** Key views and dialogs of a workspace that its tabs do not reach. */
const EXTRAS = {
  async 区划(page, problems) {
    const county = page.locator(".county-list button.county").first();
    if (!(await county.isVisible())) return;
    await county.click();
    await check(page, "区划 › a county", problems);
  },
  async 地名(page, problems) {
    const workspace = workspaceOf(page);
    const map = workspace.locator(".el-radio-button", { hasText: "地名地图" });
    if (await map.isVisible()) await map.click();
    const search = workspace.getByPlaceholder("查找地名：名称、拼音或首字母");
    await search.fill("三工");
    const hit = page.locator(".name-search-results li").first();
    await hit.waitFor({ timeout: 15_000 });
    await check(page, "地名 › search results", problems);
    await hit.click();
    await check(page, "地名 › a name's record", problems);
    const annual = workspace.getByRole("button", { name: "年度更新上报" });
    if (await annual.isVisible()) {
      await annual.click();
      const dialog = page.getByRole("dialog", { name: "年度更新上报" });
      await dialog.waitFor();
      await check(page, "地名 › 年度更新上报", problems);
      await dialog
        .getByRole("button", { name: /取消|关闭/ })
        .first()
        .click();
      await dialog.waitFor({ state: "hidden" });
    }
  },
  async 规划(page, problems) {
    const open = workspaceOf(page).getByRole("button", { name: /导入/ }).first();
    if (!(await open.isVisible())) return;
    await open.click();
    const dialog = page.getByRole("dialog", { name: /导入/ });
    await dialog.waitFor();
    await check(page, "规划 › 导入", problems);
    await dialog
      .getByRole("button", { name: /取消|关闭/ })
      .first()
      .click();
    await dialog.waitFor({ state: "hidden" });
  },
};

for (const role of ROLES) {
  const who = role.username ?? "anonymous";
  test(`as ${who}, no workspace shows a code for a name, an enum word or a UTC time`, async () => {
    const { context, page, errors } = await openPage(WIDE);
    const problems = [];
    try {
      await page.goto(`${BASE_URL}/`);
      const header = page.locator("header.app-header");
      const tabs = header.getByRole("tab");
      const tab = (name) => header.getByRole("tab", { name, exact: true });
      await tabs.first().waitFor({ timeout: 15_000 });
      await check(page, "opening", problems);
      if (role.username) await logIn(page, role.username, problems);
      const names = (await tabs.allInnerTexts()).map((t) => t.trim());
      assert.ok(names.length >= 6, `the header has the workspaces: ${names.join(" ")}`);
      if (role.screenshots && checkJob) await jobEnded(checkJob);
      for (const name of names) {
        await tab(name).click();
        await workspaceOf(page).waitFor();
        await check(page, name, problems);
        if (role.screenshots) await shoot(page, `workspace-${SLUGS[name] ?? name}-1440.png`);
        if (!role.walk) continue;
        await walkViews(page, name, problems);
        await EXTRAS[name]?.(page, problems);
      }
      if (role.screenshots) {
        // the tablet: each workspace again, as it first opens (the page is opened anew)
        // (there the header's tabs fold into a menu)
        await page.setViewportSize(TABLET);
        await page.reload();
        const menu = header.getByRole("button", { name: "切换工作台" });
        await menu.waitFor({ timeout: 15_000 });
        for (const name of names) {
          await menu.click();
          await page.getByRole("menuitem", { name, exact: true }).click();
          await menu.filter({ hasText: name }).waitFor();
          await workspaceOf(page).waitFor();
          await check(page, `${name} at 1024×768`, problems);
          await shoot(page, `workspace-${SLUGS[name] ?? name}-1024.png`);
        }
      }
      assert.deepEqual(problems, [], `what ${who} sees:\n${problems.join("\n")}`);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

test("the field app (/field), as an inspector, shows no code for a name, enum word or UTC time", async () => {
  const { context, page, errors } = await openPage(TABLET);
  const problems = [];
  try {
    await page.goto(`${BASE_URL}/field`);
    await page.getByLabel("用户名").fill("inspector");
    await page.getByLabel("密码").fill(PASSWORD);
    await check(page, "/field login", problems);
    await page.getByRole("button", { name: "登录" }).click();
    const download = page.locator('[data-testid^="download-"]').first();
    await download.waitFor({ timeout: 15_000 });
    await check(page, "/field rounds", problems);
    await download.click();
    const task = page.locator('.task-list [data-testid^="task-"]').first();
    await task.waitFor({ timeout: 30_000 });
    await check(page, "/field tasks", problems);
    await task.click();
    await page.getByTestId("record-form").waitFor();
    await check(page, "/field record form", problems);
    await shoot(page, "workspace-field-1024.png");
    await page.setViewportSize(WIDE);
    await check(page, "/field at 1440×900", problems);
    await shoot(page, "workspace-field-1440.png");
    assert.deepEqual(problems, [], `what the field app shows:\n${problems.join("\n")}`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
