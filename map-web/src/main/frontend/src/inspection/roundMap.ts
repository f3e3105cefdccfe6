import Feature from "ol/Feature";
import type { FeatureLike } from "ol/Feature";
import GeoJSON from "ol/format/GeoJSON";
import LineString from "ol/geom/LineString";
import Point from "ol/geom/Point";
import type Geometry from "ol/geom/Geometry";
import VectorLayer from "ol/layer/Vector";
import type OlMap from "ol/Map";
import VectorSource from "ol/source/Vector";
import { Circle, Fill, RegularShape, Stroke, Style, Text } from "ol/style";
import { itemsUrl } from "../api/boundaries";
import { getJson } from "../api/http";
import type { InspectionFinding, MarkerRecordRow } from "../api/inspection";
import type { AppConfig } from "../api/types";
import { createBaseLayer } from "../map/baseLayer";
import { createMap } from "../map/createMap";

/** A marker's state on the map: the condition of its latest field record, or not yet inspected. */
export type MarkerState = "INTACT" | "DAMAGED" | "DISPLACED" | "MISSING" | "UNINSPECTED";

export const MARKER_STATE_COLORS: Record<MarkerState, string> = {
  INTACT: "#2e7d32",
  DAMAGED: "#ef6c00",
  DISPLACED: "#7b1fa2",
  MISSING: "#c62828",
  UNINSPECTED: "#9e9e9e",
};

export const MARKER_STATE_NAMES: Record<MarkerState, string> = {
  INTACT: "完好",
  DAMAGED: "损坏",
  DISPLACED: "移位",
  MISSING: "丢失",
  UNINSPECTED: "未检查",
};

/** Deviation arrows over the tolerance are red, the others blue. */
export const ARROW_COLORS = { over: "#d93025", within: "#1a56db" };
/** The shortest an arrow is drawn, in pixels: deviations of a metre are far below a pixel. */
const MIN_ARROW_PIXELS = 30;
const HIGHLIGHT = "#00acc1";

export interface RoundMapData {
  lineCodes: string[];
  records: MarkerRecordRow[];
  findings: InspectionFinding[];
  toleranceMeters: number;
}

export interface RoundMapCounts {
  lines: number;
  markers: number;
  arrows: number;
  findings: number;
}

/**
 * The map of a joint-inspection round: its lines, its markers coloured by the condition of their
 * latest field record, each measured deviation as an arrow from the recorded to the measured
 * position (drawn at least 30 px long, labelled with the deviation in metres), and the findings;
 * a finding can be focused (zoomed to and highlighted).
 */
export interface RoundMap {
  readonly olMap: OlMap;
  show(data: RoundMapData): Promise<RoundMapCounts | null>;
  /** Zooms to finding `id` and highlights it; false when it has no place on the map. */
  focusFinding(id: number): boolean;
  dispose(): void;
}

export interface RoundMapOptions {
  config: AppConfig;
  /** A finding clicked on the map. */
  onFinding(id: number): void;
}

const format = new GeoJSON({ dataProjection: "EPSG:4326", featureProjection: "EPSG:3857" });

/** The latest record of each marker, by marker id. */
export function latestRecords(records: MarkerRecordRow[]): Map<number, MarkerRecordRow> {
  const latest = new Map<number, MarkerRecordRow>();
  for (const record of records) {
    const known = latest.get(record.markerId);
    if (!known || known.observedAt < record.observedAt) latest.set(record.markerId, record);
  }
  return latest;
}

const lineStyle = new Style({
  stroke: new Stroke({ color: "#b3261e", width: 3, lineDash: [10, 4] }),
});

function markerStyle(feature: FeatureLike): Style {
  const color = MARKER_STATE_COLORS[feature.get("state") as MarkerState];
  return new Style({
    image: new Circle({
      radius: 6,
      fill: new Fill({ color }),
      stroke: new Stroke({ color: "#fff", width: 2 }),
    }),
    zIndex: 2,
  });
}

function arrowStyle(feature: FeatureLike, resolution: number): Style[] {
  const [from, to] = (feature.getGeometry() as LineString).getCoordinates();
  if (!from || !to) return [];
  const [fx = 0, fy = 0] = from;
  const [tx = 0, ty = 0] = to;
  const dx = tx - fx;
  const dy = ty - fy;
  const length = Math.hypot(dx, dy);
  if (length === 0) return [];
  const drawn = Math.max(length, MIN_ARROW_PIXELS * resolution);
  const end = [fx + (dx / length) * drawn, fy + (dy / length) * drawn];
  const color = feature.get("over") ? ARROW_COLORS.over : ARROW_COLORS.within;
  return [
    new Style({
      geometry: new LineString([from, end]),
      stroke: new Stroke({ color, width: 2.5 }),
      zIndex: 3,
    }),
    new Style({
      geometry: new Point(end),
      image: new RegularShape({
        points: 3,
        radius: 7,
        fill: new Fill({ color }),
        // the triangle points up at rotation 0; the map's y axis points up, the screen's down
        rotation: Math.PI / 2 - Math.atan2(dy, dx),
      }),
      text: new Text({
        text: `${Number(feature.get("deviationMeters")).toFixed(2)} 米`,
        font: "12px sans-serif",
        offsetY: -14,
        fill: new Fill({ color }),
        stroke: new Stroke({ color: "#fff", width: 3 }),
      }),
      zIndex: 3,
    }),
  ];
}

