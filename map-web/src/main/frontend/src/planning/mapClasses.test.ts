import { describe, expect, it } from "vitest";
import {
  classColour,
  e2sfcaClasses,
  e2sfcaColour,
  E2SFCA_ZERO_COLOUR,
  minuteClasses,
  UNREACHED_COLOUR,
} from "./mapClasses";

describe("minuteClasses", () => {
  it("splits a 15-minute run at 5, 10, 15 and 20 minutes", () => {
    const classes = minuteClasses(15);
    expect(classes.map((c) => c.label)).toEqual(["≤5", "≤10", "≤15", "≤20", ">20"]);
    expect(classColour(4.9, classes)).toBe(classes[0]?.colour);
    expect(classColour(15, classes)).toBe(classes[2]?.colour);
    expect(classColour(15.1, classes)).toBe(classes[3]?.colour);
    expect(classColour(90, classes)).toBe(classes[4]?.colour);
    expect(classColour(Number.NaN, classes)).toBe(UNREACHED_COLOUR);
  });

  it("follows the run's limit", () => {
    expect(minuteClasses(30).map((c) => c.label)).toEqual(["≤10", "≤20", "≤30", "≤40", ">40"]);
    expect(minuteClasses(10).map((c) => c.upTo)).toEqual([3.3, 6.7, 10, 13.3, Infinity]);
  });
});

describe("e2sfcaClasses", () => {
  it("has a class for 0 and the quartiles of the positive values", () => {
    const values = [0, 0, 10, 20, 30, 40, 50, 60, 70, 80, 117.87];
    const classes = e2sfcaClasses(values);
    expect(classes.map((c) => c.label)).toEqual([
      "0（时限内无设施）",
      "0–30",
      "30–50",
      "50–70",
      "70–120",
    ]);
    expect(e2sfcaColour(0, classes)).toBe(E2SFCA_ZERO_COLOUR);
    expect(e2sfcaColour(25, classes)).toBe(classes[1]?.colour);
    expect(e2sfcaColour(117.87, classes)).toBe(classes[4]?.colour);
  });

  it("has fewer classes when values repeat, none when nothing was computed", () => {
    expect(e2sfcaClasses([0, 5, 5, 5]).map((c) => c.label)).toEqual(["0（时限内无设施）", "0–5"]);
    expect(e2sfcaClasses([null, null])).toEqual([]);
    expect(e2sfcaColour(null, e2sfcaClasses([1, 2]))).toBeNull();
  });
});
