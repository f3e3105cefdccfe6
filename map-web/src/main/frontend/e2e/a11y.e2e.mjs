// Browser test of the header on a tablet (1024×768: the tabs fold into a menu, the header keeps
// one line) and of accessibility on every workspace, anonymous and logged in: every text at a
// contrast of at least 4.5:1 and every control named (axe-core), each map focusable with the
// keyboard, panned with the arrow keys and zoomed with + and -.
//
//   BASE_URL=http://localhost:8080 node --test e2e/a11y.e2e.mjs
/* global document -- used in code that runs in the page */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { a11yViolations } from "./axe.mjs";
import { BASE_URL, logIn, screenshot, openPage } from "./support.mjs";

const TABLET = { width: 1024, height: 768 };
const ADMIN = { username: "admin", password: "changji-demo", displayName: "系统管理员" };
const WORKSPACES = ["区划", "地名", "地址", "界线", "联检", "规划"];
let browser;
let page;
const pageErrors = [];
let inFlight = 0;

before(async () => {
  ({ browser, page } = await openPage(pageErrors, { viewport: TABLET }));
  page.on("request", () => inFlight++);
  page.on("requestfinished", () => inFlight--);
  page.on("requestfailed", () => inFlight--);
});

after(async () => {
  await browser?.close();
});

/** Waits until no request has been open for 400 ms (what a workspace loads has arrived). */
async function settled() {
  let quietSince = Date.now();
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (inFlight > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= 400) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The header's boxes: every child on the header's one line, nothing cut off at the side. */
async function headerLayout() {
  return page.locator("header.app-header").evaluate((header) => {
    const box = header.getBoundingClientRect();
    const children = [...header.children].filter((c) => c.getBoundingClientRect().width > 0);
    return {
      height: box.height,
      overflow: header.scrollWidth - header.clientWidth,
      outside: children
        .filter((c) => {
          const r = c.getBoundingClientRect();
          return r.top < box.top || r.bottom > box.bottom || r.right > box.right + 0.5;
        })
        .map((c) => c.className || c.tagName),
      lines: new Set(children.map((c) => Math.round(c.getBoundingClientRect().top / 40))).size,
      titleHeight: header.querySelector("h1").getBoundingClientRect().height,
    };
  });
}

async function assertOneLine(what) {
  const layout = await headerLayout();
  assert.equal(layout.height, 56, `${what}: the header stays 56 px high`);
  assert.ok(layout.overflow <= 0, `${what}: nothing overflows the header (${layout.overflow} px)`);
  assert.deepEqual(layout.outside, [], `${what}: every part of the header inside it`);
  assert.ok(layout.titleHeight < 40, `${what}: the title on one line (${layout.titleHeight} px)`);
}

/** Opens a workspace through the header's menu (the tablet's header) and waits for its data. */
async function openWorkspace(name) {
  await page.getByRole("button", { name: "切换工作台" }).click();
  await page.getByRole("menuitem", { name, exact: true }).click();
  await page.getByRole("button", { name: "切换工作台" }).filter({ hasText: name }).waitFor();
  await page.locator("main.app-body:visible").waitFor();
  if (["区划", "地名", "界线", "规划"].includes(name)) {
    await page.locator("main.app-body:visible [data-keyboard-map] canvas").first().waitFor();
  }
  await settled();
}

/** The readout's lon/lat of the map's centre, after a key moved the map. */
async function centreAfter(map, key) {
  const readout = map.locator(".coordinate-readout");
  const before = await readout.textContent();
  await page.keyboard.press(key);
  await page.waitForFunction(
    ([element, previous]) =>
      element.dataset.source === "centre" && element.textContent !== previous,
    [await readout.elementHandle(), before],
    { timeout: 10_000 },
  );
  const text = (await readout.textContent()) ?? "";
  const match = /经度 ([\d.]+)° 纬度 ([\d.]+)°/.exec(text);
  assert.ok(match, `the readout shows the centre: ${text}`);
  return [Number(match[1]), Number(match[2])];
}

/** Metres per pixel of the scale line, after a key zoomed the map. */
async function scaleAfter(map, key) {
  const line = map.locator(".ol-scale-line-inner");
  const state = (e) => `${e.getAttribute("style")} ${e.textContent}`;
  const before = await line.evaluate(state);
  await page.keyboard.press(key);
  await page.waitForFunction(
    ([element, previous]) => `${element.getAttribute("style")} ${element.textContent}` !== previous,
    [await line.elementHandle(), before],
    { timeout: 10_000 },
  );
  // the zoom animates: read the scale once it has stopped changing
  let last = await line.evaluate(state);
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(150);
    const now = await line.evaluate(state);
    if (now === last) break;
    last = now;
  }
  return metresPerPixel(line);
}

