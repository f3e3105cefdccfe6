import { describe, expect, it } from "vitest";
import { progressRows, progressTotal } from "./progress";

const names: Record<string, string> = { "652301000000": "昌吉市", "652302000000": "阜康市" };

describe("cleanup progress", () => {
  const rows = progressRows(
    [
      {
        countyCode: "652302000000",
        total: 122,
        flagged: 4,
        open: 1,
        inProgress: 1,
        done: 1,
        waived: 1,
      },
      {
        countyCode: "652301000000",
        total: 190,
        flagged: 0,
        open: 0,
        inProgress: 0,
        done: 0,
        waived: 0,
      },
      {
        countyCode: "652399000000",
        total: 3,
        flagged: 3,
        open: 3,
        inProgress: 0,
        done: 0,
        waived: 0,
      },
    ],
    (code) => names[code] ?? null,
  );

  it("orders counties by code, named, with their share closed", () => {
    expect(rows.map((r) => r.name)).toEqual(["昌吉市", "阜康市", "652399000000"]);
    expect(rows[1]).toMatchObject({ closed: 2, closedPercent: 50 });
    expect(rows[0]?.closedPercent).toBe(100);
  });

  it("sums all counties", () => {
    expect(progressTotal(rows)).toMatchObject({
      name: "合计",
      total: 315,
      flagged: 7,
      open: 4,
      closed: 2,
      closedPercent: 28.6,
    });
  });
});
