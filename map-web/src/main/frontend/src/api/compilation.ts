import { getJson } from "./http";
import { startJob } from "./jobs";

/** The books and maps 地名图志 compiles, and the files it writes them as. */
export type Product = "dictionary" | "gazette" | "map";
export type BookFormat = "pdf" | "docx" | "xlsx" | "png";
/** The sheet of a division map (区划图). */
export type MapSheet = "A3" | "A4";

/** What a division map is printed on, and the 审图号 it carries. */
export interface MapOptions {
  sheet: MapSheet;
  reviewNumber: string;
}

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

/** Starts compiling a book or a map; resolves with the job's status URL. */
export function startCompilation(
  division: string,
  day: string,
  product: Product,
  format: BookFormat,
  map?: MapOptions,
): Promise<string> {
  const extra: Record<string, string> = { product, format };
  if (product === "map" && map) {
    extra.sheet = map.sheet;
    if (map.reviewNumber.trim()) extra.reviewNumber = map.reviewNumber.trim();
  }
  return startJob({
    method: "POST",
    path: `/api/compilations?${compilationQuery(division, day, extra)}`,
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
