import { describe, expect, it } from "vitest";
import {
  divisionName,
  divisionsAt,
  lineName,
  placeOf,
  registerDivisions,
} from "./divisionDirectory";

registerDivisions([
  { code: "652300000000", name: "昌吉回族自治州" },
  { code: "652302000000", name: "阜康市" },
  { code: "652301000000", name: "昌吉市" },
  { code: "652302001000", name: "博峰街道" },
  { code: "652325000000", name: "奇台县" },
  { code: "652328000000", name: "木垒哈萨克自治县" },
]);

describe("division directory", () => {
  it("names a place by county and township", () => {
    expect(placeOf("652302001001")).toBe("阜康市 · 博峰街道");
    expect(placeOf("652302000000")).toBe("阜康市");
    expect(placeOf("652302001000")).toBe("阜康市 · 博峰街道");
  });

  it("leaves out the division itself for the name of a division", () => {
    expect(placeOf("652302001000", false)).toBe("阜康市");
    expect(placeOf("652302000000", false)).toBe("昌吉回族自治州");
  });

  it("falls back to the nearest known name, or the code", () => {
    expect(placeOf("652302099000")).toBe("阜康市");
    expect(placeOf("652300000000")).toBe("昌吉回族自治州");
    expect(placeOf("659999000000")).toBe("659999000000");
    expect(placeOf(null)).toBe("—");
    expect(divisionName("652302000000")).toBe("阜康市");
  });

  it("lists the divisions of a level", () => {
    expect(divisionsAt(3, (code) => code.startsWith("6523")).map((d) => d.name)).toEqual([
      "昌吉市",
      "阜康市",
      "奇台县",
      "木垒哈萨克自治县",
    ]);
  });

  it("names a boundary line by its two sides", () => {
    expect(lineName("652325652328")).toBe("奇台县—木垒哈萨克自治县");
    expect(lineName("652302001652302099")).toBe("博峰街道—652302099000");
    expect(lineName("659998659999")).toBe("659998659999");
    expect(lineName("L-1")).toBe("L-1");
  });
});
