import { describe, expect, it } from "vitest";
import { shortDivisionName } from "./baseStyle";

describe("shortDivisionName", () => {
  it("writes a committee by its place", () => {
    expect(shortDivisionName("北庭新村社区居民委员会")).toBe("北庭新村社区");
    expect(shortDivisionName("新城社区居委会")).toBe("新城社区");
    expect(shortDivisionName("西沟村村民委员会")).toBe("西沟村");
    expect(shortDivisionName("勇进村委会")).toBe("勇进村");
    expect(shortDivisionName("中山路街道")).toBe("中山路街道");
  });
});
