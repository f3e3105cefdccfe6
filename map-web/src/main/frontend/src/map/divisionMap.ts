import Feature from "ol/Feature";
import type { FeatureLike } from "ol/Feature";
import GeoJSON from "ol/format/GeoJSON";
import type { Extent } from "ol/extent";
import { boundingExtent, createEmpty, extend, isEmpty } from "ol/extent";
import Point from "ol/geom/Point";
import type BaseLayer from "ol/layer/Base";
import VectorLayer from "ol/layer/Vector";
import VectorTileLayer from "ol/layer/VectorTile";
import type OlMap from "ol/Map";
import VectorSource from "ol/source/Vector";
import { fetchCountyFeatures, fetchDivisionFeature, fetchDivisionLabels } from "../api/endpoints";
import type { AppConfig, DivisionLabel, DivisionRef } from "../api/types";
import { lonLatToMercator } from "../crs/webMercator";
import { createBaseLayer, setBaseMapDay } from "./baseLayer";
import {
  COUNTY_LEVEL,
  createCountyLabelStyle,
  createCountyStyle,
  HOME_PALETTE,
  prefectureOutlineStyle,
} from "./countyStyle";
import { createMap } from "./createMap";
import { applyViewHash, syncViewHash } from "./hashSync";
import { createLabelsLayer, createPrefectureLayer } from "./layers";
import type { TileFailure } from "./tileErrors";
import { createTileErrorReporter } from "./tileErrors";
import { createDivisionTileLayer } from "./tiles";

const FIT_PADDING = [48, 48, 48, 48];
/** Shown when there is neither a view in the URL nor any geometry to fit. */
const FALLBACK_CENTER = [104, 35];

/** A county of the home division with its fill colour on the map. */
export interface HomeCounty extends DivisionRef {
  colour: string;
}

export interface DivisionMapOptions {
  config: AppConfig;
  /** The code of the selected division, read when styling. */
  selectedCode(): string | null;
  /** Called with the clicked county's code, or null for a click beside all counties. */
  onSelect(code: string | null): void;
  /** Called once per outage when tiles fail to load. */
  onTileError(failure: TileFailure): void;
}

/** The map of the home division and its neighbours, with click selection. */
export interface DivisionMap {
  /** The OpenLayers map (the editing tools add their layers and interactions to it). */
  readonly olMap: OlMap;
  /** Loads the labels and outline and resolves with the home counties once all is drawn. */
  load(signal?: AbortSignal): Promise<HomeCounty[]>;
  /**
   * Draws the divisions valid on `day` (YYYY-MM-DD), or today's from the tiles for `null`;
   * resolves with that day's home counties once drawn.
   */
  showDay(day: string | null, signal?: AbortSignal): Promise<HomeCounty[]>;
  /** Redraws after the selection changed. */
  refreshSelection(): void;
  /** Reloads the tiles (after an edit) and puts a county's new GeoJSON in place of its label. */
  refreshDivision(feature: unknown): void;
  /** Whether a click on the map selects a county (off while editing). */
  setClickSelection(enabled: boolean): void;
  /** Fits the view to a county. */
  zoomTo(code: string): void;
  dispose(): void;
}

function codeOf(feature: { get(key: string): unknown; getId(): unknown }): string {
  return String(feature.get("code") ?? feature.getId() ?? "");
}

/**
 * A division of today as a point at its label point (EPSG:3857) with its box as `extent`: the
 * labels, the county list and the extents without the polygons, which the tiles draw.
 */
function labelFeature(label: DivisionLabel): Feature | null {
  if (!label.labelPoint || !label.bbox) return null;
  const [minLon, minLat, maxLon, maxLat] = label.bbox;
  const feature = new Feature({
    geometry: new Point(lonLatToMercator(label.labelPoint)),
    code: label.code,
    name: label.name,
    level: label.level,
    parentCode: label.parentCode,
    status: label.status,
    labelPoint: label.labelPoint,
    extent: boundingExtent([
      lonLatToMercator([minLon, minLat]),
      lonLatToMercator([maxLon, maxLat]),
    ]),
  });
  feature.setId(label.code);
  return feature;
}

