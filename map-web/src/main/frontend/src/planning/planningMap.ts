import type Feature from "ol/Feature";
import type { FeatureLike } from "ol/Feature";
import GeoJSON from "ol/format/GeoJSON";
import VectorLayer from "ol/layer/Vector";
import type OlMap from "ol/Map";
import VectorSource from "ol/source/Vector";
import { Circle, Fill, RegularShape, Stroke, Style, Text } from "ol/style";
import { getJson } from "../api/http";
import type { CoverageRunResult, GeoJsonCollection, ScenarioResult } from "../api/planning";
import type { AppConfig } from "../api/types";
import { lonLatToMercator } from "../crs/webMercator";
import { createBaseLayer } from "../map/baseLayer";
import { createMap } from "../map/createMap";
import { choroplethClass } from "./indicatorView";

/** The urban demo of 昌吉市, where the planner's map opens. */
const URBAN_CENTRE = [87.28, 44.025];
const URBAN_ZOOM = 13;
const STREET_PARENT = "652301000000";

const CHOROPLETH: Record<string, string> = {
  met: "rgba(46, 160, 90, 0.30)",
  near: "rgba(240, 170, 40, 0.32)",
  far: "rgba(214, 69, 65, 0.30)",
  none: "rgba(160, 170, 180, 0.15)",
};

/** The layers a planner may switch. */
export type PlanningLayer =
  "streets" | "facilities" | "demand" | "isochrones" | "timeMap" | "newSites";

export interface PlanningMap {
  readonly olMap: OlMap;
  /** Resolves when streets and facilities are drawn. */
  ready(): Promise<void>;
  /** Shows the facilities of `types` (operating ones). */
  showFacilities(types: string[]): Promise<void>;
  /** Shows a run's scenario: demand coloured covered/uncovered, isochrones, time map, new sites. */
  showRun(result: CoverageRunResult | null, scenario: "before" | "after"): void;
  /** Colours the streets by `values` (area code → value) against `target`. */
  colourStreets(values: Map<string, number | null>, target: number): void;
  setVisible(layer: PlanningLayer, visible: boolean): void;
  dispose(): void;
}

const format = new GeoJSON({ dataProjection: "EPSG:4326", featureProjection: "EPSG:3857" });

function readCollection(collection: GeoJsonCollection | null | undefined): Feature[] {
  return collection ? (format.readFeatures(collection) as Feature[]) : [];
}

