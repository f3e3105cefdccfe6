import { describe, expect, it } from "vitest";
import { ancestorAt, codePrefix, countyOf, isWithin, levelOfCode } from "./divisionCodes";

describe("division codes", () => {
  it("tells the level from the trailing zeros", () => {
    expect(levelOfCode("650000000000")).toBe(1);
    expect(levelOfCode("652300000000")).toBe(2);
    expect(levelOfCode("652302000000")).toBe(3);
    expect(levelOfCode("652302001000")).toBe(4);
    expect(levelOfCode("652302001001")).toBe(5);
    expect(levelOfCode("6523")).toBe(0);
    expect(levelOfCode("652302-000001")).toBe(0);
  });

  it("keeps the significant digits", () => {
    expect(codePrefix("652300000000")).toBe("6523");
    expect(codePrefix("652302000000")).toBe("652302");
    expect(codePrefix("652302001000")).toBe("652302001");
  });

  it("knows what lies under a division", () => {
    expect(isWithin("652302001001", "652302000000")).toBe(true);
    expect(isWithin("652302000000", "652302000000")).toBe(true);
    expect(isWithin("652301000000", "652302000000")).toBe(false);
    expect(isWithin("652302001001", "652300000000")).toBe(true);
    expect(isWithin(null, "652300000000")).toBe(false);
    expect(isWithin("652302000000", "bogus")).toBe(false);
  });

  it("finds ancestors", () => {
    expect(ancestorAt("652302001001", 3)).toBe("652302000000");
    expect(ancestorAt("652302001001", 4)).toBe("652302001000");
    expect(ancestorAt("652302000000", 4)).toBeNull();
    expect(countyOf("652302001001")).toBe("652302000000");
    expect(countyOf("652300000000")).toBeNull();
    expect(countyOf(undefined)).toBeNull();
  });
});
