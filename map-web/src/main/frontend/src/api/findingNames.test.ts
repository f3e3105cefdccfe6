import { describe, expect, it } from "vitest";
import { findingTypeName, severityName, severityTagType } from "./findingNames";

describe("finding names", () => {
  it("names the joint inspection's and the topology check's finding types in Chinese", () => {
    expect(findingTypeName("MARKER_DEVIATION")).toBe("界桩位置偏差超限");
    expect(findingTypeName("MARKER_CONDITION")).toBe("界桩状况异常");
    expect(findingTypeName("RECORD_CONFLICT")).toBe("外业记录冲突");
    expect(findingTypeName("GAP")).toBe("上级区域内缺口");
    expect(findingTypeName("MARKER_OFF_LINE")).toBe("界桩偏离界线");
  });

  it("never shows an unknown type as its enum word", () => {
    expect(findingTypeName("SOMETHING_NEW")).toBe("其他问题");
  });

  it("names severities and colours their tags", () => {
    expect(["ERROR", "WARNING", "INFO"].map(severityName)).toEqual(["错误", "警告", "提示"]);
    expect(["ERROR", "WARNING", "INFO"].map(severityTagType)).toEqual([
      "danger",
      "warning",
      "info",
    ]);
  });
});
