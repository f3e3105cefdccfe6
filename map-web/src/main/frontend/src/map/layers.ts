import type Feature from "ol/Feature";
import VectorLayer from "ol/layer/Vector";
import type { StyleFunction } from "ol/style/Style";
import VectorSource from "ol/source/Vector";
import { prefectureOutlineStyle } from "./countyStyle";

export type DivisionLayer = VectorLayer<VectorSource<Feature>, Feature>;

/** Outline of the home division (prefecture), above the counties. */
export function createPrefectureLayer(): DivisionLayer {
  return new VectorLayer({
    source: new VectorSource<Feature>(),
    style: prefectureOutlineStyle,
    properties: { name: "prefecture outline" },
  });
}

/**
 * County names at their label points, decluttered, above the areas. They come from the counties'
 * GeoJSON, not from the tiles: a tile only holds the part of a county inside it, so labels drawn
 * from tiles would repeat or be cut at tile edges.
 */
export function createLabelsLayer(
  source: VectorSource<Feature>,
  style: StyleFunction,
): DivisionLayer {
  return new VectorLayer({
    source,
    style,
    declutter: true,
    properties: { name: "county labels" },
  });
}
