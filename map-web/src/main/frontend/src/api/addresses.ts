import { ApiError, getJson } from "./http";
import { startUploadJob } from "./jobs";

/** How far down the address library a match reached (`GET /api/geocode`). */
export type MatchLevel =
  | "NONE"
  | "COUNTY"
  | "TOWNSHIP"
  | "COMMUNITY"
  | "ROAD"
  | "ROAD_INTERPOLATED"
  | "HOUSE_NUMBER"
  | "BUILDING"
  | "UNIT_ROOM";

/** The Chinese names of the match levels, as the server writes them in result files. */
export const LEVEL_NAMES: Record<MatchLevel, string> = {
  NONE: "未匹配",
  COUNTY: "县级区划",
  TOWNSHIP: "乡镇街道",
  COMMUNITY: "社区村",
  ROAD: "道路",
  ROAD_INTERPOLATED: "道路插值",
  HOUSE_NUMBER: "门牌",
  BUILDING: "楼栋",
  UNIT_ROOM: "单元户室",
};

/** One geocoding answer (shared DESIGN: level, confidence, address, point). */
export interface GeocodeResult {
  input: string;
  level: MatchLevel;
  levelName: string;
  confidence: number;
  address: {
    code: string | null;
    text: string;
    county: string | null;
    township: string | null;
    community: string | null;
    road: string | null;
    houseNumber: string | null;
    building: string | null;
    unit: string | null;
    room: string | null;
  } | null;
  point: [number, number] | null;
  note: string;
  /** Why nothing matched (level NONE), in Chinese; null otherwise. */
  reason?: string | null;
}

/** The summary a finished batch job keeps: rows and how many reached each level. */
export interface BatchSummary {
  rows: number;
  levels: Record<MatchLevel, number>;
  /** The first unmatched rows (numbered from 1) with the reason; every one is in the file. */
  unmatched?: { row: number; address: string; reason: string }[];
}

const enc = encodeURIComponent;

export function geocode(address: string, signal?: AbortSignal): Promise<GeocodeResult> {
  return getJson<GeocodeResult>(`/api/geocode?address=${enc(address)}`, signal);
}

/** Whether a file name is one the batch accepts. */
export function acceptedFile(name: string): boolean {
  return /\.(csv|xlsx|xls)$/i.test(name);
}

/**
 * Uploads a CSV or Excel file of addresses (`POST /api/geocode/batch`, multipart) and returns the
 * job's status URL; `format` is the kind of the result file.
 */
export async function startBatchGeocode(file: File, format: "xlsx" | "csv"): Promise<string> {
  if (!acceptedFile(file.name)) {
    throw new ApiError(400, "请选择 CSV 或 Excel（.xlsx、.xls）文件");
  }
  return startUploadJob(`/api/geocode/batch?format=${format}`, file);
}

/** The levels of a summary in the order of the library, coarsest last, with their counts. */
export function levelRows(
  summary: BatchSummary,
): { level: MatchLevel; name: string; count: number; share: number }[] {
  const order: MatchLevel[] = [
    "UNIT_ROOM",
    "BUILDING",
    "HOUSE_NUMBER",
    "ROAD_INTERPOLATED",
    "ROAD",
    "COMMUNITY",
    "TOWNSHIP",
    "COUNTY",
    "NONE",
  ];
  return order.map((level) => {
    const count = summary.levels[level] ?? 0;
    return {
      level,
      name: LEVEL_NAMES[level],
      count,
      share: summary.rows > 0 ? count / summary.rows : 0,
    };
  });
}
