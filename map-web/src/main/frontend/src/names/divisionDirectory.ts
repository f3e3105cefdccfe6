import { reactive } from "vue";
import { fetchDivisionLabels } from "../api/endpoints";
import type { DivisionRef } from "../api/types";
import { ancestorAt, levelOfCode } from "./divisionCodes";

/**
 * Names of divisions by code, to say where a place name lies (「阜康市 · 博峰街道」). The app
 * registers the home division and its counties; the townships are loaded once when the place-name
 * workspace opens.
 */
const names = reactive(new Map<string, string>());

export function registerDivisions(divisions: readonly DivisionRef[]): void {
  for (const { code, name } of divisions) names.set(code, name);
}

/** The name of a division, or null while unknown. */
export function divisionName(code: string | null | undefined): string | null {
  return code ? (names.get(code) ?? null) : null;
}

/** The registered divisions at `level` under `prefix` (in code order). */
export function divisionsAt(level: number, under: (code: string) => boolean): DivisionRef[] {
  return [...names.entries()]
    .filter(([code]) => levelOfCode(code) === level && under(code))
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * Where a code lies, by county and township names: 652302001001 → 「阜康市 · 博峰街道 · …」.
 * `includeSelf` false leaves out the division itself (for the name of a division: 博峰街道 lies in
 * 阜康市). Unknown names are left out; a code nothing is known of shows as itself.
 */
export function placeOf(code: string | null | undefined, includeSelf = true): string {
  if (!code) return "—";
  const own = levelOfCode(code);
  if (own === 0) return code;
  const parts: string[] = [];
  for (let level = 3; level <= own; level++) {
    if (level === own && !includeSelf) break;
    const ancestor = ancestorAt(code, level);
    const name = ancestor ? divisionName(ancestor) : null;
    if (name) parts.push(name);
  }
  if (parts.length === 0) {
    // above county level, or nothing known: the nearest known name up the tree
    for (let level = includeSelf ? own : own - 1; level >= 1; level--) {
      const ancestor = ancestorAt(code, level);
      const name = ancestor ? divisionName(ancestor) : null;
      if (name) return name;
    }
    return includeSelf ? code : "—";
  }
  return parts.join(" · ");
}

let counties: Promise<void> | null = null;

/**
 * Loads the county-level divisions (县级, level 3) once, for a view that may open before the map
 * has registered them; failures are retried next time.
 */
export function loadCounties(): Promise<void> {
  counties ??= fetchDivisionLabels(undefined, [3])
    .then((labels) => {
      registerDivisions(labels.divisions.map((d) => ({ code: d.code, name: d.name })));
    })
    .catch((error: unknown) => {
      counties = null;
      throw error;
    });
  return counties;
}

let townships: Promise<void> | null = null;

/** Loads the township-level divisions (乡级, level 4) once; failures are retried next time. */
export function loadTownships(): Promise<void> {
  townships ??= fetchDivisionLabels(undefined, [4])
    .then((labels) => {
      registerDivisions(labels.divisions.map((d) => ({ code: d.code, name: d.name })));
    })
    .catch((error: unknown) => {
      townships = null;
      throw error;
    });
  return townships;
}

/**
 * The name of a boundary line by its two sides, 「奇台县—木垒县」: a line's code is the two sides'
 * significant code digits, smaller first (652325652328). A side whose name is unknown shows as its
 * code; a code that is not two sides shows as itself.
 */
export function lineName(lineCode: string): string {
  if (!/^\d+$/.test(lineCode) || lineCode.length % 2 !== 0 || lineCode.length > 24) {
    return lineCode;
  }
  const half = lineCode.length / 2;
  const sides = [lineCode.slice(0, half), lineCode.slice(half)].map((digits) =>
    digits.padEnd(12, "0"),
  );
  const names = sides.map(divisionName);
  if (names.every((name) => name === null)) return lineCode;
  return sides.map((code, i) => names[i] ?? code).join("—");
}
