import { describe, expect, it } from "vitest";
import { areaMethodNote, formatArea, formatPercent, formatPopulation, MISSING } from "./format";

describe("formatArea", () => {
  it("uses thousands separators and one decimal", () => {
    expect(formatArea(7979.2)).toBe("7,979.2 平方千米");
    expect(formatArea(73139.96)).toBe("73,140.0 平方千米");
    expect(formatArea(1234567.04)).toBe("1,234,567.0 平方千米");
    expect(formatArea(0.05)).toBe("0.1 平方千米");
    expect(formatArea(0)).toBe("0.0 平方千米");
  });

  it("shows missing values as a dash", () => {
    expect(formatArea(null)).toBe(MISSING);
    expect(formatArea(undefined)).toBe(MISSING);
    expect(formatArea(Number.NaN)).toBe(MISSING);
  });
});

describe("formatPopulation", () => {
  it("uses thousands separators and no decimals", () => {
    expect(formatPopulation(607441)).toBe("607,441 人");
    expect(formatPopulation(1613585)).toBe("1,613,585 人");
    expect(formatPopulation(999)).toBe("999 人");
  });

  it("shows missing values as a dash", () => {
    expect(formatPopulation(null)).toBe(MISSING);
  });
});

describe("formatPercent", () => {
  it("turns a share into a percentage with two decimals", () => {
    expect(formatPercent(0.1439)).toBe("14.39%");
    expect(formatPercent(0.7428)).toBe("74.28%");
    expect(formatPercent(0.0993)).toBe("9.93%");
    expect(formatPercent(0.12345)).toBe("12.35%");
    expect(formatPercent(1)).toBe("100.00%");
    expect(formatPercent(0)).toBe("0.00%");
  });

  it("shows missing values as a dash", () => {
    expect(formatPercent(null)).toBe(MISSING);
    expect(formatPercent(Number.POSITIVE_INFINITY)).toBe(MISSING);
  });
});

describe("areaMethodNote", () => {
  it("names the Gauss-Krüger zone", () => {
    expect(areaMethodNote(4538)).toBe("按 CGCS2000 3度带高斯-克吕格投影（EPSG:4538）计算");
  });

  it("is empty without a zone", () => {
    expect(areaMethodNote(null)).toBe("");
  });
});
