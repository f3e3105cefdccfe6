/** Progress of the cleanup per county, as the table and the chart show it. */
import type { CountyProgress } from "../api/placeNameTypes";

export interface ProgressRow extends CountyProgress {
  /** The county's name, or its code while unknown. */
  name: string;
  /** Flagged names needing no more work (已整改 + 不予整改). */
  closed: number;
  /** closed / flagged in percent (100 when nothing is flagged). */
  closedPercent: number;
}

/** Rows for the table: counties in code order, the prefecture's own names (if any) first. */
export function progressRows(
  progress: readonly CountyProgress[],
  nameOf: (code: string) => string | null,
): ProgressRow[] {
  return [...progress]
    .sort((a, b) => a.countyCode.localeCompare(b.countyCode))
    .map((county) => {
      const closed = county.done + county.waived;
      return {
        ...county,
        name: nameOf(county.countyCode) ?? county.countyCode,
        closed,
        closedPercent:
          county.flagged === 0 ? 100 : Math.round((closed / county.flagged) * 1000) / 10,
      };
    });
}

/** The sum of all rows (合计). */
export function progressTotal(rows: readonly ProgressRow[]): Omit<ProgressRow, "countyCode"> {
  const sum = (key: "total" | "flagged" | "open" | "inProgress" | "done" | "waived") =>
    rows.reduce((acc, row) => acc + row[key], 0);
  const flagged = sum("flagged");
  const closed = sum("done") + sum("waived");
  return {
    name: "合计",
    total: sum("total"),
    flagged,
    open: sum("open"),
    inProgress: sum("inProgress"),
    done: sum("done"),
    waived: sum("waived"),
    closed,
    closedPercent: flagged === 0 ? 100 : Math.round((closed / flagged) * 1000) / 10,
  };
}

/** The series of the stacked bar chart: one per cleanup status, a value per county. */
export const CHART_SERIES = [
  { key: "open", name: "待整改", colour: "#e05d44" },
  { key: "inProgress", name: "整改中", colour: "#e6a23c" },
  { key: "done", name: "已整改", colour: "#52a35b" },
  { key: "waived", name: "不予整改", colour: "#909399" },
] as const;
