import { describe, expect, it } from "vitest";
import {
  beijingToday,
  dayAfter,
  daysBetween,
  formatChineseDay,
  formatValidity,
  isIsoDay,
  isValidOn,
  sliderDay,
  sliderOffset,
} from "./asOf";

describe("today in Beijing", () => {
  it("is the next calendar day from 16:00 UTC on", () => {
    expect(beijingToday(new Date("2026-12-06T15:59:59Z"))).toBe("2026-12-06");
    expect(beijingToday(new Date("2026-12-06T16:00:00Z"))).toBe("2026-12-07");
  });

  it("crosses months and years", () => {
    expect(beijingToday(new Date("2024-02-28T17:00:00Z"))).toBe("2024-02-29");
    expect(beijingToday(new Date("2025-12-31T23:30:00Z"))).toBe("2026-01-01");
  });
});

describe("slider offset and day", () => {
  const first = "2021-01-01";

  it("counts and adds whole days across months and leap years", () => {
    expect(daysBetween("2021-01-01", "2021-03-01")).toBe(59);
    expect(daysBetween("2024-01-01", "2024-03-01")).toBe(60);
    expect(dayAfter("2024-02-28", 1)).toBe("2024-02-29");
    expect(dayAfter("2023-06-30", -1)).toBe("2023-06-29");
  });

  it("goes from a day to its offset and back", () => {
    expect(sliderOffset(first, "2026-12-06", "2021-06-01")).toBe(151);
    expect(sliderDay(first, 151)).toBe("2021-06-01");
    for (const day of ["2021-01-01", "2023-06-30", "2024-02-29", "2026-12-06"]) {
      expect(sliderDay(first, sliderOffset(first, "2026-12-06", day))).toBe(day);
    }
  });

  it("keeps the offset on the slider", () => {
    expect(sliderOffset(first, "2026-12-06", "2019-05-01")).toBe(0);
    expect(sliderOffset(first, "2026-12-06", "2030-01-01")).toBe(daysBetween(first, "2026-12-06"));
  });

  it("rounds a fractional offset to a whole day", () => {
    expect(sliderDay(first, 150.6)).toBe("2021-06-01");
  });
});

describe("days in Chinese", () => {
  it("writes a day without leading zeros", () => {
    expect(formatChineseDay("2021-06-01")).toBe("2021年6月1日");
    expect(formatChineseDay("2023-12-31")).toBe("2023年12月31日");
    expect(formatChineseDay(null)).toBe("—");
  });

  it("writes a validity with its last day, not the first day after it", () => {
    expect(formatValidity(null, "2023-06-30")).toBe("记录之前起至2023年6月29日");
    expect(formatValidity("2023-06-30", null)).toBe("2023年6月30日起至今");
    expect(formatValidity("2021-03-01", "2022-01-01")).toBe("2021年3月1日起至2021年12月31日");
  });

  it("tells real days from others", () => {
    expect(isIsoDay("2024-02-29")).toBe(true);
    expect(isIsoDay("2023-02-29")).toBe(false);
    expect(isIsoDay("2021-6-1")).toBe(false);
  });
});

describe("validity on a day", () => {
  it("includes the first day and excludes the end", () => {
    expect(isValidOn(null, "2023-06-30", "2021-06-01")).toBe(true);
    expect(isValidOn(null, "2023-06-30", "2023-06-30")).toBe(false);
    expect(isValidOn("2023-06-30", null, "2023-06-30")).toBe(true);
    expect(isValidOn("2023-06-30", null, "2021-06-01")).toBe(false);
  });
});