function findingStyle(feature: FeatureLike): Style {
  const highlighted = feature.get("highlighted") === true;
  const color = highlighted
    ? HIGHLIGHT
    : feature.get("severity") === "ERROR"
      ? "#d93025"
      : "#f29900";
  return new Style({
    fill: new Fill({ color: highlighted ? "rgba(0, 172, 193, 0.25)" : "rgba(242, 153, 0, 0.15)" }),
    stroke: new Stroke({ color, width: highlighted ? 5 : 2 }),
    image: new Circle({
      radius: highlighted ? 14 : 10,
      stroke: new Stroke({ color, width: highlighted ? 4 : 2 }),
    }),
    zIndex: highlighted ? 10 : 1,
  });
}

export function createRoundMap(target: HTMLElement, options: RoundMapOptions): RoundMap {
  const lines = new VectorSource<Feature>();
  const markers = new VectorSource<Feature>();
  const arrows = new VectorSource<Feature>();
  const findings = new VectorSource<Feature>();
  const findingLayer = new VectorLayer({ source: findings, style: findingStyle, zIndex: 40 });
  const base = createBaseLayer(options.config.baseLayer);
  const map = createMap(target, [
    ...(base ? [base] : []),
    new VectorLayer({ source: lines, style: lineStyle, zIndex: 10 }),
    findingLayer,
    new VectorLayer({ source: arrows, style: arrowStyle, zIndex: 30 }),
    new VectorLayer({ source: markers, style: markerStyle, zIndex: 35 }),
  ]);
  map.on("singleclick", (event) => {
    map.forEachFeatureAtPixel(
      event.pixel,
      (feature) => {
        options.onFinding(Number(feature.getId()));
        return true;
      },
      { layerFilter: (layer) => layer === findingLayer, hitTolerance: 4 },
    );
  });
  let call = 0;

  return {
    olMap: map,
    async show(data) {
      const mine = ++call;
      const lineFeatures = await Promise.all(
        data.lineCodes.map((code) =>
          getJson<unknown>(
            `/ogc/collections/boundary-lines/items/${encodeURIComponent(code)}?f=json`,
          ).then((json) => format.readFeature(json) as Feature),
        ),
      );
      const markerFeatures = (
        await Promise.all(
          data.lineCodes.map((code) =>
            getJson<unknown>(itemsUrl("boundary-markers", { line: code })).then(
              (json) => format.readFeatures(json) as Feature[],
            ),
          ),
        )
      ).flat();
      if (mine !== call) return null;
      const latest = latestRecords(data.records);
      const positions = new Map<number, number[]>();
      for (const marker of markerFeatures) {
        const id = Number(marker.getId());
        marker.set("state", latest.get(id)?.condition ?? "UNINSPECTED");
        positions.set(id, (marker.getGeometry() as Point).getCoordinates());
      }
      const arrowFeatures: Feature[] = [];
      for (const record of latest.values()) {
        const from = positions.get(record.markerId);
        if (!from || !record.measured || record.deviationMeters == null) continue;
        const to = (format.readGeometry(record.measured) as Point).getCoordinates();
        const arrow = new Feature(new LineString([from, to]));
        arrow.setId(record.id);
        arrow.setProperties({
          deviationMeters: record.deviationMeters,
          over: record.deviationMeters > data.toleranceMeters,
          markerId: record.markerId,
        });
        arrowFeatures.push(arrow);
      }
      const findingFeatures: Feature[] = [];
      for (const finding of data.findings) {
        let geometry: Geometry | undefined;
        if (finding.geometry) geometry = format.readGeometry(finding.geometry) ?? undefined;
        else if (finding.markerId != null && positions.has(finding.markerId))
          geometry = new Point(positions.get(finding.markerId)!);
        else if (finding.lineCode)
          geometry =
            lineFeatures.find((l) => l.getId() === finding.lineCode)?.getGeometry() ?? undefined;
        if (!geometry) continue;
        const feature = new Feature(geometry.clone());
        feature.setId(finding.id);
        feature.set("severity", finding.severity);
        findingFeatures.push(feature);
      }
      lines.clear();
      lines.addFeatures(lineFeatures);
      markers.clear();
      markers.addFeatures(markerFeatures);
      arrows.clear();
      arrows.addFeatures(arrowFeatures);
      findings.clear();
      findings.addFeatures(findingFeatures);
      map.updateSize();
      const extent = lines.getExtent();
      if (lineFeatures.length > 0 && extent && Number.isFinite(extent[0])) {
        map.getView().fit(extent, { padding: [30, 30, 30, 30] });
      }
      const counts = {
        lines: lineFeatures.length,
        markers: markerFeatures.length,
        arrows: arrowFeatures.length,
        findings: findingFeatures.length,
      };
      Object.assign(target.dataset, {
        lines: String(counts.lines),
        markers: String(counts.markers),
        arrows: String(counts.arrows),
        findings: String(counts.findings),
      });
      return counts;
    },
    focusFinding(id) {
      let found: Feature | null = null;
      for (const feature of findings.getFeatures()) {
        const mine = feature.getId() === id;
        feature.set("highlighted", mine);
        if (mine) found = feature;
      }
      const extent = found?.getGeometry()?.getExtent();
      if (!found || !extent) {
        delete target.dataset.highlighted;
        return false;
      }
      map.getView().fit(extent, { maxZoom: 15, padding: [60, 60, 60, 60], duration: 0 });
      target.dataset.highlighted = String(id);
      return true;
    },
    dispose() {
      map.setTarget(undefined);
    },
  };
}
