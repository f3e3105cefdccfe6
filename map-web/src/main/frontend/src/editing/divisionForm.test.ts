import { describe, expect, it } from "vitest";
import {
  blankChange,
  checkChange,
  correctionNeedsReason,
  checkNewDivision,
  levelOfCode,
  statusName,
  type NewDivision,
} from "./divisionForm";

describe("levelOfCode", () => {
  it.each([
    ["650000000000", 1],
    ["652300000000", 2],
    ["652302000000", 3],
    ["652302001000", 4],
    ["652302001001", 5],
  ])("%s is level %i", (code, level) => {
    expect(levelOfCode(code)).toBe(level);
  });

  it.each(["", "6523", "65230200100", "6523020010011", "65230200100a"])("rejects %j", (code) => {
    expect(levelOfCode(code)).toBeNull();
  });
});

describe("statusName", () => {
  it("names the statuses in Chinese", () => {
    expect(statusName("DRAFT")).toBe("草稿");
    expect(statusName("PUBLISHED")).toBe("已发布");
    expect(statusName("WITHDRAWN")).toBe("WITHDRAWN");
    expect(statusName(null)).toBe("");
  });
});

describe("checkNewDivision", () => {
  const township: NewDivision = {
    code: "652302001000",
    name: "测试镇",
    level: 4,
    parentCode: "652302000000",
    status: "DRAFT",
    remarks: "",
  };

  it("accepts a township under its county", () => {
    expect(checkNewDivision(township)).toEqual({});
  });

  it("names each field in error", () => {
    expect(checkNewDivision({ ...township, code: "65230200" }).code).toBe("区划代码须为 12 位数字");
    expect(checkNewDivision({ ...township, code: "652302000000" }).code).toContain("县级");
    expect(checkNewDivision({ ...township, name: "  " }).name).toBe("请输入名称");
    expect(checkNewDivision({ ...township, parentCode: "" }).parentCode).toContain("12 位");
    expect(checkNewDivision({ ...township, parentCode: "652300000000" }).parentCode).toContain(
      "高一级",
    );
    expect(checkNewDivision({ ...township, parentCode: "652301000000" }).code).toContain("上级");
  });

  it("needs no parent for a province", () => {
    const province = { ...township, code: "650000000000", level: 1, parentCode: "" };
    expect(checkNewDivision(province)).toEqual({});
  });
});

describe("correctionNeedsReason", () => {
  const published = { name: "阜康市", status: "PUBLISHED", validFrom: "2021-01-01" };
  const today = "2026-12-06";

  it("asks a reason for the outline or the name of a published version", () => {
    expect(correctionNeedsReason(published, { name: "阜康市" }, true, today)).toBe(true);
    expect(correctionNeedsReason(published, { name: "阜康县" }, false, today)).toBe(true);
    expect(
      correctionNeedsReason({ ...published, validFrom: null }, { name: "阜康市" }, true, today),
    ).toBe(true);
  });

  it("not for remarks or status alone, a draft, or a version that starts today", () => {
    expect(correctionNeedsReason(published, { name: " 阜康市 " }, false, today)).toBe(false);
    expect(
      correctionNeedsReason({ ...published, status: "DRAFT" }, { name: "x" }, true, today),
    ).toBe(false);
    expect(
      correctionNeedsReason({ ...published, validFrom: today }, { name: "x" }, true, today),
    ).toBe(false);
  });
});

describe("checkChange", () => {
  it("a correction needs a reason only when asked", () => {
    expect(checkChange(blankChange(), true)).toEqual({ reason: expect.any(String) });
    expect(checkChange(blankChange(), false)).toEqual({});
    expect(checkChange({ ...blankChange(), reason: "北界复核" }, true)).toEqual({});
  });

  it("a legal change needs its effective day and approval document", () => {
    const legal = { ...blankChange(), kind: "LEGAL_CHANGE" as const };
    expect(Object.keys(checkChange(legal, true)).sort()).toEqual([
      "approvalDocument",
      "effectiveFrom",
    ]);
    expect(
      checkChange(
        { ...legal, effectiveFrom: "2026-11-01", approvalDocument: "新政函〔2026〕99号" },
        true,
      ),
    ).toEqual({});
  });
});
