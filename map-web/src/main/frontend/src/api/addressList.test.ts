import { describe, expect, it } from "vitest";
import { addressesUrl } from "./addressList";

describe("addressesUrl", () => {
  it("pages and filters the addresses collection", () => {
    expect(addressesUrl({ text: "", kind: "", limit: 20, offset: 0 })).toBe(
      "/ogc/collections/addresses/items?limit=20&offset=0",
    );
    expect(addressesUrl({ text: " 北京南路 ", kind: "UNIT_ROOM", limit: 20, offset: 40 })).toBe(
      "/ogc/collections/addresses/items?limit=20&offset=40&q=%E5%8C%97%E4%BA%AC%E5%8D%97%E8%B7%AF&kind=UNIT_ROOM",
    );
  });
});
