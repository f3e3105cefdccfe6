import { describe, expect, it } from "vitest";
import type { NameWarning } from "../api/placeNameTypes";
import {
  bySeverity,
  cleanupMoveLabel,
  cleanupMoves,
  groupName,
  hasDuplicate,
  reasonOf,
  REASONS,
  severityTagType,
  severityType,
} from "./reasons";

function warning(code: string, severity: NameWarning["severity"]): NameWarning {
  return {
    code,
    group: "DUPLICATE",
    severity,
    explanation: "x",
    suggestedAction: "y",
    matched: null,
    related: [],
  };
}

describe("reasons", () => {
  it("labels every reason code of the rules", () => {
    expect(REASONS).toHaveLength(18);
    expect(reasonOf("DUPLICATE_IN_SCOPE")).toEqual({
      code: "DUPLICATE_IN_SCOPE",
      group: "重",
      label: "重名",
    });
    expect(reasonOf("SOMETHING_NEW").label).toBe("SOMETHING_NEW");
    expect(groupName("FOREIGN")).toBe("洋");
    expect(groupName("OTHER")).toBe("OTHER");
  });

  it("orders warnings by severity and finds a duplicate", () => {
    const list = [
      warning("GENERIC_MISSING", "INFO"),
      warning("DUPLICATE_IN_SCOPE", "ERROR"),
      warning("HOMOPHONE_IN_SCOPE", "WARNING"),
    ];
    expect(bySeverity(list).map((w) => w.code)).toEqual([
      "DUPLICATE_IN_SCOPE",
      "HOMOPHONE_IN_SCOPE",
      "GENERIC_MISSING",
    ]);
    expect(hasDuplicate(list)).toBe(true);
    expect(hasDuplicate([warning("HOMOPHONE_IN_SCOPE", "WARNING")])).toBe(false);
    expect(severityType("ERROR")).toBe("error");
    expect(severityTagType("ERROR")).toBe("danger");
    expect(severityTagType("INFO")).toBe("info");
  });

  it("moves worklist entries as the server allows", () => {
    expect(cleanupMoves("OPEN")).toEqual(["IN_PROGRESS", "DONE", "WAIVED"]);
    expect(cleanupMoves("IN_PROGRESS")).toEqual(["OPEN", "DONE", "WAIVED"]);
    expect(cleanupMoves("WAIVED")).toEqual(["OPEN"]);
    expect(cleanupMoveLabel("OPEN")).toBe("重新打开");
    expect(cleanupMoveLabel("WAIVED")).toBe("不予整改");
  });
});
