import { getJson } from "./http";
import { startJob } from "./jobs";

/** The books 地名图志 compiles, and the files it writes them as. */
export type Product = "dictionary" | "gazette";
export type BookFormat = "pdf" | "docx" | "xlsx";

export interface CountyCounts {
  countyCode: string;
  countyName: string;
  entries: number;
  complete: number;
  lacking: Record<string, number>;
}

export interface WorklistItem {
  placeNameId: number;
  code: string;
  name: string;
  countyCode: string | null;
  location: string;
  category: string;
  lacking: string[];
  href: string;
}

/** `GET /api/compilations/worklist`. */
export interface CompilationWorklist {
  division: string;
  divisionName: string;
  day: string;
  counties: CountyCounts[];
  gapNames: Record<string, string>;
  items: WorklistItem[];
}

/** The query of a compilation or its worklist. */
export function compilationQuery(
  division: string,
  day: string,
  extra: Record<string, string> = {},
): string {
  const params = new URLSearchParams({ division, day, ...extra });
  return params.toString();
}

/** Starts compiling a book; resolves with the job's status URL. */
export function startCompilation(
  division: string,
  day: string,
  product: Product,
  format: BookFormat,
): Promise<string> {
  return startJob({
    method: "POST",
    path: `/api/compilations?${compilationQuery(division, day, { product, format })}`,
    headers: {},
  });
}

export function fetchCompilationWorklist(
  division: string,
  day: string,
  signal?: AbortSignal,
): Promise<CompilationWorklist> {
  return getJson<CompilationWorklist>(
    `/api/compilations/worklist?${compilationQuery(division, day)}`,
    signal,
  );
}

/** The worklist as XLSX, to download. */
export function worklistExportUrl(division: string, day: string): string {
  return `/api/compilations/worklist.xlsx?${compilationQuery(division, day)}`;
}

/** The Chinese names of an item's gaps, in the order the server lists the gaps. */
export function gapLabels(item: WorklistItem, gapNames: Record<string, string>): string[] {
  return Object.keys(gapNames)
    .filter((gap) => item.lacking.includes(gap))
    .map((gap) => gapNames[gap] ?? gap);
}
