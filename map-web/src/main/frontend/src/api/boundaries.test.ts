import { describe, expect, it } from "vitest";
import { divisionsUrl, findingsUrl, findingsXlsxUrl, linesUrl } from "./boundaries";

describe("boundary URLs", () => {
  it("asks the OGC collections for one level as of a day", () => {
    expect(divisionsUrl(3, "2021-06-01")).toBe(
      "/ogc/collections/divisions/items?f=json&limit=5000&level=3&datetime=2021-06-01",
    );
    expect(linesUrl(null, "2025-01-01")).toBe(
      "/ogc/collections/boundary-lines/items?f=json&limit=5000&datetime=2025-01-01",
    );
  });

  it("asks for the latest run's findings unless a run is named", () => {
    expect(findingsUrl(null)).toBe("/ogc/collections/topology-findings/items?f=json&limit=5000");
    expect(findingsUrl(7)).toBe("/ogc/collections/topology-findings/items?f=json&limit=5000&run=7");
    expect(findingsXlsxUrl(7)).toBe("/api/boundary/checks/7/findings.xlsx");
  });
});
