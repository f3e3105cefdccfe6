import { getJson, write } from "./http";

/** A feature of the `addresses` collection. */
export interface AddressFeature {
  id: string;
  geometry: { type: "Point"; coordinates: [number, number] } | null;
  properties: {
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
  };
}

export const ADDRESS_ITEMS = "/ogc/collections/addresses/items";

/** One page of addresses whose text contains `text`, of one kind or all. */
export function addressesUrl(query: {
  text: string;
  kind: string;
  limit: number;
  offset: number;
  /** Only inside this lon/lat box [west, south, east, north]. */
  bbox?: readonly number[] | null;
}): string {
  let url = `${ADDRESS_ITEMS}?limit=${query.limit}&offset=${query.offset}`;
  if (query.text.trim()) url += `&q=${encodeURIComponent(query.text.trim())}`;
  if (query.kind) url += `&kind=${query.kind}`;
  if (query.bbox) url += `&bbox=${query.bbox.map((v) => v.toFixed(6)).join(",")}`;
  return url;
}

/** A road of the library as the numbering tool lists it. */
export interface RoadOption {
  code: string;
  name: string;
  /** Its line, GeoJSON in lon/lat. */
  geometry: unknown;
}

/** A house number proposed for a point by the numbering tool. */
export interface NumberProposal {
  index: number;
  houseNumber: string;
  text: string;
  side: "LEFT" | "RIGHT";
  sideName: string;
  measureMetres: number;
  offsetMetres: number;
  note: string | null;
}

/** The current roads and lanes (城镇街巷) of a division, by name. */
export async function fetchRoads(divisionPrefix: string): Promise<RoadOption[]> {
  const result = await getJson<{
    features: { geometry: unknown; properties: { code: string; standardName: string } }[];
  }>(
    `/ogc/collections/place-names/items?category=0801&division=${encodeURIComponent(divisionPrefix)}&limit=2000`,
  );
  return result.features
    .map((f) => ({
      code: f.properties.code,
      name: f.properties.standardName,
      geometry: f.geometry,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
}

/** The house numbers of a road, as GeoJSON. */
export function roadAddressesUrl(roadCode: string): string {
  return `${ADDRESS_ITEMS}?roadCode=${encodeURIComponent(roadCode)}&kind=HOUSE_NUMBER&limit=2000`;
}

/** The numbers the points [lon, lat] would get on the road. */
export async function proposeNumbers(
  roadCode: string,
  points: [number, number][],
): Promise<NumberProposal[]> {
  const response = await write<{ proposals: NumberProposal[] }>({
    method: "POST",
    path: `/api/roads/${encodeURIComponent(roadCode)}/numbering`,
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ points }),
  });
  return response.body.proposals;
}

/** Registers a house number on a road at a point; resolves with its standard text. */
export async function createAddress(
  roadCode: string,
  houseNumber: string,
  point: [number, number],
): Promise<{ code: string; text: string }> {
  const response = await write<{ code: string; text: string }>({
    method: "POST",
    path: "/api/addresses",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ roadCode, houseNumber, point }),
  });
  return response.body;
}
