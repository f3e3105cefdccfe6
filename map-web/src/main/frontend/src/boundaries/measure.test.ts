import { describe, expect, it } from "vitest";
import { formatMeasure } from "./measure";

describe("formatMeasure", () => {
  it("reads areas from a tenth of a square kilometre in square kilometres", () => {
    expect(formatMeasure(93331847.4, "平方米")).toBe("93.3 平方千米");
    expect(formatMeasure(1234567, "平方米")).toBe("1.23 平方千米");
    expect(formatMeasure(152000, "平方米")).toBe("0.15 平方千米");
    expect(formatMeasure(100000, "平方米")).toBe("0.1 平方千米");
  });

  it("reads smaller areas in whole square metres", () => {
    expect(formatMeasure(99999.4, "平方米")).toBe("99999 平方米");
    expect(formatMeasure(850.4, "平方米")).toBe("850 平方米");
    expect(formatMeasure(3.25, "平方米")).toBe("3.3 平方米");
    expect(formatMeasure(0, "平方米")).toBe("0 平方米");
  });

  it("reads lengths from a kilometre in kilometres", () => {
    expect(formatMeasure(53720.5, "米")).toBe("53.7 千米");
    expect(formatMeasure(3279.4, "米")).toBe("3.28 千米");
    expect(formatMeasure(3300, "米")).toBe("3.3 千米");
    expect(formatMeasure(999.96, "米")).toBe("1 千米");
  });

  it("reads shorter lengths in metres to a tenth", () => {
    expect(formatMeasure(80.25, "米")).toBe("80.3 米");
    expect(formatMeasure(5, "米")).toBe("5 米");
    expect(formatMeasure(0.04, "米")).toBe("0 米");
  });

  it("reads counts as whole numbers", () => {
    expect(formatMeasure(1.0, "个")).toBe("1 个");
    expect(formatMeasure(12, "个")).toBe("12 个");
  });

  it("is empty without a measure", () => {
    expect(formatMeasure(null, "平方米")).toBe("");
    expect(formatMeasure(undefined, null)).toBe("");
    expect(formatMeasure(Number.NaN, "米")).toBe("");
  });
});
