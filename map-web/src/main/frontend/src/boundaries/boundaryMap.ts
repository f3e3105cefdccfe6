import Feature from "ol/Feature";
import GeoJSON from "ol/format/GeoJSON";
import type MultiLineString from "ol/geom/MultiLineString";
import MultiPoint from "ol/geom/MultiPoint";
import Modify from "ol/interaction/Modify";
import VectorLayer from "ol/layer/Vector";
import type OlMap from "ol/Map";
import VectorSource from "ol/source/Vector";
import { Circle, Fill, Stroke, Style, Text } from "ol/style";
import type { FeatureLike } from "ol/Feature";
import { request } from "../api/http";
import { divisionsUrl, linesUrl, markersUrl } from "../api/boundaries";
import type { AppConfig } from "../api/types";
import { lonLatToMercator, mercatorToLonLat } from "../crs/webMercator";
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
  /** A boundary line clicked (its code). */
  onLine(code: string): void;
}

/** A line being edited on the map: its vertices can be dragged, added (click) and removed (Alt). */
export interface LineEdit {
  /** The edited geometry, lon/lat (CGCS2000 ≈ CRS84), 7 decimals. */
  geometry(): { type: "MultiLineString"; coordinates: number[][][] };
  /** Whether a vertex has been moved since the edit started. */
  changed(): boolean;
  /** Ends the edit and removes its layer. */
  stop(): void;
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
  /** Highlights marker `id` (null: none). */
  selectMarker(id: string | null): void;
  /** Highlights line `code` (null: none); with `zoom`, fits the view to it. */
  selectLine(code: string | null, zoom?: boolean): void;
  /** Starts editing `geometry` (GeoJSON, CRS84) of line `code` on the map. */
  editLine(code: string, geometry: unknown): LineEdit;
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

const selectedMarkerStyle = new Style({
  image: new Circle({
    radius: 9,
    fill: new Fill({ color: "rgba(0, 172, 193, 0.35)" }),
    stroke: new Stroke({ color: "#00838f", width: 3 }),
  }),
  zIndex: 1,
});

const selectedLineStyle = [
  new Style({ stroke: new Stroke({ color: "rgba(0, 172, 193, 0.45)", width: 10 }) }),
  new Style({ stroke: new Stroke({ color: "#00838f", width: 2.5 }) }),
];

const editStyle = [
  new Style({ stroke: new Stroke({ color: "#1a73e8", width: 3 }) }),
  new Style({
    image: new Circle({
      radius: 4,
      fill: new Fill({ color: "#fff" }),
      stroke: new Stroke({ color: "#1a73e8", width: 2 }),
    }),
    geometry: (feature) =>
      new MultiPoint((feature.getGeometry() as MultiLineString).getCoordinates().flat()),
  }),
];

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
  let selectedMarker: string | null = null;
  let selectedLine: string | null = null;
  markerLayer.setStyle((feature) =>
    String(feature.getId()) === selectedMarker ? [markerStyle, selectedMarkerStyle] : markerStyle,
  );
  const lineLayer = new VectorLayer({
    source: lines,
    style: (feature) =>
      feature.get("lineCode") === selectedLine
        ? [lineStyle(feature), ...selectedLineStyle]
        : lineStyle(feature),
    zIndex: 20,
  });
  const map = createMap(target, [
    ...(base ? [base] : []),
    new VectorLayer({ source: divisions, style: divisionStyle, zIndex: 10, declutter: true }),
    lineLayer,
    markerLayer,
    findingLayer,
  ]);
  map.getView().setCenter(lonLatToMercator(HOME_VIEW.center));
  map.getView().setZoom(HOME_VIEW.zoom);

  // the view in the element, for who needs to know where a lon/lat is drawn (e.g. browser tests)
  const writeView = (): void => {
    const view = map.getView();
    const [lon, lat] = mercatorToLonLat(view.getCenter() ?? [0, 0]);
    target.dataset.view = `${(view.getZoom() ?? 0).toFixed(4)}/${lon.toFixed(7)}/${lat.toFixed(7)}`;
  };
  map.on("moveend", writeView);
  writeView();
  /** While a line is edited, clicks belong to the edit. */
  let editing = false;
  map.on("singleclick", (event) => {
    if (editing) return;
    map.forEachFeatureAtPixel(
      event.pixel,
      (feature, layer) => {
        const id = String(feature.getId() ?? "");
        if (layer === findingLayer) options.onFinding(id);
        else if (layer === markerLayer) options.onMarker(id);
        else options.onLine(String(feature.get("lineCode") ?? id));
        return true;
      },
      {
        layerFilter: (layer) =>
          layer === findingLayer || layer === markerLayer || layer === lineLayer,
        hitTolerance: 4,
      },
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
    selectMarker(id) {
      selectedMarker = id;
      markerLayer.changed();
    },
    selectLine(code, zoom = false) {
      selectedLine = code;
      lineLayer.changed();
      const line = lines.getFeatures().find((f) => f.get("lineCode") === code);
      const extent = line?.getGeometry()?.getExtent();
      if (zoom && extent) map.getView().fit(extent, { maxZoom: 12, padding: [60, 60, 60, 60] });
    },
    editLine(code, geometry) {
      const feature = new Feature(
        format.readGeometry(geometry) as MultiLineString,
      ) as Feature<MultiLineString>;
      feature.setId(code);
      const source = new VectorSource<Feature<MultiLineString>>({ features: [feature] });
      const layer = new VectorLayer({ source, style: editStyle, zIndex: 50 });
      const modify = new Modify({ source, pixelTolerance: 12 });
      let changed = false;
      modify.on("modifyend", () => {
        changed = true;
      });
      map.addLayer(layer);
      map.addInteraction(modify);
      editing = true;
      target.dataset.editing = code;
      return {
        geometry() {
          const written = format.writeGeometryObject(feature.getGeometry()!, {
            decimals: 7,
          }) as { type: "MultiLineString"; coordinates: number[][][] };
          return { type: "MultiLineString", coordinates: written.coordinates };
        },
        changed: () => changed,
        stop() {
          map.removeInteraction(modify);
          map.removeLayer(layer);
          editing = false;
          delete target.dataset.editing;
        },
      };
    },
    dispose() {
      map.setTarget(undefined);
    },
  };
}
