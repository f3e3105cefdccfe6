/**
 * The as-of day (查看日期) of the maps: calendar days as the API takes them (YYYY-MM-DD), in
 * Beijing time, the zone the records' dates are kept in; the slider counts whole days from a
 * first day.
 */

/** The zone of the records' dates. China keeps UTC+8 all year (no daylight saving). */
export const RECORD_TIME_ZONE = "Asia/Shanghai";
const BEIJING_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** Where the sliders start: the oldest statistics vintage of the demo is 2021-10-31. */
export const FIRST_AS_OF_DAY = "2021-01-01";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `day` is a real calendar day written YYYY-MM-DD. */
export function isIsoDay(day: string): boolean {
  const match = ISO_DAY.exec(day);
  if (!match) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

/** The calendar day in Beijing at instant `now` (default: now), as YYYY-MM-DD. */
export function beijingToday(now: Date = new Date()): string {
  return new Date(now.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** The day `daysAfter` days after `start` (YYYY-MM-DD); negative counts go back. */
export function dayAfter(start: string, daysAfter: number): string {
  const date = new Date(`${start}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + daysAfter);
  return date.toISOString().slice(0, 10);
}

/** Whole days from `start` to `end` (YYYY-MM-DD); negative when `end` is earlier. */
export function daysBetween(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS);
}

/** The slider position of `day` on a slider from `first` to `last`, clamped to its ends. */
export function sliderOffset(first: string, last: string, day: string): number {
  const max = Math.max(0, daysBetween(first, last));
  return Math.min(max, Math.max(0, daysBetween(first, day)));
}

/** The day at slider position `offset` (whole days after `first`). */
export function sliderDay(first: string, offset: number): string {
  return dayAfter(first, Math.round(offset));
}

/** 2021-06-01 → 2021年6月1日; anything else is returned as it is (— when missing). */
export function formatChineseDay(day: string | null | undefined): string {
  const match = day ? ISO_DAY.exec(day) : null;
  if (!match) return day || "—";
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

/**
 * A version's validity in words; `validTo` is the first day after it (exclusive), so the last day
 * shown is the day before: 记录之前起至2023年6月29日, 2023年6月30日起至今.
 */
export function formatValidity(validFrom: string | null, validTo: string | null): string {
  const from = validFrom ? `${formatChineseDay(validFrom)}起` : "记录之前起";
  const to = validTo ? `至${formatChineseDay(dayAfter(validTo, -1))}` : "至今";
  return `${from}${to}`;
}

/** Whether a version from `validFrom` to `validTo` (exclusive; null: open) is valid on `day`. */
export function isValidOn(validFrom: string | null, validTo: string | null, day: string): boolean {
  return (validFrom === null || validFrom <= day) && (validTo === null || day < validTo);
}
