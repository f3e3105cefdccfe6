/** Dates as the API takes them: YYYY-MM-DD, the local calendar day. */

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** The local calendar day of `date` as YYYY-MM-DD. */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today as YYYY-MM-DD. */
export function today(): string {
  return isoDay(new Date());
}

/** 2024-03-10 → 2024年3月10日; missing → —. */
export function formatDay(day: string | null | undefined): string {
  const match = day ? /^(\d{4})-(\d{2})-(\d{2})/.exec(day) : null;
  if (!match) return day || "—";
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

/** A validity period: 2024年3月10日起, 2021年1月1日至2023年5月1日, or 现行. */
export function formatPeriod(from: string | null, to: string | null): string {
  if (from && to) return `${formatDay(from)}至${formatDay(to)}`;
  if (from) return `${formatDay(from)}起`;
  if (to) return `至${formatDay(to)}`;
  return "—";
}
