import { afterEach, describe, expect, it, vi } from "vitest";
import { addressesUrl, proposeNumbers } from "./addressList";

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

describe("proposeNumbers", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("posts the clicked points to the road's numbering", async () => {
    vi.stubGlobal("document", { cookie: "XSRF-TOKEN=t" });
    const fetchMock = vi
      .fn()
      .mockResolvedValue(
        Response.json({ proposals: [{ index: 0, houseNumber: "12之1号", side: "RIGHT" }] }),
      );
    vi.stubGlobal("fetch", fetchMock);
    const proposals = await proposeNumbers("652301-R00018", [[87.3, 44.02]]);
    expect(proposals[0]?.houseNumber).toBe("12之1号");
    const [path, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(path).toBe("/api/roads/652301-R00018/numbering");
    expect(JSON.parse(init.body as string)).toEqual({ points: [[87.3, 44.02]] });
  });
});
