import { describe, expect, it } from "vitest";
import { importFieldName, lineEditQuery } from "./boundaries";

describe("a line edit's query", () => {
  it("sends a correction with its reason", () => {
    expect(lineEditQuery({ changeKind: "CORRECTION", reason: " 按附图更正 " })).toBe(
      "changeKind=CORRECTION&reason=%E6%8C%89%E9%99%84%E5%9B%BE%E6%9B%B4%E6%AD%A3",
    );
  });

  it("sends a legal change with its day and document, and no blank reason", () => {
    expect(
      lineEditQuery({
        changeKind: "LEGAL_CHANGE",
        reason: "",
        effectiveFrom: "2026-01-01",
        approvalDocument: "新政函〔2025〕1号",
      }),
    ).toBe(
      `changeKind=LEGAL_CHANGE&effectiveFrom=2026-01-01&approvalDocument=${encodeURIComponent("新政函〔2025〕1号")}`,
    );
  });

  it("leaves the day and document out of a correction", () => {
    expect(
      lineEditQuery({ changeKind: "CORRECTION", reason: "x", effectiveFrom: "2026-01-01" }),
    ).toBe("changeKind=CORRECTION&reason=x");
  });
});

describe("import problems", () => {
  it("name the part of the file in Chinese, never the field's word", () => {
    expect(importFieldName("crs")).toBe("坐标系");
    expect(importFieldName("topology")).toBe("拓扑");
    expect(importFieldName("something-new")).toBe("其他");
  });
});
