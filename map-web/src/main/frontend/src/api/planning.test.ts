import { afterEach, describe, expect, it, vi } from "vitest";
import {
  fetchIndicators,
  indicatorQuery,
  indicatorsXlsxUrl,
  jobIdOf,
  startFacilityImport,
} from "./planning";

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

  it("uploads a facility table as a job, refusing other files before sending", async () => {
    vi.stubGlobal("document", { cookie: "XSRF-TOKEN=t1" });
    const fetchMock = vi.fn().mockImplementation(() =>
      Promise.resolve(
        new Response(JSON.stringify({ id: "j9" }), {
          status: 202,
          headers: { "Content-Type": "application/json", Location: "/api/jobs/j9" },
        }),
      ),
    );
    vi.stubGlobal("fetch", fetchMock);
    await expect(startFacilityImport(new File(["x"], "设施.txt"))).rejects.toThrow("CSV");
    expect(fetchMock).not.toHaveBeenCalled();
    const location = await startFacilityImport(new File(["名称,类型\n"], "设施.csv"));
    expect(location).toBe("/api/jobs/j9");
    const [path, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(path).toBe("/api/facilities/import");
    expect(init.body).toBeInstanceOf(FormData);
    expect((init.headers as Record<string, string>)["X-XSRF-TOKEN"]).toBe("t1");
  });
});
