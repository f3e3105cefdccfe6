import { describe, expect, it } from "vitest";
import {
  categoryGroups,
  categoryName,
  defaultDrawKind,
  genericsOf,
  majorOf,
  MAJOR_CATEGORIES,
  STREET,
} from "./categories";

describe("categories", () => {
  it("names codes in Chinese, unknown ones as themselves", () => {
    expect(categoryName("0801")).toBe("城镇街巷");
    expect(categoryName("04")).toBe("行政区域");
    expect(categoryName("9999")).toBe("9999");
    expect(categoryName(null)).toBe("—");
    expect(majorOf("0502")).toBe("05");
  });

  it("groups the choices by the 12 major classes of the census", () => {
    const groups = categoryGroups();
    expect(groups.map((g) => g.major.code)).toEqual(MAJOR_CATEGORIES.map((c) => c.code));
    const admin = groups.find((g) => g.major.code === "04")!;
    expect(admin.options.map((o) => o.code)).toEqual(["0401", "0402", "0403", "04"]);
    expect(admin.options.at(-1)?.name).toBe("其他行政区域");
    const water = groups.find((g) => g.major.code === "02")!;
    expect(water.options).toEqual([{ code: "02", name: "陆地水系" }]);
  });

  it("draws roads as lines and everything else as points", () => {
    expect(defaultDrawKind(STREET)).toBe("LineString");
    expect(defaultDrawKind("0502")).toBe("Point");
    expect(defaultDrawKind("1001")).toBe("Point");
  });

  it("knows the generics the rules accept for a category", () => {
    expect(genericsOf("0801")).toContain("路");
    expect(genericsOf("0403")).toEqual(["街道", "镇", "乡", "苏木"]);
    expect(genericsOf("02")).toEqual([]);
  });
});
