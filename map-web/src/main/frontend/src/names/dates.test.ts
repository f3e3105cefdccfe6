import { describe, expect, it } from "vitest";
import { formatDay, formatPeriod, isoDay } from "./dates";

describe("dates", () => {
  it("formats the local day for the API", () => {
    expect(isoDay(new Date(2026, 2, 5, 23, 59))).toBe("2026-03-05");
  });

  it("writes days and periods in Chinese", () => {
    expect(formatDay("2024-03-10")).toBe("2024年3月10日");
    expect(formatDay(null)).toBe("—");
    expect(formatPeriod("2021-01-01", "2023-05-01")).toBe("2021年1月1日至2023年5月1日");
    expect(formatPeriod("2024-03-10", null)).toBe("2024年3月10日起");
    expect(formatPeriod(null, null)).toBe("—");
  });
});
