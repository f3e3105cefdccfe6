import { describe, expect, it } from "vitest";
import { formatViewHash, parseViewHash } from "./viewHash";

describe("parseViewHash", () => {
  it("parses a valid hash", () => {
    expect(parseViewHash("#map=7/88.6/44.4")).toEqual({ zoom: 7, lon: 88.6, lat: 44.4 });
    expect(parseViewHash("map=8.25/-0.12345/-33.5")).toEqual({
      zoom: 8.25,
      lon: -0.12345,
      lat: -33.5,
    });
  });

  it("finds the map entry among others", () => {
    expect(parseViewHash("#layer=x&map=5.5/87/44")).toEqual({ zoom: 5.5, lon: 87, lat: 44 });
  });

  it("accepts the edges of the ranges", () => {
    expect(parseViewHash("#map=0/-180/-85")).toEqual({ zoom: 0, lon: -180, lat: -85 });
    expect(parseViewHash("#map=24/180/85.05")).toEqual({ zoom: 24, lon: 180, lat: 85.05 });
  });

  it.each([
    "",
    "#",
    "#map=",
    "#map=7/88.6",
    "#map=7/88.6/44.4/1",
    "#map=a/88.6/44.4",
    "#map=7/88,6/44.4",
    "#map=7//44.4",
    "#map=7/88.6/44.4x",
    "#map=NaN/88.6/44.4",
    "#map=Infinity/88.6/44.4",
    "#map=1e3/88.6/44.4",
    "#zoom=7/88.6/44.4",
  ])("rejects the invalid hash %j", (hash) => {
    expect(parseViewHash(hash)).toBeNull();
  });

  it.each(["#map=-1/88.6/44.4", "#map=25/88.6/44.4", "#map=7/180.5/44.4", "#map=7/-181/44.4"])(
    "rejects the out-of-range hash %j",
    (hash) => {
      expect(parseViewHash(hash)).toBeNull();
    },
  );

  it("rejects latitudes outside Web Mercator", () => {
    expect(parseViewHash("#map=7/88.6/85.06")).toBeNull();
    expect(parseViewHash("#map=7/88.6/-90")).toBeNull();
  });
});

describe("formatViewHash", () => {
  it("rounds zoom to 2 and lon/lat to 5 decimals", () => {
    expect(formatViewHash({ zoom: 7.123456, lon: 88.6000004, lat: 44.123456789 })).toBe(
      "#map=7.12/88.60000/44.12346",
    );
  });

  it("round-trips through parse", () => {
    const hash = formatViewHash({ zoom: 6.5, lon: -12.34567, lat: 0 });
    expect(parseViewHash(hash)).toEqual({ zoom: 6.5, lon: -12.34567, lat: 0 });
  });
});
