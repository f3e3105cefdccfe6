// What the browser tests share: the server, the browser and the map's geometry.
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const BASE_URL = (process.env.BASE_URL ?? "http://localhost:8080").replace(/\/+$/, "");
const SCREENSHOT_DIR =
  process.env.E2E_SCREENSHOT_DIR ??
  fileURLToPath(new URL("../../../../target/e2e/", import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const HOME_CODE = "652300000000";
/** The view both tests open: `#map=7/88.6/44.4`. */
export const VIEW = { zoom: 7, lon: 88.6, lat: 44.4 };
export const VIEWPORT = { width: 1280, height: 800 };

const R = 6378137;
const mercator = ([lon, lat]) => [
  (R * lon * Math.PI) / 180,
  R * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)),
];
const resolution = (zoom) => (2 * Math.PI * R) / (256 * 2 ** zoom);

/**
 * The page pixel of [lon, lat] on a map element with box `box` showing `view` (default VIEW),
 * computed independently of the app from the Web Mercator formulas.
 */
export function pixelOf(lonLat, box, view = VIEW) {
  const [x, y] = mercator(lonLat);
  const [cx, cy] = mercator([view.lon, view.lat]);
  const res = resolution(view.zoom);
  return {
    x: box.x + box.width / 2 + (x - cx) / res,
    y: box.y + box.height / 2 - (y - cy) / res,
  };
}

/**
 * GET a JSON document from the server: anonymously (published data only), or as a demo user
 * through its API token (`demo-<user>-token`, see the README) to read what officers see.
 */
export async function getJson(path, asUser = null) {
  const headers = { Accept: "application/json, application/geo+json" };
  if (asUser) headers.Authorization = `Bearer demo-${asUser}-token`;
  const response = await fetch(`${BASE_URL}${path}`, { headers }).catch((error) => {
    throw new Error(`cannot reach the server at ${BASE_URL} (set BASE_URL): ${error.message}`);
  });
  assert.ok(response.ok, `GET ${path} answered HTTP ${response.status}`);
  return response.json();
}

/** Headless Debian Chromium (never a downloaded browser). */
export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      "--disable-quic",
    ],
  });
}

/**
 * A headless browser and a page in it (zh-CN, `options` as for `browser.newPage`, the viewport
 * VIEWPORT unless given) whose script errors are collected in `pageErrors`.
 */
export async function openPage(pageErrors, options = {}) {
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: VIEWPORT, locale: "zh-CN", ...options });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  return { browser, page };
}

/** Opens the map at `view` (default VIEW) and waits until it reports its divisions drawn. */
export async function openMap(page, view = VIEW) {
  await page.goto(`${BASE_URL}/#map=${view.zoom}/${view.lon}/${view.lat}`);
  await page.waitForSelector("#map canvas", { timeout: 15_000 });
  await page
    .waitForSelector('#map[data-divisions="loaded"]', { timeout: 20_000 })
    .catch((error) => {
      throw new Error(`the map did not report its divisions as loaded: ${error.message}`);
    });
  const box = await page.locator("#map").boundingBox();
  assert.ok(box, "#map has no bounding box");
  return box;
}

/**
 * Logs in through the header's dialog and waits until the header shows the user's display name
 * and the dialog has closed.
 */
export async function logIn(page, username, password, displayName) {
  const header = page.locator("header.app-header");
  await header.getByRole("button", { name: "登录" }).click();
  const dialog = page.getByRole("dialog", { name: "用户登录" });
  await dialog.getByLabel("用户名").fill(username);
  await dialog.getByLabel("密码").fill(password);
  await dialog.getByRole("button", { name: "登录" }).click();
  await header.getByText(displayName).first().waitFor({ timeout: 10_000 });
  await dialog.waitFor({ state: "hidden" });
}

/** Saves a screenshot of the page as `name` in the screenshot folder. */
export async function screenshot(page, name) {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR.replace(/\/?$/, "/")}${name}` });
}
