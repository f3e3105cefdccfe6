import { describe, expect, it } from "vitest";
import { changeKindName, changeSummary, childrenHeading, sourceName } from "./history";

describe("division history in words", () => {
  it("names the kinds of change in Chinese", () => {
    expect(changeKindName("RENAME")).toBe("更名");
    expect(changeKindName("REPLACE")).toBe("撤销并新设");
    expect(changeKindName("SOMETHING")).toBe("SOMETHING");
  });

  it("names the demo's datasets and keeps an act's number", () => {
    expect(sourceName("nbs-division-codes-2021")).toBe("国家统计局2021年统计用区划代码");
    expect(sourceName("新政函〔2023〕12号")).toBe("新政函〔2023〕12号");
    expect(sourceName(null)).toBe("未注明");
  });

  it("summarises a change by the names before and after it", () => {
    const change = {
      kind: "REPLACE",
      effectiveDate: "2023-06-30",
      effectiveDateNote: null,
      from: [{ code: "652327400000", name: "五彩湾工业园区" }],
      to: [{ code: "652327106000", name: null }],
      description: null,
      source: null,
    };
    expect(changeSummary(change)).toBe("五彩湾工业园区 → 652327106000");
    expect(changeSummary({ ...change, from: [] })).toBe("652327106000");
  });

  it("heads the children by their level", () => {
    expect(childrenHeading(4)).toBe("下辖乡镇（街道）");
    expect(childrenHeading(9)).toBe("下级区划");
  });
});
