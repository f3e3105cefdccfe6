import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "./http";
import {
  annualUpdateUrl,
  defaultAnnualUpdateYear,
  checkName,
  dispositionFileName,
  fetchNameRecord,
  fetchNamesInProcedure,
  fetchWorklist,
  placeNamesInBboxUrl,
  proposeName,
  searchNames,
  takeStep,
} from "./placeNames";

afterEach(() => {
  vi.unstubAllGlobals();
});

function stubFetch(response: () => Response) {
  const fetchMock = vi.fn(async () => response());
  vi.stubGlobal("fetch", fetchMock);
  vi.stubGlobal("document", { cookie: "XSRF-TOKEN=t" });
  return fetchMock;
}

function sent(fetchMock: ReturnType<typeof stubFetch>, index = 0): [string, RequestInit] {
  return fetchMock.mock.calls[index] as unknown as [string, RequestInit];
}

describe("place-name API", () => {
  it("asks for the names of a box", () => {
    expect(placeNamesInBboxUrl([88.1, 44.1, 88.3, 44.25], 5000)).toBe(
      "/ogc/collections/place-names/items?bbox=88.100000,44.100000,88.300000,44.250000&limit=5000",
    );
  });

  it("asks for the names in procedure under a division", async () => {
    const fetchMock = stubFetch(() =>
      Response.json({ type: "FeatureCollection", features: [{ type: "Feature", id: "7" }] }),
    );
    const features = await fetchNamesInProcedure("652302");
    expect(features.map((f) => f.id)).toEqual(["7"]);
    expect(sent(fetchMock)[0]).toBe(
      "/ogc/collections/place-names/items?division=652302&status=PROPOSED,UNDER_REVIEW,APPROVED&limit=1000",
    );
  });

  it("proposes a name as a GeoJSON feature without empty properties", async () => {
    const fetchMock = stubFetch(
      () =>
        new Response(JSON.stringify({ type: "Feature", id: "9", properties: {} }), {
          status: 201,
          headers: { "Content-Type": "application/geo+json" },
        }),
    );
    await proposeName(
      {
        standardName: " 博达路 ",
        specificPart: "",
        genericPart: "",
        categoryCode: "0801",
        divisionCode: "652302000000",
        meaning: "以博格达峰命名",
      },
      {
        type: "LineString",
        coordinates: [
          [88.18, 44.16],
          [88.2, 44.17],
        ],
      },
    );
    const [path, init] = sent(fetchMock);
    expect(path).toBe("/ogc/collections/place-names/items");
    expect(init.method).toBe("POST");
    expect(init.headers).toMatchObject({
      "Content-Type": "application/geo+json",
      "X-XSRF-TOKEN": "t",
    });
    expect(JSON.parse(String(init.body))).toEqual({
      type: "Feature",
      geometry: {
        type: "LineString",
        coordinates: [
          [88.18, 44.16],
          [88.2, 44.17],
        ],
      },
      properties: {
        standardName: "博达路",
        categoryCode: "0801",
        divisionCode: "652302000000",
        meaning: "以博格达峰命名",
      },
    });
  });

  it("sends a step with the record's ETag", async () => {
    const fetchMock = stubFetch(() =>
      Response.json({ feature: { id: "9" } }, { headers: { ETag: '"9-3"' } }),
    );
    const result = await takeStep("9", '"9-2"', { target: "UNDER_REVIEW", on: "2026-03-01" });
    expect(result.etag).toBe('"9-3"');
    const [path, init] = sent(fetchMock);
    expect(path).toBe("/api/place-names/9/steps");
    expect(init.headers).toMatchObject({ "If-Match": '"9-2"' });
  });

  it("reads a record with its ETag, and refuses one without", async () => {
    stubFetch(() => Response.json({ feature: { id: "9" } }, { headers: { ETag: '"9-1"' } }));
    await expect(fetchNameRecord(9)).resolves.toMatchObject({ etag: '"9-1"' });
    stubFetch(() => Response.json({ feature: { id: "9" } }));
    await expect(fetchNameRecord(9)).rejects.toBeInstanceOf(ApiError);
  });

  it("checks a name, leaving itself out by id", async () => {
    const fetchMock = stubFetch(() =>
      Response.json({ warnings: [], romanization: { pinyin: "Boda Lu" } }),
    );
    await checkName({
      standardName: "博达路",
      categoryCode: "0801",
      divisionCode: "652302000000",
      id: 9,
    });
    expect(JSON.parse(String(sent(fetchMock)[1].body))).toEqual({
      standardName: "博达路",
      categoryCode: "0801",
      divisionCode: "652302000000",
      id: 9,
    });
  });

  it("searches and filters the worklist", async () => {
    const fetchMock = stubFetch(() => Response.json({ results: [] }));
    await searchNames("bdnl", { division: "652302", limit: 12 });
    expect(sent(fetchMock)[0]).toBe("/api/search?q=bdnl&limit=12&division=652302");
    const worklist = stubFetch(() => Response.json([]));
    await fetchWorklist({ division: "652302", status: "", reason: "DUPLICATE_IN_SCOPE" });
    expect(sent(worklist)[0]).toBe(
      "/api/place-names/cleanup?division=652302&reason=DUPLICATE_IN_SCOPE",
    );
  });

  it("names the annual update's file", () => {
    expect(annualUpdateUrl(2025, "652302", "csv")).toBe(
      "/api/place-names/annual-update?year=2025&format=csv&division=652302",
    );
    expect(
      dispositionFileName(
        "attachment; filename=\"2025.xlsx\"; filename*=UTF-8''2025%E5%B9%B4%E5%BA%A6.xlsx",
      ),
    ).toBe("2025年度.xlsx");
    expect(dispositionFileName('attachment; filename="a.csv"')).toBe("a.csv");
    expect(dispositionFileName(null)).toBeNull();
  });
});

describe("defaultAnnualUpdateYear", () => {
  const years = (due: number, changes: Record<number, number>) => ({
    due,
    years: Object.entries(changes)
      .map(([year, n]) => ({ year: Number(year), changes: n }))
      .sort((a, b) => b.year - a.year),
  });

  it("opens on the due year when it has changes", () => {
    expect(defaultAnnualUpdateYear(years(2025, { 2026: 4, 2025: 2, 2024: 0 }))).toBe(2025);
  });

  it("opens on the newest year with changes when the due year has none", () => {
    expect(defaultAnnualUpdateYear(years(2025, { 2026: 4, 2025: 0, 2024: 3 }))).toBe(2026);
    expect(defaultAnnualUpdateYear(years(2025, { 2026: 0, 2025: 0, 2024: 3 }))).toBe(2024);
  });

  it("stays on the due year when no year has changes", () => {
    expect(defaultAnnualUpdateYear(years(2025, { 2026: 0, 2025: 0 }))).toBe(2025);
  });
});
