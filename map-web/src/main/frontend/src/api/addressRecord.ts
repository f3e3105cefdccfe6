import { ApiError, request, write } from "./http";
import { dispositionFileName } from "./placeNames";

/** One version of an address as its record shows it (`GET /api/addresses/{code}`). */
export interface AddressVersion {
  id: string;
  code: string;
  text: string;
  kind: string;
  kindName: string;
  county: string;
  township: string | null;
  community: string | null;
  road: string;
  houseNumber: string;
  compound: string | null;
  building: string | null;
  unit: string | null;
  room: string | null;
  /** CURRENT, SUPERSEDED or RETIRED; `statusName` says it in Chinese. */
  status: string;
  statusName: string;
  /** YYYY-MM-DD or null (since before our records). */
  validFrom: string | null;
  /** YYYY-MM-DD (first day no longer valid) or null while current. */
  validTo: string | null;
  pointGenerated: boolean;
  point: [number, number];
  source: string;
  etag: string;
}

/** What was done to an address, newest first. */
export interface AddressEvent {
  id: number;
  versionId: string;
  occurredAt: string;
  /** Beijing time to the minute, 2026-05-20 12:00. */
  occurredAtText: string;
  actorName: string;
  action: string;
  actionName: string;
  reason: string | null;
}

/** The record of an address: its latest version, every version and the events. */
export interface AddressRecord extends AddressVersion {
  current: boolean;
  /** Buildings and rooms registered at a current house number. */
  dependents: number;
  versions: AddressVersion[];
  events: AddressEvent[];
}

const enc = encodeURIComponent;

export async function fetchAddressRecord(code: string): Promise<AddressRecord> {
  return (await request<AddressRecord>(`/api/addresses/${enc(code)}`)).body;
}

/** A new house number and/or position of the current version (sent with its ETag). */
export async function editAddress(
  record: AddressRecord,
  change: { houseNumber?: string; point?: [number, number]; reason?: string },
): Promise<AddressVersion> {
  const response = await write<AddressVersion>({
    method: "PUT",
    path: `/api/addresses/${enc(record.code)}`,
    headers: { "Content-Type": "application/json", "If-Match": record.etag },
    body: JSON.stringify(change),
  });
  return response.body;
}

export async function retireAddress(
  record: AddressRecord,
  reason: string,
): Promise<AddressVersion & { retiredWithIt: number }> {
  const response = await write<AddressVersion & { retiredWithIt: number }>({
    method: "POST",
    path: `/api/addresses/${enc(record.code)}/retirement`,
    headers: { "Content-Type": "application/json", "If-Match": record.etag },
    body: JSON.stringify({ reason }),
  });
  return response.body;
}

/** The export of the list as it is filtered (`GET /api/addresses/export`). */
export function addressExportUrl(query: { text: string; kind: string }, format: "xlsx" | "csv") {
  let url = `/api/addresses/export?format=${format}`;
  if (query.text.trim()) url += `&q=${enc(query.text.trim())}`;
  if (query.kind) url += `&kind=${enc(query.kind)}`;
  return url;
}

const FIELDS: Record<string, string> = {
  houseNumber: "门牌号",
  point: "位置",
  reason: "原因",
  q: "导出范围",
};

/** A refused write in the record's words: 412 someone else saved first, 400 the field and why. */
export function describeAddressError(error: unknown): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  if (error.status === 412) return "该地址已被他人修改，请重新载入后再操作；您的修改未保存。";
  const param = error.problem?.invalidParams?.[0];
  if (error.status === 400 && param?.reason) {
    const label = FIELDS[param.name];
    return label ? `${label}：${param.reason}` : param.reason;
  }
  return error.message;
}

/** Downloads the export; a refusal (too many rows, not logged in) becomes an ApiError. */
export async function downloadAddresses(
  query: { text: string; kind: string },
  format: "xlsx" | "csv",
): Promise<{ blob: Blob; fileName: string }> {
  let response: Response;
  try {
    response = await fetch(addressExportUrl(query, format), { headers: { Accept: "*/*" } });
  } catch {
    throw new ApiError(0, "无法连接服务器");
  }
  if (!response.ok) {
    let message = response.status === 401 ? "导出须先登录" : `HTTP ${response.status}`;
    if ((response.headers.get("Content-Type") ?? "").includes("json")) {
      const problem = (await response.json().catch(() => null)) as {
        detail?: string;
        invalidParams?: { name: string; reason?: string }[];
      } | null;
      const reason = problem?.invalidParams?.[0]?.reason;
      if (reason) message = reason;
      else if (problem?.detail && response.status !== 401) message = problem.detail;
    }
    throw new ApiError(response.status, message);
  }
  const fileName =
    dispositionFileName(response.headers.get("Content-Disposition")) ?? `标准地址.${format}`;
  return { blob: await response.blob(), fileName };
}
