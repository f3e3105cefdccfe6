// The 「导入区划」 dialog published: run by DivisionPublishBrowserIT against an app and a database
// of its own (a version of 阜康市 from today would change what the tests sharing the suite's
// database expect of the day), never by `npm run e2e`.
//
//   BASE_URL=http://localhost:8080 node --test e2e/divisionpublish.e2e.mjs   (changes 阜康市!)
//
// As `admin`: a GeoJSON of 阜康市 with one vertex moved by 2e-6° is staged through the dialog and
// 确认导入 pressed. The dialog closes with 「已导入：阜康市，自 <today> 起生效」; the published
// geometry has the moved vertex; 阜康市's history has a new version from today whose source names
// the import and the file, the one before it ending today.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { BASE_URL, getJson, logIn, screenshot, openPage } from "./support.mjs";
import { changedFukang, FUKANG, stageImport } from "./divisionimport.mjs";

let browser;
let page;
const pageErrors = [];

before(async () => {
  ({ browser, page } = await openPage(pageErrors));
  await page.goto(`${BASE_URL}/`);
  await logIn(page, "admin", "changji-demo", "系统管理员");
});

after(async () => {
  await browser?.close();
});

/** Today in Beijing, as the dialog's 生效日期 defaults to it: yyyy-MM-dd. */
const beijingToday = () =>
  new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" }).format(new Date());

test("a division import published through the dialog", async () => {
  const { division, movedVertex, file } = await changedFukang();
  const name = division.properties.name;
  const historyBefore = await getJson(`/api/divisions/${FUKANG}/history`, "admin");
  const today = beijingToday();

  await page.locator("header.app-header").getByRole("tab", { name: "界线", exact: true }).click();
  await page.locator("[data-testid=boundary-map][data-as-of]").waitFor({ timeout: 20_000 });
  const dialog = await stageImport(page, file);
  await dialog.getByRole("button", { name: "确认导入" }).click();

  // the dialog closes and says what was published, by name, from which day
  const message = page.locator(".el-message--success");
  await message.waitFor({ timeout: 60_000 });
  assert.equal(((await message.textContent()) ?? "").trim(), `已导入：${name}，自 ${today} 起生效`);
  await dialog.waitFor({ state: "hidden" });
  await screenshot(page, "boundary-import-published.png");

  // the published geometry is the file's: the moved vertex is one of its vertices
  const published = await getJson(`/ogc/collections/divisions/items/${FUKANG}?f=json`);
  const vertices = JSON.stringify(published.geometry.coordinates);
  assert.ok(
    vertices.includes(`[${movedVertex[0]},${movedVertex[1]}]`),
    `the moved vertex ${movedVertex} is published`,
  );
  assert.notDeepEqual(published.geometry, division.geometry);

  // history is kept: a new version from today naming the import, the previous one ending today
  const history = await getJson(`/api/divisions/${FUKANG}/history`, "admin");
  assert.equal(history.versions.length, historyBefore.versions.length + 1);
  const current = history.versions.at(-1);
  const previous = history.versions.at(-2);
  assert.equal(current.validFrom, today);
  assert.equal(current.validTo, null);
  assert.equal(current.name, name);
  assert.match(current.source ?? "", new RegExp(`^导入#\\d+ ${name}\\.geojson$`));
  assert.equal(previous.validTo, today);

  assert.deepEqual(pageErrors, [], "no script errors on the page");
});
