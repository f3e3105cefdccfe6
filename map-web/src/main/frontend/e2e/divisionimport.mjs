// What the tests of the 「导入区划」 dialog share: a GeoJSON file of 阜康市 with one vertex moved,
// and staging it through the dialog until the checks pass.
import assert from "node:assert/strict";
import { getJson } from "./support.mjs";

export const FUKANG = "652302000000";

const text = async (locator) => ((await locator.textContent()) ?? "").replace(/\s+/g, " ");

/**
 * 阜康市 as published now (the demo's divisions below the county have no geometry: a county is
 * the smallest unit drawn) and a file of it with one vertex moved north by 2e-6°.
 */
export async function changedFukang() {
  const division = await getJson(`/ogc/collections/divisions/items/${FUKANG}?f=json`);
  const changed = structuredClone(division.geometry);
  const ring = changed.type === "MultiPolygon" ? changed.coordinates[0][0] : changed.coordinates[0];
  const index = Math.floor(ring.length / 3);
  const vertex = ring[index];
  vertex[1] = Math.round((vertex[1] + 2e-6) * 1e7) / 1e7;
  const json = JSON.stringify({
    type: "FeatureCollection",
    features: [
      {
        type: "Feature",
        properties: { code: division.id, name: division.properties.name },
        geometry: changed,
      },
    ],
  });
  return {
    division,
    changed,
    movedVertex: [...vertex],
    file: {
      name: `${division.properties.name}.geojson`,
      mimeType: "application/geo+json",
      buffer: Buffer.from(json),
    },
  };
}

/**
 * Opens 「导入区划」 in the 界线 workspace, uploads `file` and waits until its checks have passed
 * and the staged feature is drawn on the dialog's map. Returns the dialog.
 */
export async function stageImport(page, file) {
  const workspace = page.getByTestId("boundary-workspace");
  const dialog = page.getByRole("dialog", { name: "导入区划" });
  await workspace.getByRole("button", { name: "导入区划" }).click();
  await dialog.locator("input[type=file]").setInputFiles(file);
  await dialog.getByRole("button", { name: "上传并检查" }).click();
  const summary = dialog.getByTestId("import-summary");
  await summary.waitFor({ timeout: 60_000 });
  assert.match(await text(summary), /检查通过，待确认/, await text(dialog));
  await dialog.locator("[data-testid=import-map][data-staged='1']").waitFor();
  return dialog;
}
