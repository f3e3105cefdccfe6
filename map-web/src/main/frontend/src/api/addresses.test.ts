import { afterEach, describe, expect, it, vi } from "vitest";
import { acceptedFile, levelRows, startBatchGeocode, type BatchSummary } from "./addresses";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("acceptedFile", () => {
  it("takes CSV and Excel files only", () => {
    expect(acceptedFile("名单.csv")).toBe(true);
    expect(acceptedFile("名单.XLSX")).toBe(true);
    expect(acceptedFile("名单.xls")).toBe(true);
    expect(acceptedFile("名单.txt")).toBe(false);
    expect(acceptedFile("csv")).toBe(false);
  });
});

describe("levelRows", () => {
  it("lists every level, finest first, with its share", () => {
    const summary = {
      rows: 4,
      levels: { HOUSE_NUMBER: 2, UNIT_ROOM: 1, NONE: 1 },
    } as unknown as BatchSummary;
    const rows = levelRows(summary);
    expect(rows).toHaveLength(9);
    expect(rows[0]).toEqual({ level: "UNIT_ROOM", name: "单元户室", count: 1, share: 0.25 });
    expect(rows.find((r) => r.level === "HOUSE_NUMBER")?.share).toBe(0.5);
    expect(rows.at(-1)?.name).toBe("未匹配");
    expect(rows.find((r) => r.level === "ROAD")?.count).toBe(0);
  });
});

describe("startBatchGeocode", () => {
  it("uploads the file with the CSRF token and returns the job's location", async () => {
    vi.stubGlobal("document", { cookie: "XSRF-TOKEN=t0k" });
    const fetchMock = vi.fn().mockResolvedValue(
      new Response(JSON.stringify({ id: "j9" }), {
        status: 202,
        headers: { "Content-Type": "application/json", Location: "/api/jobs/j9" },
      }),
    );
    vi.stubGlobal("fetch", fetchMock);
    const file = new File(["地址\n昌吉市北京南路13号\n"], "名单.csv", { type: "text/csv" });
    await expect(startBatchGeocode(file, "xlsx")).resolves.toBe("/api/jobs/j9");
    const [path, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(path).toBe("/api/geocode/batch?format=xlsx");
    expect(init.method).toBe("POST");
    expect((init.headers as Record<string, string>)["X-XSRF-TOKEN"]).toBe("t0k");
    expect(init.body).toBeInstanceOf(FormData);
    expect((init.body as FormData).get("file")).toBeInstanceOf(File);
  });

  it("refuses a file that is not a table before sending it", async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal("fetch", fetchMock);
    await expect(startBatchGeocode(new File(["x"], "a.txt"), "csv")).rejects.toThrow("CSV");
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
