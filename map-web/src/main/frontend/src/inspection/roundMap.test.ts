import { describe, expect, it } from "vitest";
import type { MarkerRecordRow } from "../api/inspection";
import { latestRecords } from "./roundMap";

const record = (markerId: number, observedAt: string, condition: MarkerRecordRow["condition"]) =>
  ({ id: `${markerId}-${observedAt}`, markerId, observedAt, condition }) as MarkerRecordRow;

describe("a marker's state on the round map", () => {
  it("is that of its latest field record", () => {
    const latest = latestRecords([
      record(1, "2026-05-20T04:00:00Z", "INTACT"),
      record(1, "2026-05-21T04:00:00Z", "DAMAGED"),
      record(2, "2026-05-19T04:00:00Z", "MISSING"),
      record(1, "2026-05-18T04:00:00Z", "DISPLACED"),
    ]);
    expect(latest.get(1)?.condition).toBe("DAMAGED");
    expect(latest.get(2)?.condition).toBe("MISSING");
    expect(latest.has(3)).toBe(false);
  });
});
