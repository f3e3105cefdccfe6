import type { AuditRecord } from "./types";
import { getJson, request, write } from "./http";

/** The collection of the facility registry (OGC API – Features, Part 4 for writes). */
export const FACILITY_ITEMS = "/ogc/collections/facilities/items";

/** The writable properties of a facility, as the registry takes them. */
export interface FacilityProperties {
  name: string;
  type: string;
  address: string | null;
  capacity: number | null;
  beds: number | null;
  nursingBeds: number | null;
  operator: string;
  /** YYYY-MM-DD, or null. */
  openedOn: string | null;
  status: string;
  /** 12 digits; left out (null) the server takes it from the position. */
  divisionCode: string | null;
}

/** A facility as the collection serves it: the writable properties and the derived names. */
export interface FacilityFeature {
  id: string;
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: FacilityProperties & {
    typeName: string;
    operatorName: string;
    statusName: string;
    pointGenerated: boolean;
    source: string | null;
  };
}

/** A facility read with its ETag, which a write must send back in `If-Match`. */
export interface VersionedFacility {
  feature: FacilityFeature;
  etag: string;
}

export const FACILITY_TYPES: { code: string; name: string }[] = [
  { code: "ELDER_CARE_INSTITUTION", name: "养老机构" },
  { code: "COMPREHENSIVE_ELDER_CARE_CENTRE", name: "街道/乡镇综合养老服务机构" },
  { code: "COMMUNITY_DAY_CARE", name: "社区日间照料中心" },
  { code: "RURAL_MUTUAL_AID_HOME", name: "农村互助幸福院" },
  { code: "SUPPORT_INSTITUTION", name: "特困人员供养服务设施（敬老院）" },
  { code: "COMMUNITY_SERVICE_CENTRE", name: "社区综合服务设施" },
  { code: "SOCIAL_WORK_STATION", name: "社工站" },
  { code: "CHILD_PROTECTION_STATION", name: "未成年人保护工作站" },
  { code: "CHILD_WELFARE_INSTITUTION", name: "儿童福利机构" },
  { code: "RELIEF_STATION", name: "救助管理站" },
  { code: "FUNERAL_HOME", name: "殡仪馆" },
  { code: "PUBLIC_CEMETERY", name: "公益性公墓" },
  { code: "MARRIAGE_REGISTRY", name: "婚姻登记处" },
];

export const FACILITY_OPERATORS: { code: string; name: string }[] = [
  { code: "PUBLIC", name: "公办" },
  { code: "PRIVATE", name: "民办" },
  { code: "PUBLIC_BUILT_PRIVATELY_RUN", name: "公建民营" },
];

export const FACILITY_STATUSES: { code: string; name: string }[] = [
  { code: "PLANNED", name: "规划" },
  { code: "UNDER_CONSTRUCTION", name: "在建" },
  { code: "OPERATING", name: "运营" },
  { code: "SUSPENDED", name: "暂停" },
  { code: "CLOSED", name: "停办" },
];

/** The Chinese labels of the writable properties, as the form and its messages name them. */
export const FACILITY_FIELDS: Record<string, string> = {
  name: "名称",
  type: "类型",
  address: "地址",
  capacity: "服务能力（人）",
  beds: "床位数",
  nursingBeds: "护理型床位数",
  operator: "运营方式",
  openedOn: "开业日期",
  status: "状态",
  divisionCode: "所在区划",
  geometry: "位置",
};

const WRITABLE: (keyof FacilityProperties)[] = [
  "name",
  "type",
  "address",
  "capacity",
  "beds",
  "nursingBeds",
  "operator",
  "openedOn",
  "status",
  "divisionCode",
];

/** The facilities of the registry (all statuses), as GeoJSON for the map. */
export function facilitiesUrl(): string {
  return `${FACILITY_ITEMS}?limit=5000`;
}

/** The body of a write: the writable properties (empty ones left out) and the point. */
export function facilityBody(
  properties: FacilityProperties,
  lonLat: [number, number],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of WRITABLE) {
    const value = properties[key];
    if (value === null || value === undefined || value === "") continue;
    out[key] = typeof value === "string" ? value.trim() : value;
  }
  return {
    type: "Feature",
    geometry: { type: "Point", coordinates: lonLat },
    properties: out,
  };
}

export async function fetchFacility(id: string): Promise<VersionedFacility> {
  const result = await request<FacilityFeature>(`${FACILITY_ITEMS}/${encodeURIComponent(id)}`);
  return { feature: result.body, etag: result.headers.get("ETag") ?? "" };
}

const GEO_JSON = { "Content-Type": "application/geo+json" };

export async function createFacility(
  properties: FacilityProperties,
  lonLat: [number, number],
): Promise<VersionedFacility> {
  const result = await write<FacilityFeature>({
    method: "POST",
    path: FACILITY_ITEMS,
    headers: GEO_JSON,
    body: JSON.stringify(facilityBody(properties, lonLat)),
  });
  return { feature: result.body, etag: result.headers.get("ETag") ?? "" };
}

export async function replaceFacility(
  id: string,
  etag: string,
  properties: FacilityProperties,
  lonLat: [number, number],
): Promise<VersionedFacility> {
  const result = await write<FacilityFeature>({
    method: "PUT",
    path: `${FACILITY_ITEMS}/${encodeURIComponent(id)}`,
    headers: { ...GEO_JSON, "If-Match": etag },
    body: JSON.stringify(facilityBody(properties, lonLat)),
  });
  return { feature: result.body, etag: result.headers.get("ETag") ?? "" };
}

/** The audit trail of a facility, newest first. */
export function fetchFacilityHistory(id: string): Promise<AuditRecord[]> {
  return getJson<AuditRecord[]>(
    `/api/audit?collection=facilities&featureId=${encodeURIComponent(id)}`,
  );
}
