import type { RecordStatus } from "../api/types";

/** What the edit form changes of a division; everything else stays as it is. */
export interface DivisionEdit {
  name: string;
  status: RecordStatus;
  remarks: string;
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
