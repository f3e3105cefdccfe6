import { getJson, write } from "./http";

/** A sign's status on the map (the first that applies). */
export type SignStatus = "NONCOMPLIANT" | "REPAIR" | "OVERDUE" | "OK";
export type SignCondition = "GOOD" | "WORN" | "DAMAGED" | "MISSING";

export const SIGN_STATUS_NAMES: Record<SignStatus, string> = {
  NONCOMPLIANT: "不规范",
  REPAIR: "待维修",
  OVERDUE: "巡检逾期",
  OK: "正常",
};

/** Map colours of the statuses: red, orange, purple, green. */
export const SIGN_STATUS_COLORS: Record<SignStatus, string> = {
  NONCOMPLIANT: "#d93025",
  REPAIR: "#f29900",
  OVERDUE: "#8e44ad",
  OK: "#1e8e3e",
};

export const SIGN_TYPE_NAMES: Record<string, string> = {
  ROAD: "路牌",
  STREET: "街牌",
  LANE: "巷牌",
  HOUSE_NUMBER: "门牌",
  BUILDING: "楼牌",
  VILLAGE: "村牌",
  COMMUNITY: "社区标志牌",
  BOUNDARY: "界牌",
};

export const SIGN_CONDITION_NAMES: Record<SignCondition, string> = {
  GOOD: "完好",
  WORN: "老化褪色",
  DAMAGED: "损坏",
  MISSING: "缺失",
};

/** The properties of a feature of the `signs` collection. */
export interface SignProperties {
  code: string;
  type: string;
  typeName: string;
  installedText: string | null;
  installedRomanization: string | null;
  expectedText: string | null;
  expectedRomanization: string | null;
  compliance: string;
  complianceName: string;
  complianceDetail: string | null;
  condition: SignCondition;
  conditionName: string;
  lastPatrolledOn: string | null;
  nextPatrolDue: string | null;
  openRepairs: number;
  status: SignStatus;
  statusName: string;
}

export interface SignFilters {
  status: SignStatus | "";
  type: string;
}

export const SIGN_ITEMS = "/ogc/collections/signs/items";

/** The signs in a lon/lat box with the filters set. */
export function signsInBboxUrl(
  bbox: readonly number[],
  filters: SignFilters,
  limit: number,
): string {
  const box = bbox.map((n) => n.toFixed(6)).join(",");
  let url = `${SIGN_ITEMS}?bbox=${box}&limit=${limit}`;
  if (filters.status) url += `&status=${filters.status}`;
  if (filters.type) url += `&type=${encodeURIComponent(filters.type)}`;
  return url;
}

export function fetchSignSummary(): Promise<{ byStatus: Record<SignStatus, number> }> {
  return getJson("/api/signs/summary");
}

/** A patrol as entered. */
export interface PatrolInput {
  patrolledOn: string;
  patroller: string;
  condition: SignCondition;
  fault: string;
  repairNeeded: boolean;
  note: string;
}

/** Records a patrol of sign `id`; resolves with the sign as it stands after it. */
export async function recordPatrol(id: string, patrol: PatrolInput): Promise<SignProperties> {
  const response = await write<{ sign: SignProperties }>({
    method: "POST",
    path: `/api/signs/${encodeURIComponent(id)}/patrols`,
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(patrol),
  });
  return response.body.sign;
}

/** Where named roads need a road sign and none stands (GeoJSON, lon/lat). */
export const MISSING_SIGNS = "/api/signs/missing";