/** Where a feature lies: its box from `/api/divisions/labels`, or its geometry's extent. */
function featureExtent(feature: Feature): Extent | undefined {
  const box: unknown = feature.get("extent");
  if (Array.isArray(box) && box.length === 4) return box as Extent;
  return feature.getGeometry()?.getExtent();
}

function extentOf(features: Feature[]): Extent {
  const extent = createEmpty();
  for (const feature of features) {
    const box = featureExtent(feature);
    if (box) extend(extent, box);
  }
  return extent;
}

/** The tiles show published divisions only; so do the labels. */
function isPublished(feature: Feature): boolean {
  const status: unknown = feature.get("status");
  return status == null || status === "PUBLISHED";
}

export function createDivisionMap(target: HTMLElement, options: DivisionMapOptions): DivisionMap {
  const { config } = options;
  const homeCode = config.homeDivision.code;
  const colourIndex = new Map<string, number>();
  /** Where each county lies (drafts included), for zoomTo. */
  const countyExtents = new Map<string, Extent>();

  const styleContext = {
    homeCode: () => homeCode,
    selectedCode: options.selectedCode,
    colourIndex: (code: string) => colourIndex.get(code) ?? 0,
  };
  const tileErrors = createTileErrorReporter(options.onTileError);
  const counties = createDivisionTileLayer(createCountyStyle(styleContext), config.attributions, {
    loaded: tileErrors.loaded,
    failed: tileErrors.failed,
  });
  const prefecture = createPrefectureLayer();
  // today's outline of the home division from the same tiles (the GeoJSON outline only for
  // another day): no request of its own and generalised to the zoom like the county areas
  const prefectureOfToday = new VectorTileLayer({
    source: counties.getSource() ?? undefined,
    style: (feature: FeatureLike) =>
      Number(feature.get("level")) === COUNTY_LEVEL - 1 && codeOf(feature) === homeCode
        ? prefectureOutlineStyle
        : undefined,
    properties: { name: "prefecture outline of today" },
  });
  // the counties' GeoJSON of the day shown: their names, label points and extents; the areas
  // come from the tiles for today, from this GeoJSON for another day (the tiles are today's)
  const labelSource = new VectorSource<Feature>();
  const labels = createLabelsLayer(labelSource, createCountyLabelStyle(styleContext));
  const areasOfDay = new VectorLayer({
    source: labelSource,
    style: createCountyStyle(styleContext),
    visible: false,
    properties: { name: "counties as of a day" },
  });
  const base = createBaseLayer(config.baseLayer);
  // the base map above the county areas (translucent), under the outline and the county names
  const layers: BaseLayer[] = [counties, areasOfDay, prefecture, prefectureOfToday, labels];
  if (base) layers.splice(2, 0, base);
  const map = createMap(target, layers);
  const view = map.getView();
  const format = new GeoJSON({ featureProjection: "EPSG:3857" });

  const viewFromHash = applyViewHash(view);
  let stopHashSync: (() => void) | null = viewFromHash ? syncViewHash(map) : null;
  let clickSelection = true;

  const isCounties = (layer: unknown) => layer === counties || layer === areasOfDay;
  const countyAt = (pixel: number[]): FeatureLike | undefined =>
    map.forEachFeatureAtPixel(
      pixel,
      (f) => (Number(f.get("level")) === COUNTY_LEVEL ? f : undefined),
      {
        layerFilter: isCounties,
      },
    );
  map.on("singleclick", (event) => {
    if (!clickSelection) return;
    const feature = countyAt(event.pixel);
    options.onSelect(feature ? codeOf(feature) : null);
  });
  map.on("pointermove", (event) => {
    if (event.dragging || !clickSelection) return;
    target.style.cursor = countyAt(event.pixel) ? "pointer" : "";
  });

  /** Draws the counties and the outline of `day` (null: today); fits the view on the first call. */
  async function draw(
    day: string | null,
    fit: boolean,
    signal?: AbortSignal,
  ): Promise<HomeCounty[]> {
    if (base) setBaseMapDay(base, day);
    let countyFeatures: Feature[];
    let prefectureFeatures: Feature[];
    if (day === null) {
      // today: the tiles draw the areas and the outline; names and boxes come without geometry
      const labelled = (await fetchDivisionLabels(signal)).divisions
        .map(labelFeature)
        .filter((f): f is Feature => f !== null);
      countyFeatures = labelled.filter((f) => Number(f.get("level")) === COUNTY_LEVEL);
      prefectureFeatures = labelled.filter((f) => codeOf(f) === homeCode);
    } else {
      const [countiesJson, prefectureJson] = await Promise.all([
        fetchCountyFeatures(signal, day),
        fetchDivisionFeature(homeCode, signal, day),
      ]);
      countyFeatures = format.readFeatures(countiesJson);
      prefectureFeatures = format.readFeatures(prefectureJson);
    }
    if (signal?.aborted) throw new DOMException("superseded", "AbortError");

    const home = countyFeatures
      .filter((f) => f.get("parentCode") === homeCode)
      .map((f) => ({ code: codeOf(f), name: String(f.get("name") ?? "") }))
      .sort((a, b) => a.code.localeCompare(b.code));
    colourIndex.clear();
    home.forEach((county, index) => colourIndex.set(county.code, index));
    const homeCounties = home.map((county, index) => ({
      ...county,
      colour: HOME_PALETTE[index % HOME_PALETTE.length] ?? HOME_PALETTE[0],
    }));

    countyExtents.clear();
    for (const feature of countyFeatures) {
      const box = featureExtent(feature);
      if (box) countyExtents.set(codeOf(feature), box);
    }
    labelSource.clear(true);
    labelSource.addFeatures(countyFeatures.filter(isPublished));
    prefecture.getSource()?.clear(true);
    if (day !== null) prefecture.getSource()?.addFeatures(prefectureFeatures);
    prefectureOfToday.setVisible(day === null);
    counties.setVisible(day === null);
    areasOfDay.setVisible(day !== null);
    counties.changed(); // the home colours are known now

    if (fit && !viewFromHash) {
      let extent = extentOf(prefectureFeatures);
      if (isEmpty(extent)) extent = extentOf(countyFeatures);
      if (!isEmpty(extent)) {
        view.fit(extent, { padding: FIT_PADDING });
      } else {
        view.setCenter(lonLatToMercator(FALLBACK_CENTER));
        view.setZoom(4);
      }
      stopHashSync = syncViewHash(map);
    }
    // drawn: the tiles of the view are loaded and the labels placed
    const drawn = new Promise<void>((resolve) => map.once("rendercomplete", () => resolve()));
    map.render();
    await drawn;
    return homeCounties;
  }

  function refreshDivision(featureJson: unknown): void {
    counties.getSource()?.refresh();
    const [feature] = format.readFeatures(featureJson);
    if (!feature) return;
    const code = codeOf(feature);
    const geometry = feature.getGeometry();
    if (geometry) countyExtents.set(code, geometry.getExtent());
    labelSource
      .getFeatures()
      .filter((f) => codeOf(f) === code)
      .forEach((f) => labelSource.removeFeature(f));
    if (Number(feature.get("level")) === COUNTY_LEVEL && isPublished(feature)) {
      labelSource.addFeature(feature);
    }
  }

  function zoomTo(code: string): void {
    const extent = countyExtents.get(code);
    if (extent) view.fit(extent, { padding: FIT_PADDING, duration: 400 });
  }

  return {
    olMap: map,
    load: (signal) => draw(null, true, signal),
    showDay: (day, signal) => draw(day, false, signal),
    refreshSelection: () => {
      counties.changed();
      labels.changed();
    },
    refreshDivision,
    setClickSelection(enabled) {
      clickSelection = enabled;
      if (!enabled) target.style.cursor = "";
    },
    zoomTo,
    dispose() {
      stopHashSync?.();
      map.setTarget(undefined);
    },
  };
}
