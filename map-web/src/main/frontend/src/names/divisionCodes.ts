/**
 * 12-digit division codes (统计用区划代码): 2 digits province, 2 prefecture, 2 county, 3 township,
 * 3 village. A code's level is given by where its trailing zeros start.
 */

/** The level of a code: 1 province … 5 village; 0 when it is not a 12-digit code. */
export function levelOfCode(code: string): number {
  if (!/^\d{12}$/.test(code)) return 0;
  if (code.slice(2) === "0000000000") return 1;
  if (code.slice(4) === "00000000") return 2;
  if (code.slice(6) === "000000") return 3;
  if (code.slice(9) === "000") return 4;
  return 5;
}

const PREFIX_LENGTH = [0, 2, 4, 6, 9, 12] as const;

/** The significant digits of a code (652302000000 → 652302): what every code under it starts with. */
export function codePrefix(code: string): string {
  return code.slice(0, PREFIX_LENGTH[levelOfCode(code)] ?? 12);
}

/** Whether `code` is `ancestor` or lies under it. */
export function isWithin(code: string | null | undefined, ancestor: string): boolean {
  if (!code || levelOfCode(ancestor) === 0) return false;
  return code.startsWith(codePrefix(ancestor));
}

/** The code of the ancestor of `code` at `level` (3 → its county), or null above its own level. */
export function ancestorAt(code: string, level: number): string | null {
  const own = levelOfCode(code);
  if (own === 0 || level > own || level < 1) return null;
  const length = PREFIX_LENGTH[level] ?? 12;
  return code.slice(0, length).padEnd(12, "0");
}

/** The county code (12 digits) of a code at county level or below, or null. */
export function countyOf(code: string | null | undefined): string | null {
  return code ? ancestorAt(code, 3) : null;
}
