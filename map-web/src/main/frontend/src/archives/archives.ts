import { CLIENT_ID, CSRF_HEADER, csrfToken, getJson, request, write } from "../api/http";

/** A line of the place-name archive catalogue (档案目录), as `/api/name-archives` gives it. */
export interface ArchiveItem {
  archiveNo: string;
  category: "PROCEDURE" | "SURVEY" | "SIGN";
  categoryName: string;
  placeNameCode: string;
  placeNameId: number | null;
  standardName: string;
  title: string;
  documentDate: string;
  retentionName: string;
  classificationName: string;
  pages: number;
  fileName: string;
  sizeBytes: number;
  sha256: string;
}

export interface ArchivePage {
  numberMatched: number;
  items: ArchiveItem[];
}

/** One entry of the heritage list (地名文化保护名录). */
export interface HeritageItem {
  placeNameId: number;
  standardName: string;
  code: string;
  romanization: string | null;
  divisionCode: string;
  criteria: { code: string; name: string }[];
  inUseSince: string | null;
  story: string;
  sources: string;
  listedOn: string;
  point: [number, number] | null;
}

/** The catalogue query string of a search. */
export function archiveQuery(division: string, text: string, category: string, offset = 0): string {
  const params = new URLSearchParams({ limit: "50", offset: String(offset) });
  if (division) params.set("division", division);
  if (text.trim()) params.set("q", text.trim());
  if (category) params.set("category", category);
  return `/api/name-archives?${params.toString()}`;
}

export function findArchive(
  division: string,
  text: string,
  category: string,
  offset = 0,
): Promise<ArchivePage> {
  return getJson<ArchivePage>(archiveQuery(division, text, category, offset));
}

export async function catalogueCounty(county: string): Promise<Record<string, number>> {
  const result = await write<{ added: Record<string, number> }>({
    method: "POST",
    path: `/api/name-archives/${county}/catalogue`,
    headers: {},
  });
  return result.body.added;
}

export interface ImportResult {
  verifiedFiles: number;
  added: string[];
  unchanged: string[];
}

export async function importPackage(file: Blob): Promise<ImportResult> {
  const token = await csrfToken();
  const result = await request<ImportResult>("/api/name-archives/import", {
    method: "POST",
    headers: { "Content-Type": "application/zip", [CSRF_HEADER]: token, "X-Client-Id": CLIENT_ID },
    body: file,
  });
  return result.body;
}

export function packageUrl(county: string): string {
  return `/api/name-archives/${county}/package`;
}

export function fileUrl(archiveNo: string): string {
  return `/api/name-archives/items/${encodeURIComponent(archiveNo)}/file`;
}

export async function heritageList(division = ""): Promise<HeritageItem[]> {
  const query = division ? `?division=${division}` : "";
  return (await getJson<{ items: HeritageItem[] }>(`/api/heritage${query}`)).items;
}

/** Size for people: 1.2 MB, 3.4 KB, 120 B. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}
