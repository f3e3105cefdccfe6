import { afterEach, describe, expect, it, vi } from "vitest";
import { recordPatrol, signsInBboxUrl } from "./signs";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("signsInBboxUrl", () => {
  it("adds only the filters that are set", () => {
    const bbox = [87.2, 43.9, 87.4, 44.1];
    expect(signsInBboxUrl(bbox, { status: "", type: "" }, 5000)).toBe(
      "/ogc/collections/signs/items?bbox=87.200000,43.900000,87.400000,44.100000&limit=5000",
    );
    expect(signsInBboxUrl(bbox, { status: "NONCOMPLIANT", type: "ROAD" }, 10)).toContain(
      "&limit=10&status=NONCOMPLIANT&type=ROAD",
    );
  });
});

describe("recordPatrol", () => {
  it("posts the patrol as JSON with the CSRF token and returns the sign after it", async () => {
    vi.stubGlobal("document", { cookie: "XSRF-TOKEN=t" });
    const fetchMock = vi
      .fn()
      .mockResolvedValue(
        Response.json({ patrolId: 7, sign: { code: "S1", status: "REPAIR" } }, { status: 201 }),
      );
    vi.stubGlobal("fetch", fetchMock);
    const sign = await recordPatrol("42", {
      patrolledOn: "2026-06-01",
      patroller: "巡查员",
      condition: "DAMAGED",
      fault: "牌面破损",
      repairNeeded: true,
      note: "",
    });
    expect(sign.status).toBe("REPAIR");
    const [path, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(path).toBe("/api/signs/42/patrols");
    expect(init.method).toBe("POST");
    expect(JSON.parse(init.body as string).condition).toBe("DAMAGED");
    expect((init.headers as Record<string, string>)["X-XSRF-TOKEN"]).toBe("t");
  });
});
