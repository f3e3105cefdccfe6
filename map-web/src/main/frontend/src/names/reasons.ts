/**
 * The reasons a name is non-standard (gazetteer `ReasonCode`): a short label for chips and filters,
 * the family (大、洋、怪、重、字、通名) and how a severity is shown.
 */
import type { CleanupStatus, NameWarning, Severity } from "../api/placeNameTypes";

export interface Reason {
  code: string;
  /** The family: 大, 洋, 怪, 重, 字, 通名. */
  group: string;
  /** Short label, e.g. 重名. */
  label: string;
}

export const REASONS: readonly Reason[] = [
  { code: "BIG_GRANDIOSE_WORD", group: "大", label: "夸大用字" },
  { code: "BIG_GENERIC_EXCEEDS_SIZE", group: "大", label: "通名夸大" },
  { code: "FOREIGN_PLACE_NAME", group: "洋", label: "外国地名" },
  { code: "FOREIGN_PERSON_NAME", group: "洋", label: "外国人名" },
  { code: "FOREIGN_WORD", group: "洋", label: "外语音译词" },
  { code: "FOREIGN_LATIN_LETTERS", group: "洋", label: "夹用外文字母" },
  { code: "ODD_BARE_NUMBER", group: "怪", label: "纯数字专名" },
  { code: "ODD_ARABIC_DIGITS", group: "怪", label: "夹用阿拉伯数字" },
  { code: "ODD_SYMBOL", group: "怪", label: "含符号" },
  { code: "ODD_LATIN_ONLY", group: "怪", label: "纯字母" },
  { code: "ODD_WORD", group: "怪", label: "怪异用语" },
  { code: "DUPLICATE_IN_SCOPE", group: "重", label: "重名" },
  { code: "HOMOPHONE_IN_SCOPE", group: "重", label: "同音" },
  { code: "CHAR_NOT_IN_STANDARD_LIST", group: "字", label: "表外字" },
  { code: "CHAR_TRADITIONAL", group: "字", label: "繁体字" },
  { code: "CHAR_MIXED_SCRIPT", group: "字", label: "繁简混用" },
  { code: "GENERIC_CONTRADICTS_CATEGORY", group: "通名", label: "通名与类别不符" },
  { code: "GENERIC_MISSING", group: "通名", label: "缺少通名" },
];

const BY_CODE = new Map(REASONS.map((reason) => [reason.code, reason]));

const GROUPS: Record<string, string> = {
  BIG: "大",
  FOREIGN: "洋",
  ODD: "怪",
  DUPLICATE: "重",
  CHARACTER: "字",
  GENERIC: "通名",
};

/** The reason of a code; an unknown code is shown as itself. */
export function reasonOf(code: string): Reason {
  return BY_CODE.get(code) ?? { code, group: "", label: code };
}

/** The Chinese family of a warning's group (DUPLICATE → 重). */
export function groupName(group: string): string {
  return GROUPS[group] ?? group;
}

export const SEVERITY_NAMES: Record<Severity, string> = {
  ERROR: "错误",
  WARNING: "警告",
  INFO: "提示",
};

/** The Element Plus alert or tag type of a severity. */
export function severityType(severity: Severity): "error" | "warning" | "info" {
  return severity === "ERROR" ? "error" : severity === "WARNING" ? "warning" : "info";
}

/** ElTag has "danger" where ElAlert has "error". */
export function severityTagType(severity: Severity): "danger" | "warning" | "info" {
  const type = severityType(severity);
  return type === "error" ? "danger" : type;
}

/** Warnings, the most serious first (stable within a severity). */
export function bySeverity(warnings: readonly NameWarning[]): NameWarning[] {
  const rank: Record<Severity, number> = { ERROR: 0, WARNING: 1, INFO: 2 };
  return [...warnings].sort((a, b) => rank[a.severity] - rank[b.severity]);
}

/** Whether the warnings include a duplicate name in the county (the form asks before submitting). */
export function hasDuplicate(warnings: readonly NameWarning[]): boolean {
  return warnings.some((warning) => warning.code === "DUPLICATE_IN_SCOPE");
}

export const CLEANUP_STATUS_NAMES: Record<CleanupStatus, string> = {
  OPEN: "待整改",
  IN_PROGRESS: "整改中",
  DONE: "已整改",
  WAIVED: "不予整改",
};

/** The statuses a worklist entry may move to (gazetteer `CleanupStatus.canMoveTo`). */
export function cleanupMoves(from: CleanupStatus): CleanupStatus[] {
  switch (from) {
    case "OPEN":
      return ["IN_PROGRESS", "DONE", "WAIVED"];
    case "IN_PROGRESS":
      return ["OPEN", "DONE", "WAIVED"];
    default:
      return ["OPEN"];
  }
}

/** The button that moves an entry to `to` (OPEN from a closed status is a reopening). */
export function cleanupMoveLabel(to: CleanupStatus): string {
  return to === "OPEN" ? "重新打开" : CLEANUP_STATUS_NAMES[to];
}

export function cleanupTagType(status: CleanupStatus): "danger" | "warning" | "success" | "info" {
  switch (status) {
    case "OPEN":
      return "danger";
    case "IN_PROGRESS":
      return "warning";
    case "DONE":
      return "success";
    default:
      return "info";
  }
}
