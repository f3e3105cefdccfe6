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
import {
  classColour,
  e2sfcaClasses,
  e2sfcaColour,
  minuteClasses,
  perThousand,
  type MapClass,
} from "./mapClasses";

/** The urban demo of 昌吉市, where the planner's map opens. */
const URBAN_CENTRE = [87.28, 44.025];
const URBAN_ZOOM = 13;
const STREET_PARENT = "652301000000";

/** The street fill of each choropleth class (the legend shows the same colours). */
export const CHOROPLETH: Record<"met" | "near" | "far" | "none", string> = {
  met: "rgba(46, 160, 90, 0.30)",
  near: "rgba(240, 170, 40, 0.32)",
  far: "rgba(214, 69, 65, 0.30)",
  none: "rgba(160, 170, 180, 0.15)",
};

/** The layers a planner may switch. */
export type PlanningLayer =
  "streets" | "facilities" | "demand" | "e2sfca" | "isochrones" | "timeMap" | "newSites";

/** The classes the map draws a run with, for the legend. */
export interface RunClasses {
  /** Walking time to the nearest facility. */
  minutes: MapClass[];
  /** E2SFCA per thousand elderly residents; empty when the run has none. */
  e2sfca: MapClass[];
}

export interface PlanningMap {
  readonly olMap: OlMap;
  /** Resolves when streets and facilities are drawn. */
  ready(): Promise<void>;
  /** Shows the facilities of `types` (operating ones). */
  showFacilities(types: string[]): Promise<void>;
  /**
   * Shows a run's scenario: demand coloured covered/uncovered and by E2SFCA, isochrones, time map,
   * new sites; returns the classes it coloured by.
   */
  showRun(result: CoverageRunResult | null, scenario: "before" | "after"): RunClasses;
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
  let minutes: MapClass[] = minuteClasses(15);
  let accessibility: MapClass[] = [];
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
      const value = Number(feature.get("minutes"));
      return new Style({ stroke: new Stroke({ color: classColour(value, minutes), width: 3 }) });
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
  // the same points as graduated circles by E2SFCA (larger for compounds' communities alike)
  const e2sfcaLayer = new VectorLayer({
    source: demand,
    zIndex: 26,
    visible: false,
    style: (feature: FeatureLike) => {
      const value = feature.get("e2sfca") as number | null | undefined;
      const colour = e2sfcaColour(value ?? null, accessibility);
      if (colour === null) return undefined;
      const compound = feature.get("kind") === "RESIDENTIAL_COMPOUND";
      return new Style({
        image: new Circle({
          radius: compound ? 5 : 8,
          fill: new Fill({ color: colour }),
          stroke: new Stroke({ color: "#33414f", width: 1 }),
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
    e2sfcaLayer,
    newSiteLayer,
  ]);
  map.getView().setCenter(lonLatToMercator(URBAN_CENTRE));
  map.getView().setZoom(URBAN_ZOOM);

  const layers: Record<PlanningLayer, VectorLayer> = {
    streets: streetLayer,
    facilities: facilityLayer,
    demand: demandLayer,
    e2sfca: e2sfcaLayer,
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

  function showRun(result: CoverageRunResult | null, scenario: "before" | "after"): RunClasses {
    isochrones.clear();
    timeMap.clear();
    newSites.clear();
    if (!result) {
      demand.forEachFeature((f) => {
        f.unset("covered");
        f.unset("e2sfca");
      });
      minutes = minuteClasses(15);
      accessibility = [];
      return { minutes, e2sfca: accessibility };
    }
    const chosen: ScenarioResult = (scenario === "after" && result.after) || result.before;
    const byCode = new Map(chosen.demand.map((d) => [d.code, d]));
    minutes = minuteClasses(result.parameters.walkMinutes);
    accessibility = e2sfcaClasses(
      chosen.demand.map((d) => (d.e2sfca === null ? null : perThousand(d.e2sfca))),
    );
    demand.forEachFeature((f) => {
      const d = byCode.get(f.getId() as string);
      f.set("covered", d?.covered ?? false);
      f.set("e2sfca", d && d.e2sfca !== null ? perThousand(d.e2sfca) : null);
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
    return { minutes, e2sfca: accessibility };
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
