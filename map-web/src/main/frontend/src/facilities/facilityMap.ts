import Collection from "ol/Collection";
import Feature from "ol/Feature";
import type { FeatureLike } from "ol/Feature";
import GeoJSON from "ol/format/GeoJSON";
import Point from "ol/geom/Point";
import Translate from "ol/interaction/Translate";
import VectorLayer from "ol/layer/Vector";
import type OlMap from "ol/Map";
import { toLonLat } from "ol/proj";
import VectorSource from "ol/source/Vector";
import { Circle, Fill, Stroke, Style, Text } from "ol/style";
import type { FacilityFeature } from "../api/facilities";
import type { AppConfig } from "../api/types";
import { lonLatToMercator } from "../crs/webMercator";
import { createBaseLayer } from "../map/baseLayer";
import { createMap } from "../map/createMap";

/** Where the editor opens: urban 昌吉市, where the registry's facilities are. */
export const FACILITY_VIEW = { center: [87.28, 44.025] as [number, number], zoom: 14 };

/** Marker colours by status: operating green, planned or under construction blue, suspended
 * orange, closed grey. */
export const STATUS_COLOURS: Record<string, string> = {
  OPERATING: "#2f9e44",
  PLANNED: "#1c7ed6",
  UNDER_CONSTRUCTION: "#1c7ed6",
  SUSPENDED: "#f08c00",
  CLOSED: "#868e96",
};

const format = new GeoJSON({ dataProjection: "EPSG:4326", featureProjection: "EPSG:3857" });

export interface FacilityMapEvents {
  /** A facility was clicked (its id), or empty map (null). */
  picked(id: string | null, lonLat: [number, number]): void;
  /** The selected facility (or the new one) was dragged to `lonLat`. */
  moved(lonLat: [number, number]): void;
}

export interface FacilityMap {
  readonly olMap: OlMap;
  show(features: FacilityFeature[]): void;
  /** Replaces (or adds) one facility. */
  put(feature: FacilityFeature): void;
  /** Marks `id` as selected (draggable when `movable`), or nothing. */
  select(id: string | null, movable: boolean): void;
  /** The point of a facility not yet saved (draggable), or none. */
  placeNew(lonLat: [number, number] | null): void;
  /** Moves the selected marker to `lonLat` (e.g. back to its stored position). */
  moveSelected(lonLat: [number, number]): void;
  centreOn(lonLat: [number, number]): void;
  dispose(): void;
}

export function createFacilityMap(
  target: HTMLElement,
  config: AppConfig,
  events: FacilityMapEvents,
): FacilityMap {
  const source = new VectorSource<Feature>();
  let selectedId: string | null = null;
  const draft = new Feature<Point>();
  draft.set("draft", true);
  const draftSource = new VectorSource<Feature>();

  const style = (feature: FeatureLike): Style => {
    const selected = feature.get("draft") === true || feature.getId() === selectedId;
    const colour = STATUS_COLOURS[feature.get("status") as string] ?? "#1c7ed6";
    return new Style({
      image: new Circle({
        radius: selected ? 9 : 6,
        fill: new Fill({ color: feature.get("draft") === true ? "#e8590c" : colour }),
        stroke: new Stroke({ color: selected ? "#c92a2a" : "#fff", width: selected ? 3 : 1.5 }),
      }),
      text: selected
        ? new Text({
            text: (feature.get("name") as string | undefined) || "新设施",
            offsetY: -18,
            font: 'bold 13px "Noto Sans CJK SC", sans-serif',
            fill: new Fill({ color: "#222" }),
            stroke: new Stroke({ color: "#fff", width: 3 }),
          })
        : undefined,
      zIndex: selected ? 10 : 1,
    });
  };

  const base = createBaseLayer(config.baseLayer);
  const layer = new VectorLayer({ source, style, zIndex: 20 });
  const map = createMap(target, [
    ...(base ? [base] : []),
    layer,
    new VectorLayer({ source: draftSource, style, zIndex: 30 }),
  ]);
  map.getView().setCenter(lonLatToMercator(FACILITY_VIEW.center));
  map.getView().setZoom(FACILITY_VIEW.zoom);

  const movable = new Collection<Feature>();
  const translate = new Translate({ features: movable, hitTolerance: 6 });
  translate.on("translateend", (event) => {
    const feature = event.features.item(0) as Feature<Point> | undefined;
    const point = feature?.getGeometry();
    if (point) events.moved(toLonLat(point.getCoordinates()) as [number, number]);
  });
  map.addInteraction(translate);

  map.on("singleclick", (event) => {
    let id: string | null = null;
    map.forEachFeatureAtPixel(
      event.pixel,
      (feature) => {
        id = String(feature.getId());
        return true;
      },
      { layerFilter: (l) => l === layer, hitTolerance: 6 },
    );
    events.picked(id, toLonLat(event.coordinate) as [number, number]);
  });

  function selectedFeature(): Feature | null {
    return selectedId === null ? null : source.getFeatureById(selectedId);
  }

  return {
    olMap: map,
    show(features) {
      source.clear();
      source.addFeatures(format.readFeatures({ type: "FeatureCollection", features }) as Feature[]);
      if (selectedId !== null) this.select(selectedId, movable.getLength() > 0);
    },
    put(feature) {
      const existing = source.getFeatureById(feature.id);
      if (existing) source.removeFeature(existing);
      source.addFeature(format.readFeature(feature) as Feature);
    },
    select(id, canMove) {
      selectedId = id;
      movable.clear();
      const feature = selectedFeature();
      if (feature && canMove) movable.push(feature);
      source.changed();
    },
    placeNew(lonLat) {
      draftSource.clear();
      movable.clear();
      if (!lonLat) return;
      draft.setGeometry(new Point(lonLatToMercator(lonLat)));
      draftSource.addFeature(draft);
      movable.push(draft);
    },
    moveSelected(lonLat) {
      const point = selectedFeature()?.getGeometry();
      if (point instanceof Point) point.setCoordinates(lonLatToMercator(lonLat));
    },
    centreOn(lonLat) {
      const view = map.getView();
      view.animate({
        center: lonLatToMercator(lonLat),
        zoom: Math.max(view.getZoom() ?? 14, 15),
        duration: 300,
      });
    },
    dispose() {
      map.setTarget(undefined);
    },
  };
}
