import { describe, expect, it } from "vitest";
import {
  accuracyVerdict,
  averageFixes,
  bearingDegrees,
  directionName,
  distanceMeters,
} from "./geo";

describe("averageFixes", () => {
  it("weights fixes by the inverse square of their accuracy", () => {
    const avg = averageFixes([
      { lon: 90, lat: 44, accuracyMeters: 1 },
      { lon: 90.001, lat: 44, accuracyMeters: 2 },
    ]);
    expect(avg?.lon).toBeCloseTo(90.0002, 6);
    expect(avg?.accuracyMeters).toBeCloseTo(1 / Math.sqrt(1.25), 6);
  });
  it("has nothing to average without fixes", () => {
    expect(averageFixes([])).toBeNull();
  });
});

describe("stake-out", () => {
  it("gives 111 km per degree of latitude due north", () => {
    const a = { lon: 90, lat: 44 };
    const b = { lon: 90, lat: 45 };
    expect(distanceMeters(a, b)).toBeCloseTo(111195, -1);
    expect(bearingDegrees(a, b)).toBeCloseTo(0, 6);
    expect(directionName(bearingDegrees(a, b))).toBe("北");
  });
  it("gives east as 90°", () => {
    expect(bearingDegrees({ lon: 90, lat: 44 }, { lon: 90.01, lat: 44 })).toBeCloseTo(90, 1);
    expect(directionName(91)).toBe("东");
  });
});

describe("accuracyVerdict", () => {
  it("warns above the warning threshold and refuses above the maximum", () => {
    expect(accuracyVerdict(2, 5, 10)).toBe("ok");
    expect(accuracyVerdict(7, 5, 10)).toBe("warn");
    expect(accuracyVerdict(12, 5, 10)).toBe("refuse");
  });
});
