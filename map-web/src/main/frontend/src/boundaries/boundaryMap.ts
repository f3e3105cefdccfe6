import type Feature from "ol/Feature";
import GeoJSON from "ol/format/GeoJSON";
import VectorLayer from "ol/layer/Vector";
import type OlMap from "ol/Map";
import VectorSource from "ol/source/Vector";
import { Circle, Fill, Stroke, Style, Text } from "ol/style";
import type { FeatureLike } from "ol/Feature";
import { request } from "../api/http";
import { divisionsUrl, linesUrl, markersUrl } from "../api/boundaries";
import type { AppConfig } from "../api/types";
import { lonLatToMercator } from "../crs/webMercator";
import { createBaseLayer } from "../map/baseLayer";
import { createMap } from "../map/createMap";

/** Where the map opens (the prefecture at a glance). */
const HOME_VIEW = { center: [88.6, 44.4], zoom: 7 };

export interface BoundaryMapOptions {
  config: AppConfig;
  /** A marker clicked (its feature id). */
  onMarker(id: string): void;
  /** A finding clicked (its feature id). */
  onFinding(id: string): void;
}

/** The map of the boundary workspace: divisions of one level as of a day, lines, markers, findings. */
export interface BoundaryMap {
  readonly olMap: OlMap;
  /**
   * Shows the divisions of `level` and the lines valid on `day`; resolves with how many of each
   * are drawn, or null when a later call superseded this one.
   */
  show(level: number, day: string): Promise<{ divisions: number; lines: number } | null>;
  /** Replaces the findings layer with a FeatureCollection (CRS84). */
  showFindings(collection: unknown): void;
  /** Zooms to finding `id`. */
  zoomToFinding(id: string): void;
  dispose(): void;
}

const format = new GeoJSON({ dataProjection: "EPSG:4326", featureProjection: "EPSG:3857" });

function divisionStyle(feature: FeatureLike): Style {
  return new Style({
    fill: new Fill({ color: "rgba(142, 197, 255, 0.18)" }),
    stroke: new Stroke({ color: "rgba(31, 74, 115, 0.55)", width: 1 }),
    text: new Text({
      text: String(feature.get("name") ?? ""),
      font: "13px sans-serif",
      fill: new Fill({ color: "#16324f" }),
      stroke: new Stroke({ color: "#fff", width: 3 }),
      overflow: true,
    }),
  });
}

function lineStyle(feature: FeatureLike): Style {
  const prefecture = feature.get("level") === 2;
  return new Style({
    stroke: new Stroke({
      color: prefecture ? "#b3261e" : "#e8710a",
      width: prefecture ? 3.5 : 2.5,
      lineDash: prefecture ? [12, 4, 2, 4] : [8, 4],
    }),
  });
}

const markerStyle = new Style({
  image: new Circle({
    radius: 4,
    fill: new Fill({ color: "#fff" }),
    stroke: new Stroke({ color: "#b3261e", width: 2 }),
  }),
});

function findingStyle(feature: FeatureLike): Style {
  const color = feature.get("severity") === "ERROR" ? "217, 48, 37" : "242, 153, 0";
  return new Style({
    fill: new Fill({ color: `rgba(${color}, 0.45)` }),
    stroke: new Stroke({ color: `rgb(${color})`, width: 2 }),
    image: new Circle({
      radius: 7,
      fill: new Fill({ color: `rgba(${color}, 0.6)` }),
      stroke: new Stroke({ color: `rgb(${color})`, width: 2 }),
    }),
  });
}

async function load(source: VectorSource<Feature>, url: string): Promise<void> {
  const result = await request<unknown>(url);
  source.clear();
  source.addFeatures(format.readFeatures(result.body) as Feature[]);
}

async function read(url: string): Promise<Feature[]> {
  const result = await request<unknown>(url);
  return format.readFeatures(result.body) as Feature[];
}

export function createBoundaryMap(target: HTMLElement, options: BoundaryMapOptions): BoundaryMap {
  const divisions = new VectorSource<Feature>();
  const lines = new VectorSource<Feature>();
  const markers = new VectorSource<Feature>();
  const findings = new VectorSource<Feature>();
  const base = createBaseLayer(options.config.baseLayer);
  const markerLayer = new VectorLayer({
    source: markers,
    style: markerStyle,
    zIndex: 30,
    minZoom: 9,
  });
  const findingLayer = new VectorLayer({ source: findings, style: findingStyle, zIndex: 40 });
  const map = createMap(target, [
    ...(base ? [base] : []),
    new VectorLayer({ source: divisions, style: divisionStyle, zIndex: 10, declutter: true }),
    new VectorLayer({ source: lines, style: lineStyle, zIndex: 20 }),
    markerLayer,
    findingLayer,
  ]);
  map.getView().setCenter(lonLatToMercator(HOME_VIEW.center));
  map.getView().setZoom(HOME_VIEW.zoom);

  map.on("singleclick", (event) => {
    map.forEachFeatureAtPixel(
      event.pixel,
      (feature, layer) => {
        const id = String(feature.getId() ?? "");
        if (layer === findingLayer) options.onFinding(id);
        else if (layer === markerLayer) options.onMarker(id);
        return true;
      },
      { layerFilter: (layer) => layer === findingLayer || layer === markerLayer, hitTolerance: 4 },
    );
  });

  load(markers, markersUrl()).catch(() => undefined);
  /** Counts the calls of show(): only the latest one draws. */
  let shown = 0;

  return {
    olMap: map,
    async show(level, day) {
      const call = ++shown;
      const [divisionFeatures, lineFeatures] = await Promise.all([
        read(divisionsUrl(level, day)),
        read(linesUrl(null, day)),
      ]);
      if (call !== shown) return null;
      divisions.clear();
      divisions.addFeatures(divisionFeatures);
      lines.clear();
      lines.addFeatures(lineFeatures);
      const drawn = new Promise<void>((resolve) => map.once("rendercomplete", () => resolve()));
      map.render();
      await drawn;
      return { divisions: divisionFeatures.length, lines: lineFeatures.length };
    },
    showFindings(collection) {
      findings.clear();
      findings.addFeatures(format.readFeatures(collection) as Feature[]);
    },
    zoomToFinding(id) {
      const geometry = findings.getFeatureById(id)?.getGeometry();
      if (geometry)
        map.getView().fit(geometry.getExtent(), { maxZoom: 13, padding: [60, 60, 60, 60] });
    },
    dispose() {
      map.setTarget(undefined);
    },
  };
}