export function createPlanningMap(target: HTMLElement, config: AppConfig): PlanningMap {
  let streetValues = new Map<string, number | null>();
  let streetTarget = 100;
  const streets = new VectorSource<Feature>();
  const streetLayer = new VectorLayer({
    source: streets,
    zIndex: 5,
    style: (feature: FeatureLike) => {
      const code = feature.get("code") as string;
      const cls = choroplethClass(streetValues.get(code) ?? null, streetTarget);
      return new Style({
        fill: new Fill({ color: CHOROPLETH[cls] }),
        stroke: new Stroke({ color: "#4d6a88", width: 1.5 }),
        text: new Text({
          text: feature.get("name") as string,
          font: '13px "Noto Sans CJK SC", sans-serif',
          fill: new Fill({ color: "#26384a" }),
          stroke: new Stroke({ color: "#fff", width: 3 }),
        }),
      });
    },
  });
  const isochrones = new VectorSource<Feature>();
  const isochroneLayer = new VectorLayer({
    source: isochrones,
    zIndex: 10,
    style: new Style({
      fill: new Fill({ color: "rgba(64, 140, 230, 0.22)" }),
      stroke: new Stroke({ color: "rgba(40, 110, 200, 0.8)", width: 1 }),
    }),
  });
  const timeMap = new VectorSource<Feature>();
  const timeMapLayer = new VectorLayer({
    source: timeMap,
    zIndex: 12,
    visible: false,
    style: (feature: FeatureLike) => {
      const minutes = Number(feature.get("minutes"));
      return new Style({ stroke: new Stroke({ color: minutesColour(minutes), width: 3 }) });
    },
  });
  const facilities = new VectorSource<Feature>();
  const facilityLayer = new VectorLayer({
    source: facilities,
    zIndex: 20,
    style: new Style({
      image: new RegularShape({
        points: 4,
        radius: 7,
        angle: Math.PI / 4,
        fill: new Fill({ color: "#1f5fa8" }),
        stroke: new Stroke({ color: "#fff", width: 1.5 }),
      }),
    }),
  });
  const demand = new VectorSource<Feature>();
  const demandLayer = new VectorLayer({
    source: demand,
    zIndex: 25,
    style: (feature: FeatureLike) => {
      const covered = feature.get("covered") as boolean | undefined;
      const compound = feature.get("kind") === "RESIDENTIAL_COMPOUND";
      const colour = covered === undefined ? "#7b8794" : covered ? "#2e9d57" : "#d64541";
      return new Style({
        image: new Circle({
          radius: compound ? 4 : 6,
          fill: new Fill({ color: colour }),
          stroke: new Stroke({ color: "#fff", width: 1.5 }),
        }),
      });
    },
  });
  const newSites = new VectorSource<Feature>();
  const newSiteLayer = new VectorLayer({
    source: newSites,
    zIndex: 30,
    style: new Style({
      image: new RegularShape({
        points: 5,
        radius: 11,
        radius2: 5,
        fill: new Fill({ color: "#f2b705" }),
        stroke: new Stroke({ color: "#6b4f00", width: 1.2 }),
      }),
    }),
  });

  const base = createBaseLayer(config.baseLayer);
  const map = createMap(target, [
    ...(base ? [base] : []),
    streetLayer,
    isochroneLayer,
    timeMapLayer,
    facilityLayer,
    demandLayer,
    newSiteLayer,
  ]);
  map.getView().setCenter(lonLatToMercator(URBAN_CENTRE));
  map.getView().setZoom(URBAN_ZOOM);

  const layers: Record<PlanningLayer, VectorLayer> = {
    streets: streetLayer,
    facilities: facilityLayer,
    demand: demandLayer,
    isochrones: isochroneLayer,
    timeMap: timeMapLayer,
    newSites: newSiteLayer,
  };

  async function loadStreets(): Promise<void> {
    const collection = await getJson<GeoJsonCollection>(
      `/ogc/collections/divisions/items?parent=${STREET_PARENT}&level=4&limit=200`,
    );
    const features = readCollection(collection).filter(
      (f) => f.getGeometry() && String(f.get("name")).endsWith("街道"),
    );
    streets.clear();
    streets.addFeatures(features);
  }

  async function loadDemand(): Promise<void> {
    const collection = await getJson<GeoJsonCollection>(
      "/ogc/collections/communities/items?division=652301&limit=1000",
    );
    demand.clear();
    demand.addFeatures(readCollection(collection));
  }

  async function showFacilities(types: string[]): Promise<void> {
    facilities.clear();
    if (types.length === 0) return;
    const collection = await getJson<GeoJsonCollection>(
      `/ogc/collections/facilities/items?type=${types.join(",")}&status=OPERATING&limit=5000`,
    );
    facilities.addFeatures(readCollection(collection));
  }

  const ready = Promise.all([loadStreets(), loadDemand()]).then(() => undefined);

  function showRun(result: CoverageRunResult | null, scenario: "before" | "after"): void {
    isochrones.clear();
    timeMap.clear();
    newSites.clear();
    if (!result) {
      demand.forEachFeature((f) => f.unset("covered"));
      return;
    }
    const chosen: ScenarioResult = (scenario === "after" && result.after) || result.before;
    const covered = new Map(chosen.demand.map((d) => [d.code, d.covered]));
    demand.forEachFeature((f) => {
      f.set("covered", covered.get(f.getId() as string) ?? false);
    });
    isochrones.addFeatures(readCollection(chosen.isochrones));
    timeMap.addFeatures(readCollection(result.timeMap));
    for (const site of chosen.newSites ?? []) {
      newSites.addFeatures(
        format.readFeatures({
          type: "Feature",
          geometry: { type: "Point", coordinates: [site.lon, site.lat] },
          properties: { id: site.id },
        }) as Feature[],
      );
    }
  }

  return {
    olMap: map,
    ready: () => ready,
    showFacilities,
    showRun,
    colourStreets(values, targetValue) {
      streetValues = values;
      streetTarget = targetValue;
      streetLayer.changed();
    },
    setVisible(layer, visible) {
      layers[layer].setVisible(visible);
    },
    dispose() {
      map.setTarget(undefined);
    },
  };
}

/** Green near a facility, through yellow, to red at the limit and beyond. */
export function minutesColour(minutes: number): string {
  if (!Number.isFinite(minutes)) return "#9aa5b1";
  if (minutes <= 5) return "#1a9850";
  if (minutes <= 10) return "#91cf60";
  if (minutes <= 15) return "#fee08b";
  if (minutes <= 20) return "#fc8d59";
  return "#d73027";
}
