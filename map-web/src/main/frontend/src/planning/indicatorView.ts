import type {
  AreaLevel,
  IndicatorDefinition,
  IndicatorReport,
  IndicatorValueRow,
} from "../api/planning";

/** A row of the indicator table: one indicator of one area, formatted for reading. */
export interface IndicatorTableRow {
  key: string;
  indicator: string;
  level: string;
  area: string;
  value: string;
  target: string;
  status: "met" | "missed" | "none";
  statusText: string;
  detail: string;
}

/** The value with its unit ("83.33%", "12.5 张/千名老年人", "1 个"), or 无数据. */
export function formatValue(value: number | null, unit: string): string {
  if (value === null) return "无数据";
  const text = Number.isInteger(value) ? String(value) : value.toFixed(2);
  return unit === "%" ? `${text}%` : `${text} ${unit}`;
}

/**
 * The rows of `report` at `levels`, in the report's order (prefecture, counties, townships); with
 * `county`, only that county and its townships.
 */
export function tableRows(
  report: IndicatorReport,
  levels: readonly AreaLevel[],
  county: string | null = null,
): IndicatorTableRow[] {
  const byCode = new Map(report.indicators.map((d) => [d.code, d]));
  return report.values
    .filter((v) => levels.includes(v.level))
    .filter((v) => !county || inCounty(v, county))
    .map((v) => {
      const d = byCode.get(v.indicator) as IndicatorDefinition;
      const status = v.meetsTarget === null ? "none" : v.meetsTarget ? "met" : "missed";
      return {
        key: `${v.indicator}-${v.areaCode}`,
        indicator: d.name,
        level: v.levelName,
        area: v.areaName,
        value: formatValue(v.value, d.unit),
        target: d.targetText,
        status,
        statusText: status === "none" ? "—" : status === "met" ? "达标" : "未达标",
        detail: detail(v),
      };
    });
}

/** Whether a row belongs to `county`: the county itself or one of its townships. */
function inCounty(v: IndicatorValueRow, county: string): boolean {
  if (v.level === "COUNTY") return v.areaCode === county;
  return v.level !== "TOWNSHIP" || v.areaCode.startsWith(county.slice(0, 6));
}

function detail(v: IndicatorValueRow): string {
  const parts: string[] = [];
  if (v.numerator !== null && v.denominator !== null) {
    parts.push(`${v.numerator} / ${v.denominator}`);
  }
  if (v.note) parts.push(v.note);
  return parts.join("；");
}

/** The bars of one indicator: area names and values of the areas at `level`, with data only. */
export function chartBars(
  report: IndicatorReport,
  indicator: string,
  level: AreaLevel,
  county: string | null = null,
): { names: string[]; values: number[]; target: number; unit: string } {
  const d = report.indicators.find((i) => i.code === indicator);
  const rows = report.values.filter(
    (v) =>
      v.indicator === indicator &&
      v.level === level &&
      v.value !== null &&
      (!county || level !== "TOWNSHIP" || v.areaCode.startsWith(county.slice(0, 6))),
  );
  return {
    names: rows.map((r) => r.areaName),
    values: rows.map((r) => r.value as number),
    target: d?.target ?? 0,
    unit: d?.unit ?? "",
  };
}

/** The choropleth class of an area's value against the target: met, near (≥ 60 % of it), far. */
export function choroplethClass(
  value: number | null,
  target: number,
): "met" | "near" | "far" | "none" {
  if (value === null) return "none";
  if (value >= target) return "met";
  return value >= 0.6 * target ? "near" : "far";
}

/** The values of `indicator` by area code, for the choropleth. */
export function valuesByArea(
  report: IndicatorReport,
  indicator: string,
): Map<string, number | null> {
  const values = new Map<string, number | null>();
  for (const v of report.values) {
    if (v.indicator === indicator) values.set(v.areaCode, v.value);
  }
  return values;
}
