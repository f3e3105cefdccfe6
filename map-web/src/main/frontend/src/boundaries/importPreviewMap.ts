import type Feature from "ol/Feature";
import GeoJSON from "ol/format/GeoJSON";
import VectorLayer from "ol/layer/Vector";
import type OlMap from "ol/Map";
import VectorSource from "ol/source/Vector";
import { Fill, Stroke, Style, Text } from "ol/style";
import type { FeatureLike } from "ol/Feature";
import type { AppConfig } from "../api/types";
import { createBaseLayer } from "../map/baseLayer";
import { createMap } from "../map/createMap";

/** How a staged feature is drawn: it changes its division, it changes nothing, it has a problem. */
export type StagedState = "changed" | "unchanged" | "problem";

const COLORS: Record<StagedState, string> = {
  changed: "26, 115, 232",
  unchanged: "96, 125, 139",
  problem: "217, 48, 37",
};

export const STAGED_STATE_NAMES: Record<StagedState, string> = {
  changed: "将修改",
  unchanged: "无变化",
  problem: "有问题",
};

export function stagedColor(state: StagedState): string {
  return `rgb(${COLORS[state]})`;
}

/** The map of the import dialog: the file's features as staged, labelled with their names. */
export interface ImportPreviewMap {
  readonly olMap: OlMap;
  /** Draws a FeatureCollection (CRS84) of staged features; `state` says how each is drawn. */
  show(collection: unknown, state: (feature: FeatureLike) => StagedState): number;
  dispose(): void;
}

const format = new GeoJSON({ dataProjection: "EPSG:4326", featureProjection: "EPSG:3857" });

export function createImportPreviewMap(target: HTMLElement, config: AppConfig): ImportPreviewMap {
  const source = new VectorSource<Feature>();
  let stateOf: (feature: FeatureLike) => StagedState = () => "changed";
  const layer = new VectorLayer({
    source,
    style: (feature) => {
      const color = COLORS[stateOf(feature)];
      return new Style({
        fill: new Fill({ color: `rgba(${color}, 0.25)` }),
        stroke: new Stroke({ color: `rgb(${color})`, width: 2 }),
        text: new Text({
          text: String(feature.get("name") ?? ""),
          font: "13px sans-serif",
          fill: new Fill({ color: "#16324f" }),
          stroke: new Stroke({ color: "#fff", width: 3 }),
          overflow: true,
        }),
      });
    },
    zIndex: 10,
  });
  const base = createBaseLayer(config.baseLayer);
  const map = createMap(target, [...(base ? [base] : []), layer]);
  return {
    olMap: map,
    show(collection, state) {
      stateOf = state;
      source.clear();
      source.addFeatures(format.readFeatures(collection) as Feature[]);
      const extent = source.getExtent();
      map.updateSize();
      if (extent && source.getFeatures().length > 0 && Number.isFinite(extent[0])) {
        map.getView().fit(extent, { padding: [24, 24, 24, 24], maxZoom: 13 });
      }
      target.dataset.staged = String(source.getFeatures().length);
      return source.getFeatures().length;
    },
    dispose() {
      map.setTarget(undefined);
    },
  };
}
