/** Display formatting of division figures (zh-CN). */

/** Shown in place of a missing value. */
export const MISSING = "—";

const areaFormat = new Intl.NumberFormat("zh-CN", {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const integerFormat = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 0 });
const percentFormat = new Intl.NumberFormat("zh-CN", {
  style: "percent",
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

function isNumber(value: number | null | undefined): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** 7979.2 → "7,979.2 平方千米". */
export function formatArea(km2: number | null | undefined): string {
  return isNumber(km2) ? `${areaFormat.format(km2)} 平方千米` : MISSING;
}

/** 607441 → "607,441 人". */
export function formatPopulation(persons: number | null | undefined): string {
  return isNumber(persons) ? `${integerFormat.format(persons)} 人` : MISSING;
}

/** A share 0…1 → percent with 2 decimals: 0.1439 → "14.39%". */
export function formatPercent(share: number | null | undefined): string {
  return isNumber(share) ? percentFormat.format(share) : MISSING;
}

/** How the area was measured, from the EPSG code of the Gauss-Krüger zone. */
export function areaMethodNote(epsg: number | null | undefined): string {
  return isNumber(epsg) ? `按 CGCS2000 3度带高斯-克吕格投影（EPSG:${epsg}）计算` : "";
}
