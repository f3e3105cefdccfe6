/** A feature of the `addresses` collection. */
export interface AddressFeature {
  id: string;
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
}): string {
  let url = `${ADDRESS_ITEMS}?limit=${query.limit}&offset=${query.offset}`;
  if (query.text.trim()) url += `&q=${encodeURIComponent(query.text.trim())}`;
  if (query.kind) url += `&kind=${query.kind}`;
  return url;
}
