import type Feature from "ol/Feature";
import GeoJSON from "ol/format/GeoJSON";
import type { Extent } from "ol/extent";
import { createEmpty, extend, isEmpty } from "ol/extent";
import type BaseLayer from "ol/layer/Base";
import VectorSource from "ol/source/Vector";
import { fetchCountyFeatures, fetchDivisionFeature } from "../api/endpoints";
import type { AppConfig, DivisionRef } from "../api/types";
import { lonLatToMercator } from "../crs/webMercator";
import { createBaseLayer } from "./baseLayer";
import { createCountyLabelStyle, createCountyStyle, HOME_PALETTE } from "./countyStyle";
import { createMap } from "./createMap";
import { applyViewHash, syncViewHash } from "./hashSync";
import { createCountiesLayer, createLabelsLayer, createPrefectureLayer } from "./layers";

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
}

/** The map of the home division and its neighbours, with click selection. */
export interface DivisionMap {
  /** Loads both layers and resolves with the home counties once the map has drawn them. */
  load(signal?: AbortSignal): Promise<HomeCounty[]>;
  /** Redraws after the selection changed. */
  refreshSelection(): void;
  /** Fits the view to a county. */
  zoomTo(code: string): void;
  dispose(): void;
}

function codeOf(feature: { get(key: string): unknown; getId(): unknown }): string {
  return String(feature.get("code") ?? feature.getId() ?? "");
}

function extentOf(features: Feature[]): Extent {
  const extent = createEmpty();
  for (const feature of features) {
    const geometry = feature.getGeometry();
    if (geometry) extend(extent, geometry.getExtent());
  }
  return extent;
}

export function createDivisionMap(target: HTMLElement, options: DivisionMapOptions): DivisionMap {
  const { config } = options;
  const homeCode = config.homeDivision.code;
  const colourIndex = new Map<string, number>();

  const styleContext = {
    homeCode: () => homeCode,
    selectedCode: options.selectedCode,
    colourIndex: (code: string) => colourIndex.get(code) ?? 0,
  };
  // One source for the areas and the labels; its attributions feed the attribution control.
  const countySource = new VectorSource<Feature>({ attributions: config.attributions });
  const counties = createCountiesLayer(countySource, createCountyStyle(styleContext));
  const prefecture = createPrefectureLayer();
  const labels = createLabelsLayer(countySource, createCountyLabelStyle(styleContext));
  const base = createBaseLayer(config.baseLayer);
  const layers: BaseLayer[] = [counties, prefecture, labels];
  if (base) layers.unshift(base);
  const map = createMap(target, layers);
  const view = map.getView();

  const viewFromHash = applyViewHash(view);
  let stopHashSync: (() => void) | null = viewFromHash ? syncViewHash(map) : null;

  const isCounties = (layer: unknown) => layer === counties;
  map.on("singleclick", (event) => {
    const feature = map.forEachFeatureAtPixel(event.pixel, (f) => f, { layerFilter: isCounties });
    options.onSelect(feature ? codeOf(feature) : null);
  });
  map.on("pointermove", (event) => {
    if (event.dragging) return;
    const hit = map.hasFeatureAtPixel(event.pixel, { layerFilter: isCounties });
    target.style.cursor = hit ? "pointer" : "";
  });

  async function load(signal?: AbortSignal): Promise<HomeCounty[]> {
    const [countiesJson, prefectureJson] = await Promise.all([
      fetchCountyFeatures(signal),
      fetchDivisionFeature(homeCode, signal),
    ]);
    const format = new GeoJSON({ featureProjection: "EPSG:3857" });
    const countyFeatures = format.readFeatures(countiesJson);
    const prefectureFeatures = format.readFeatures(prefectureJson);

    const home = countyFeatures
      .filter((f) => f.get("parentCode") === homeCode)
      .map((f) => ({ code: codeOf(f), name: String(f.get("name") ?? "") }))
      .sort((a, b) => a.code.localeCompare(b.code));
    home.forEach((county, index) => colourIndex.set(county.code, index));
    const homeCounties = home.map((county, index) => ({
      ...county,
      colour: HOME_PALETTE[index % HOME_PALETTE.length] ?? HOME_PALETTE[0],
    }));

    countySource.addFeatures(countyFeatures);
    prefecture.getSource()?.addFeatures(prefectureFeatures);

    if (!viewFromHash) {
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
    await new Promise<void>((resolve) => map.once("rendercomplete", () => resolve()));
    return homeCounties;
  }

  function zoomTo(code: string): void {
    const feature = countySource.getFeatures().find((f) => codeOf(f) === code);
    const geometry = feature?.getGeometry();
    if (geometry) view.fit(geometry.getExtent(), { padding: FIT_PADDING, duration: 400 });
  }

  return {
    load,
    refreshSelection: () => {
      counties.changed();
      labels.changed();
    },
    zoomTo,
    dispose() {
      stopHashSync?.();
      map.setTarget(undefined);
    },
  };
}
