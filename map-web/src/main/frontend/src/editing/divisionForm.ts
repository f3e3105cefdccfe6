import type { RecordStatus } from "../api/types";

/** What the edit form changes of a division; everything else stays as it is. */
export interface DivisionEdit {
  name: string;
  status: RecordStatus;
  remarks: string;
}

/** The kind of a write to a division (ADR 0012): the record was wrong, or a dated legal change. */
export type ChangeKind = "CORRECTION" | "LEGAL_CHANGE";

export const CHANGE_KIND_OPTIONS: ReadonlyArray<{ value: ChangeKind; label: string }> = [
  { value: "CORRECTION", label: "更正" },
  { value: "LEGAL_CHANGE", label: "法定变更" },
];

/** 更正 / 法定变更 for a kind (anything else as it is). */
export function changeKindName(kind: string | null | undefined): string {
  return CHANGE_KIND_OPTIONS.find((option) => option.value === kind)?.label ?? kind ?? "";
}

/**
 * How an edit is recorded: a correction (with its reason) or a legal change (from its effective
 * day, YYYY-MM-DD, with the approval document).
 */
export interface ChangeRecord {
  kind: ChangeKind;
  reason: string;
  effectiveFrom: string;
  approvalDocument: string;
}

export function blankChange(): ChangeRecord {
  return { kind: "CORRECTION", reason: "", effectiveFrom: "", approvalDocument: "" };
}

/** What the edited division was when read: status, name and first day of its current version. */
export interface RecordedVersion {
  name: string;
  status?: string | null;
  validFrom: string | null;
}

/**
 * Whether a correction needs a reason: it changes the name or the outline of a published version
 * valid before `today` (the server refuses it without one).
 */
export function correctionNeedsReason(
  version: RecordedVersion,
  edit: Pick<DivisionEdit, "name">,
  geometryChanged: boolean,
  today: string,
): boolean {
  const published = (version.status ?? "PUBLISHED") === "PUBLISHED";
  const onRecord = published && (!version.validFrom || version.validFrom < today);
  return onRecord && (geometryChanged || edit.name.trim() !== version.name);
}

/** Checks how an edit is recorded before it is sent (the server checks again). */
export function checkChange(
  change: ChangeRecord,
  needsReason: boolean,
): Partial<Record<"reason" | "effectiveFrom" | "approvalDocument", string>> {
  const errors: Partial<Record<"reason" | "effectiveFrom" | "approvalDocument", string>> = {};
  if (change.kind === "CORRECTION") {
    if (needsReason && !change.reason.trim())
      errors.reason = "更正已发布区划的名称或边界须说明理由";
  } else {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(change.effectiveFrom)) errors.effectiveFrom = "请选择生效日期";
    if (!change.approvalDocument.trim()) errors.approvalDocument = "法定变更须填写批准文件";
  }
  return errors;
}

/** A new division as the create form collects it. */
export interface NewDivision extends DivisionEdit {
  code: string;
  level: number;
  parentCode: string;
}

export const STATUS_OPTIONS: ReadonlyArray<{ value: RecordStatus; label: string }> = [
  { value: "DRAFT", label: "草稿" },
  { value: "PUBLISHED", label: "已发布" },
];

/** Division levels 1–5 and their names. */
export const LEVEL_OPTIONS: ReadonlyArray<{ value: number; label: string }> = [
  { value: 1, label: "省级" },
  { value: 2, label: "地级" },
  { value: 3, label: "县级" },
  { value: 4, label: "乡级" },
  { value: 5, label: "村级" },
];

/** 草稿 / 已发布 for a status (anything else as it is). */
export function statusName(status: string | null | undefined): string {
  return STATUS_OPTIONS.find((option) => option.value === status)?.label ?? status ?? "";
}

/**
 * The level of a 12-digit statistical division code from where its digits stop: 65 0000000000
 * province, 6523 00000000 prefecture, 652302 000000 county, 652302001 000 township, else village.
 * Null for anything that is not 12 digits.
 */
export function levelOfCode(code: string): number | null {
  if (!/^\d{12}$/.test(code)) return null;
  if (/^0{10}$/.test(code.slice(2))) return 1;
  if (/^0{8}$/.test(code.slice(4))) return 2;
  if (/^0{6}$/.test(code.slice(6))) return 3;
  if (/^0{3}$/.test(code.slice(9))) return 4;
  return 5;
}

/** The significant digits of a code at its level (the prefix its children share). */
function prefixOf(code: string, level: number): string {
  return code.slice(0, [2, 4, 6, 9, 12][level - 1] ?? 12);
}

/**
 * Checks a new division before it is sent (the server checks again): a 12-digit code whose level
 * matches, under its parent. Returns a message per field in error.
 */
export function checkNewDivision(
  division: NewDivision,
): Partial<Record<keyof NewDivision, string>> {
  const errors: Partial<Record<keyof NewDivision, string>> = {};
  const codeLevel = levelOfCode(division.code);
  if (codeLevel === null) {
    errors.code = "区划代码须为 12 位数字";
  } else if (codeLevel !== division.level) {
    const name = LEVEL_OPTIONS.find((option) => option.value === codeLevel)?.label;
    errors.code = `该代码是${name}代码，与所选层级不符`;
  }
  if (!division.name.trim()) errors.name = "请输入名称";
  if (division.level > 1) {
    const parentLevel = levelOfCode(division.parentCode);
    if (parentLevel === null) {
      errors.parentCode = "上级区划代码须为 12 位数字";
    } else if (parentLevel !== division.level - 1) {
      errors.parentCode = "上级区划须比新区划高一级";
    } else if (
      codeLevel !== null &&
      !division.code.startsWith(prefixOf(division.parentCode, parentLevel))
    ) {
      errors.code = "区划代码须以上级区划代码的前几位开头";
    }
  }
  return errors;
}
