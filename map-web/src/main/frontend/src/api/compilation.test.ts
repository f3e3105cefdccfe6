import { describe, expect, it } from "vitest";
import { compilationQuery, gapLabels, type WorklistItem } from "./compilation";

describe("compilation api", () => {
  it("writes the division, the day and the options as a query", () => {
    expect(compilationQuery("652302", "2024-01-01", { product: "dictionary", format: "pdf" })).toBe(
      "division=652302&day=2024-01-01&product=dictionary&format=pdf",
    );
  });

  it("names an item's gaps in the server's order", () => {
    const item = { lacking: ["HISTORY", "MEANING_ORIGIN"] } as WorklistItem;
    const names = { MEANING_ORIGIN: "含义/由来", HISTORY: "历史沿革", COORDINATES: "实测坐标" };
    expect(gapLabels(item, names)).toEqual(["含义/由来", "历史沿革"]);
  });
});
