import { describe, expect, it } from "vitest";
import type { IndicatorReport } from "../api/planning";
import { chartBars, choroplethClass, formatValue, tableRows, valuesByArea } from "./indicatorView";

const REPORT: IndicatorReport = {
  indicators: [
    {
      code: "COVERED_COMMUNITIES",
      name: "服务圈覆盖社区比例",
      definition: "",
      unit: "%",
      target: 100,
      targetText: "2025 年 100%",
      needsCoverage: true,
    },
  ],
  values: [
    v("652300000000", "昌吉州", "PREFECTURE", "州", 50, true),
    v("652301000000", "昌吉市", "COUNTY", "县（市）", 50, false),
    v("652302000000", "阜康市", "COUNTY", "县（市）", 0, false),
    v("652301001000", "宁边路街道", "TOWNSHIP", "街道", 100, true),
    v("652302001000", "阜康某街道", "TOWNSHIP", "街道", null, null),
  ],
  run: "j1",
  scenario: "before",
  coverage: "社区日间照料中心，步行 15 分钟",
};

function v(
  areaCode: string,
  areaName: string,
  level: "PREFECTURE" | "COUNTY" | "TOWNSHIP",
  levelName: string,
  value: number | null,
  meetsTarget: boolean | null,
) {
  return {
    indicator: "COVERED_COMMUNITIES",
    areaCode,
    areaName,
    level,
    levelName,
    value,
    numerator: value === null ? null : value / 10,
    denominator: value === null ? null : 10,
    meetsTarget,
    note: value === null ? "无社区需求数据" : null,
  };
}

describe("indicator view", () => {
  it("formats values with their unit and says when there is no data", () => {
    expect(formatValue(83.333, "%")).toBe("83.33%");
    expect(formatValue(12, "张/千名老年人")).toBe("12 张/千名老年人");
    expect(formatValue(null, "%")).toBe("无数据");
  });

  it("lists rows of the chosen levels and county with status and detail", () => {
    const rows = tableRows(REPORT, ["COUNTY", "TOWNSHIP"], "652301000000");
    expect(rows.map((r) => r.area)).toEqual(["昌吉市", "宁边路街道"]);
    expect(rows[0]).toMatchObject({ statusText: "未达标", status: "missed", detail: "5 / 10" });
    expect(rows[1]?.value).toBe("100%");
  });

  it("charts only areas with data and classes values against the target", () => {
    const bars = chartBars(REPORT, "COVERED_COMMUNITIES", "TOWNSHIP");
    expect(bars.names).toEqual(["宁边路街道"]);
    expect(bars.target).toBe(100);
    expect(choroplethClass(100, 100)).toBe("met");
    expect(choroplethClass(70, 100)).toBe("near");
    expect(choroplethClass(10, 100)).toBe("far");
    expect(choroplethClass(null, 100)).toBe("none");
    expect(valuesByArea(REPORT, "COVERED_COMMUNITIES").get("652302001000")).toBeNull();
  });
});
