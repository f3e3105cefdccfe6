import Collection from "ol/Collection";
import Feature from "ol/Feature";
import type { FeatureLike } from "ol/Feature";
import Point from "ol/geom/Point";
import Translate from "ol/interaction/Translate";
import VectorLayer from "ol/layer/Vector";
import type OlMap from "ol/Map";
import { transformExtent, toLonLat } from "ol/proj";
import VectorSource from "ol/source/Vector";
import { Circle, Fill, Stroke, Style, Text } from "ol/style";
import type { AppConfig } from "../api/types";
import { lonLatToMercator } from "../crs/webMercator";
import { createBaseLayer } from "../map/baseLayer";
import { createMap } from "../map/createMap";

/** Where the library's map opens: urban 昌吉市, where the addresses are. */
export const ADDRESS_VIEW = { center: [87.3, 44.01] as [number, number], zoom: 13 };

/** An address on the map: its code, its number in the list and its point. */
export interface AddressMarker {
  code: string;
  label: string;
  point: [number, number];
  retired?: boolean;
}

export interface AddressMapEvents {
  picked(code: string): void;
  moved(lonLat: [number, number]): void;
  viewChanged(): void;
}

export interface AddressMap {
  readonly olMap: OlMap;
  show(markers: AddressMarker[], fit: boolean): void;
  select(code: string | null, movable: boolean): void;
  moveSelected(lonLat: [number, number]): void;
  centreOn(lonLat: [number, number]): void;
  /** The view's box in lon/lat: [west, south, east, north]. */
  box(): [number, number, number, number];
  dispose(): void;
}

export function createAddressMap(
  target: HTMLElement,
  config: AppConfig,
  events: AddressMapEvents,
): AddressMap {
  const source = new VectorSource<Feature>();
  let selected: string | null = null;
  const style = (feature: FeatureLike): Style => {
    const isSelected = feature.getId() === selected;
    return new Style({
      image: new Circle({
        radius: isSelected ? 11 : 9,
        fill: new Fill({ color: feature.get("retired") ? "#868e96" : "#1f6fd1" }),
        stroke: new Stroke({ color: isSelected ? "#c92a2a" : "#fff", width: isSelected ? 3 : 1.5 }),
      }),
      text: new Text({
        text: String(feature.get("label") ?? ""),
        font: 'bold 11px "Noto Sans CJK SC", sans-serif',
        fill: new Fill({ color: "#fff" }),
      }),
      zIndex: isSelected ? 10 : 1,
    });
  };
  const layer = new VectorLayer({ source, style, zIndex: 20 });
  const base = createBaseLayer(config.baseLayer);
  const map = createMap(target, [...(base ? [base] : []), layer]);
  map.getView().setCenter(lonLatToMercator(ADDRESS_VIEW.center));
  map.getView().setZoom(ADDRESS_VIEW.zoom);

  const movable = new Collection<Feature>();
  const translate = new Translate({ features: movable, hitTolerance: 6 });
  translate.on("translateend", (event) => {
    const point = (event.features.item(0) as Feature<Point> | undefined)?.getGeometry();
    if (point) events.moved(toLonLat(point.getCoordinates()) as [number, number]);
  });
  map.addInteraction(translate);

  map.on("singleclick", (event) => {
    map.forEachFeatureAtPixel(
      event.pixel,
      (feature) => {
        events.picked(String(feature.getId()));
        return true;
      },
      { layerFilter: (l) => l === layer, hitTolerance: 4 },
    );
  });
  map.on("moveend", () => events.viewChanged());

  return {
    olMap: map,
    show(markers, fit) {
      source.clear();
      source.addFeatures(
        markers.map((m) => {
          const f = new Feature(new Point(lonLatToMercator(m.point)));
          f.setId(m.code);
          f.set("label", m.label);
          f.set("retired", m.retired === true);
          return f;
        }),
      );
      const extent = source.getExtent();
      if (fit && markers.length > 0 && extent) {
        map.getView().fit(extent, { padding: [50, 50, 50, 50], maxZoom: 16 });
      }
    },
    select(code, canMove) {
      selected = code;
      movable.clear();
      const feature = code === null ? null : source.getFeatureById(code);
      if (feature && canMove) movable.push(feature);
      source.changed();
    },
    moveSelected(lonLat) {
      const point = selected === null ? null : source.getFeatureById(selected)?.getGeometry();
      if (point instanceof Point) point.setCoordinates(lonLatToMercator(lonLat));
    },
    centreOn(lonLat) {
      map.getView().animate({ center: lonLatToMercator(lonLat), duration: 300 });
    },
    box() {
      const extent = map.getView().calculateExtent(map.getSize());
      return transformExtent(extent, "EPSG:3857", "EPSG:4326") as [number, number, number, number];
    },
    dispose() {
      map.setTarget(undefined);
    },
  };
}