async function metresPerPixel(line) {
  const { text, width } = await line.evaluate((e) => ({
    text: e.textContent ?? "",
    width: e.getBoundingClientRect().width,
  }));
  const match = /([\d.]+)\s*(km|m)/.exec(text);
  assert.ok(match, `the scale line says a distance: ${text}`);
  return (Number(match[1]) * (match[2] === "km" ? 1000 : 1)) / width;
}

/** Each map shown: focusable and named; arrows pan it, + and - zoom it. */
async function checkKeyboard(workspace) {
  const maps = page.locator("main.app-body:visible [data-keyboard-map]");
  const count = await maps.count();
  for (let i = 0; i < count; i++) {
    const map = maps.nth(i);
    if (!(await map.isVisible())) continue;
    const what = `${workspace}, map ${i + 1}`;
    assert.equal(await map.getAttribute("tabindex"), "0", `${what}: in the tab order`);
    assert.match((await map.getAttribute("aria-label")) ?? "", /地图.*方向键/, what);
    await map.focus();
    assert.ok(await map.evaluate((e) => document.activeElement === e), `${what}: has the focus`);
    const [lon0, lat0] = await centreAfter(map, "ArrowRight");
    const [lon1] = await centreAfter(map, "ArrowRight");
    assert.ok(lon1 > lon0, `${what}: → moves the view east (${lon0} → ${lon1})`);
    const [, lat1] = await centreAfter(map, "ArrowUp");
    assert.ok(lat1 > lat0, `${what}: ↑ moves the view north (${lat0} → ${lat1})`);
    const scale0 = await metresPerPixel(map.locator(".ol-scale-line-inner"));
    // - first (a map may open at its closest zoom, e.g. on one address), then + as typed on most
    // keyboards (Shift and =)
    const scale1 = await scaleAfter(map, "Minus");
    assert.ok(scale1 > scale0 * 1.5, `${what}: - zooms out (${scale0} → ${scale1} m/px)`);
    const scale2 = await scaleAfter(map, "Shift+Equal");
    assert.ok(scale2 < scale1 * 0.75, `${what}: + zooms in (${scale1} → ${scale2} m/px)`);
  }
  return count;
}

test("at 1024×768 the header keeps one line: the tabs fold into a menu", async () => {
  await page.goto(`${BASE_URL}/`);
  await page.locator("#map canvas").waitFor();
  assert.equal(await page.getByRole("tablist", { name: "工作台" }).count(), 0);
  await assertOneLine("anonymous");
  await logIn(page, ADMIN.username, ADMIN.password, ADMIN.displayName);
  await assertOneLine(ADMIN.username);
  // the welcome message gone, for a clear picture of the menu
  await page.locator(".el-message").waitFor({ state: "detached" });
  await page.getByRole("button", { name: "切换工作台" }).click();
  const items = page.getByRole("menuitem");
  await items.first().waitFor();
  assert.deepEqual(
    (await items.allTextContents()).map((t) => t.trim()),
    WORKSPACES,
  );
  await screenshot(page, "header-1024.png");
  // choosing the workspace shown closes the menu
  await page.getByRole("menuitem", { name: "区划", exact: true }).click();
  await items.first().waitFor({ state: "hidden" });

  // on a wider screen the tabs are back, on the same one line
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole("tablist", { name: "工作台" }).waitFor();
  await assertOneLine("1280 px");
  await page.setViewportSize(TABLET);
  await page.getByRole("button", { name: "切换工作台" }).waitFor();
});

test("every workspace: contrast and named controls, maps moved with the keyboard", async () => {
  const problems = [];
  let maps = 0;
  for (const user of ["anonymous", ADMIN.username]) {
    if (user === "anonymous") {
      await page.getByRole("button", { name: "退出" }).click();
      await page.locator("header.app-header").getByRole("button", { name: "登录" }).waitFor();
    } else {
      await openWorkspace("区划");
      await logIn(page, ADMIN.username, ADMIN.password, ADMIN.displayName);
    }
    for (const workspace of WORKSPACES) {
      await openWorkspace(workspace);
      for (const v of await a11yViolations(page)) problems.push(`${user} · ${workspace} · ${v}`);
      if (user !== "anonymous") maps += await checkKeyboard(workspace);
    }
  }
  assert.deepEqual(problems, [], problems.join("\n"));
  assert.ok(maps >= 4, `the maps of 区划, 地名, 界线 and 规划 were moved with keys (${maps})`);
  assert.deepEqual(pageErrors, []);
});
