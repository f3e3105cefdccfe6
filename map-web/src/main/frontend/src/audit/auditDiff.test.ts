import { describe, expect, it } from "vitest";
import type { DivisionFeature } from "../api/types";
import {
  actionName,
  clientLabel,
  describeDiff,
  diffFeatures,
  EMPTY,
  formatAuditTime,
  formatBeijingMinute,
  describeEdit,
} from "./auditDiff";

function version(
  properties: Partial<DivisionFeature["properties"]>,
  coordinates: unknown = [
    [
      [
        [88, 44],
        [89, 44],
        [89, 45],
        [88, 44],
      ],
    ],
  ],
): DivisionFeature {
  return {
    type: "Feature",
    geometry: { type: "MultiPolygon", coordinates },
    properties: {
      code: "652302000000",
      name: "阜康市",
      level: 3,
      levelName: "县级",
      parentCode: "652300000000",
      status: "PUBLISHED",
      remarks: null,
      validFrom: null,
      validTo: null,
      areaKm2: null,
      areaZoneEpsg: null,
      labelPoint: null,
      ...properties,
    },
  };
}

describe("diffFeatures", () => {
  it("finds changed name, status and remarks", () => {
    const diff = diffFeatures(
      version({}),
      version({ name: "阜康县", status: "DRAFT", remarks: "界线复核" }),
    );
    expect(diff.changes).toEqual([
      { label: "名称", before: "阜康市", after: "阜康县" },
      { label: "状态", before: "已发布", after: "草稿" },
      { label: "备注", before: EMPTY, after: "界线复核" },
    ]);
    expect(diff.geometryChanged).toBe(false);
    expect(describeDiff(diff)).toEqual([
      "名称：阜康市 → 阜康县",
      "状态：已发布 → 草稿",
      "备注：（空） → 界线复核",
    ]);
  });

  it("says when the geometry differs", () => {
    const moved = [
      [
        [
          [88, 44],
          [89.5, 44],
          [89, 45],
          [88, 44],
        ],
      ],
    ];
    const diff = diffFeatures(version({}), version({}, moved));
    expect(diff).toEqual({ changes: [], geometryChanged: true });
    expect(describeDiff(diff)).toEqual(["几何已修改"]);
  });

  it("treats missing and blank remarks alike, and ignores other properties", () => {
    const diff = diffFeatures(
      version({ remarks: "" }),
      version({ remarks: null, validFrom: "2024-01-01", areaKm2: 12 }),
    );
    expect(describeDiff(diff)).toEqual([]);
  });

  it("shortens long values", () => {
    const long = "界".repeat(80);
    const [line] = describeDiff(diffFeatures(version({}), version({ remarks: long })));
    expect(line).toBe(`备注：（空） → ${"界".repeat(60)}…`);
  });

  it("has nothing to compare for a creation or deletion", () => {
    expect(diffFeatures(null, version({}))).toEqual({ changes: [], geometryChanged: false });
    expect(diffFeatures(version({}), null)).toEqual({ changes: [], geometryChanged: false });
  });
});

describe("audit labels", () => {
  it("names the actions in Chinese", () => {
    expect(actionName("CREATE")).toBe("新建");
    expect(actionName("UPDATE")).toBe("修改");
    expect(actionName("DELETE")).toBe("删除");
    expect(actionName("LOGIN")).toBe("LOGIN");
  });

  it("describes the client", () => {
    expect(clientLabel("127.0.0.1", "web-map")).toBe("本机 · 网页地图");
    expect(clientLabel("0:0:0:0:0:0:0:1", null)).toBe("本机");
    expect(clientLabel("10.1.2.3", "QGIS-01")).toBe("10.1.2.3 · QGIS-01");
    expect(clientLabel("10.1.2.3", null)).toBe("10.1.2.3");
    expect(clientLabel(null, null)).toBe("—");
  });

  it("formats the time as local time", () => {
    expect(formatAuditTime("2025-06-01T06:03:05.123Z", "Asia/Shanghai")).toBe(
      "2025-06-01 14:03:05",
    );
    expect(formatAuditTime("2025-12-31T16:00:00Z", "Asia/Urumqi")).toBe("2025-12-31 22:00:00");
    expect(formatAuditTime("not a time")).toBe("not a time");
    // Beijing time by default, whatever the browser's zone
    expect(formatAuditTime("2026-12-06T17:10:57Z")).toBe("2026-12-07 01:10:57");
  });

  it("formats a time to the minute in Beijing time", () => {
    expect(formatBeijingMinute("2026-05-20T04:00:00Z")).toBe("2026-05-20 12:00");
    // the next day in Beijing, whatever the browser's zone
    expect(formatBeijingMinute("2026-05-20T16:30:59.900Z")).toBe("2026-05-21 00:30");
    expect(formatBeijingMinute("2026-05-20T04:00:00Z", "Asia/Urumqi")).toBe("2026-05-20 10:00");
    expect(formatBeijingMinute("not a time")).toBe("not a time");
  });
});

describe("describeEdit", () => {
  it("a correction: its reason and the areas with 2 decimals", () => {
    expect(
      describeEdit({
        kind: "CORRECTION",
        reason: "北界复核",
        areaBeforeKm2: 8533.7512,
        areaAfterKm2: 8530.1,
        acknowledgedFindings: [
          { type: "GAP", typeName: "上级区域内缺口", measureText: "3.65 平方千米" },
        ],
        detachedSharedEdges: true,
      }),
    ).toEqual([
      "更正：北界复核",
      "面积：8533.75 → 8530.10 平方千米",
      "已确认的警告：上级区域内缺口 3.65 平方千米",
      "仅修改本区划，未移动相邻区划的公共边",
    ]);
  });

  it("a legal change: its day and approval document; a restore", () => {
    expect(
      describeEdit({
        kind: "LEGAL_CHANGE",
        effectiveFrom: "2026-11-01",
        approvalDocument: "新政函〔2026〕99号",
        restoredFrom: 12,
      }),
    ).toEqual(["法定变更：2026-11-01 起生效，新政函〔2026〕99号", "恢复自修改记录 #12"]);
  });

  it("a restore whose reason names the entry is not named twice", () => {
    expect(
      describeEdit({ kind: "CORRECTION", reason: "恢复到修改记录 #4 之前的状态", restoredFrom: 4 }),
    ).toEqual(["更正：恢复到修改记录 #4 之前的状态"]);
  });

  it("nothing for an entry without it, no area line when the area stayed", () => {
    expect(describeEdit(undefined)).toEqual([]);
    expect(describeEdit({ kind: "CORRECTION", areaBeforeKm2: 5, areaAfterKm2: 5 })).toEqual([
      "更正",
    ]);
  });
});
