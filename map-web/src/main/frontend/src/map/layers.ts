import type Feature from "ol/Feature";
import VectorLayer from "ol/layer/Vector";
import type { StyleFunction } from "ol/style/Style";
import VectorSource from "ol/source/Vector";
import { prefectureOutlineStyle } from "./countyStyle";

export type DivisionLayer = VectorLayer<VectorSource<Feature>, Feature>;

/** County areas; the only layer that answers map clicks. */
export function createCountiesLayer(
  source: VectorSource<Feature>,
  style: StyleFunction,
): DivisionLayer {
  return new VectorLayer({ source, style, properties: { name: "counties" } });
}

/** Outline of the home division (prefecture), above the counties. */
export function createPrefectureLayer(): DivisionLayer {
  return new VectorLayer({
    source: new VectorSource<Feature>(),
    style: prefectureOutlineStyle,
    properties: { name: "prefecture outline" },
  });
}

/** County names from the counties' source, decluttered, above all other layers. */
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
