import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchIndicators, indicatorQuery, indicatorsXlsxUrl, jobIdOf } from "./planning";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("planning api", () => {
  it("asks for the indicators of a run and scenario, or without coverage", async () => {
    const body = { indicators: [], values: [], run: null, scenario: null, coverage: null };
    const fetchMock = vi.fn().mockImplementation(() => Promise.resolve(Response.json(body)));
    vi.stubGlobal("fetch", fetchMock);
    await fetchIndicators(null);
    await fetchIndicators("a b", "after");
    expect(fetchMock.mock.calls[0]?.[0]).toBe("/api/planning/indicators");
    expect(fetchMock.mock.calls[1]?.[0]).toBe("/api/planning/indicators?run=a%20b&scenario=after");
  });

  it("builds the export URL and reads job ids", () => {
    expect(indicatorQuery(null, "after")).toBe("");
    expect(indicatorsXlsxUrl("j1", "before")).toBe(
      "/api/planning/indicators.xlsx?run=j1&scenario=before",
    );
    expect(jobIdOf("/api/jobs/4f1c/")).toBe("4f1c");
  });
});
