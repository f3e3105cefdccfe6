import type Feature from "ol/Feature";
import GeoJSON from "ol/format/GeoJSON";
import VectorLayer from "ol/layer/Vector";
import { bbox as bboxStrategy } from "ol/loadingstrategy";
import type OlMap from "ol/Map";
import { transformExtent } from "ol/proj";
import VectorSource from "ol/source/Vector";
import { Circle, Fill, Stroke, Style } from "ol/style";
import { ApiError, errorMessage, request } from "../api/http";
import {
  MISSING_SIGNS,
  SIGN_STATUS_COLORS,
  signsInBboxUrl,
  type SignFilters,
  type SignProperties,
  type SignStatus,
} from "../api/signs";
import type { AppConfig } from "../api/types";
import { lonLatToMercator } from "../crs/webMercator";
import { createBaseLayer } from "../map/baseLayer";
import { createMap } from "../map/createMap";
import { createDivisionTileLayer } from "../map/tiles";
import { createBackgroundStyle } from "../names/nameStyle";

/** Signs per request: the urban demo has about 3,300. */
export const SIGNS_PER_REQUEST = 5000;
/** The urban area of 昌吉市 at street zoom. */
export const SIGN_VIEW = { center: [87.28, 44.025], zoom: 14 };

/**
 * How a place where a road sign is missing is drawn: a dashed ring, unlike any sign's dot (the
 * toolbar's legend draws the same ring from these values).
 */
export const MISSING_SIGN_SYMBOL = {
  radiusPixels: 7,
  fill: "rgba(255,255,255,0.6)",
  stroke: "#111",
  strokePixels: 2,
  dash: [3, 2],
} as const;

const styles = new Map<string, Style>();

/** A dot in the colour of the sign's status; larger and outlined when selected. */
export function signStyle(status: SignStatus, selected: boolean): Style {
  const key = `${status}:${selected}`;
  let style = styles.get(key);
  if (!style) {
    style = new Style({
      image: new Circle({
        radius: selected ? 8 : 4.5,
        fill: new Fill({ color: SIGN_STATUS_COLORS[status] ?? "#777" }),
        stroke: new Stroke({ color: selected ? "#000" : "#fff", width: selected ? 2 : 1 }),
      }),
      zIndex: status === "OK" ? 0 : 1,
    });
    styles.set(key, style);
  }
  return style;
}

export interface SignMapOptions {
  config: AppConfig;
  filters(): SignFilters;
  selectedId(): string | null;
  onSelect(id: string | null, properties: SignProperties | null): void;
  onLoadError(error: ApiError): void;
}

export interface SignMap {
  readonly olMap: OlMap;
  /** Loads the signs again (filters changed, a patrol was recorded). */
  reload(): void;
  /** Redraws after the selection changed. */
  refresh(): void;
  /** Shows (loading them once) or hides the places where a road sign is missing; resolves with their count. */
  showMissing(visible: boolean): Promise<number>;
  dispose(): void;
}

export function createSignMap(target: HTMLElement, options: SignMapOptions): SignMap {
  const format = new GeoJSON({ dataProjection: "EPSG:4326", featureProjection: "EPSG:3857" });
  const source = new VectorSource<Feature>({
    strategy: bboxStrategy,
    loader(extent, _resolution, projection, success, failure) {
      const bbox = transformExtent(extent, projection, "EPSG:4326");
      request<unknown>(signsInBboxUrl(bbox, options.filters(), SIGNS_PER_REQUEST))
        .then((result) => {
          const features = format.readFeatures(result.body) as Feature[];
          source.addFeatures(features);
          success?.(features);
          target.dataset.signs = "loaded";
        })
        .catch((error: unknown) => {
          source.removeLoadedExtent(extent);
          failure?.();
          options.onLoadError(
            error instanceof ApiError ? error : new ApiError(0, errorMessage(error)),
          );
        });
    },
  });
  const layer = new VectorLayer({
    source,
    style: (feature) =>
      signStyle(
        feature.get("status") as SignStatus,
        String(feature.getId()) === options.selectedId(),
      ),
    zIndex: 20,
  });
  const background = createDivisionTileLayer(
    createBackgroundStyle(options.config.homeDivision.code),
    options.config.attributions,
    { loaded: () => undefined, failed: () => undefined },
  );
  const missingSource = new VectorSource<Feature>();
  const missingLayer = new VectorLayer({
    source: missingSource,
    style: new Style({
      image: new Circle({
        radius: MISSING_SIGN_SYMBOL.radiusPixels,
        fill: new Fill({ color: MISSING_SIGN_SYMBOL.fill }),
        stroke: new Stroke({
          color: MISSING_SIGN_SYMBOL.stroke,
          width: MISSING_SIGN_SYMBOL.strokePixels,
          lineDash: [...MISSING_SIGN_SYMBOL.dash],
        }),
      }),
    }),
    visible: false,
    zIndex: 25,
  });
  let missingLoaded = false;
  const base = createBaseLayer(options.config.baseLayer);
  // the base map above the opaque county background, under the signs
  const map = createMap(target, [background, ...(base ? [base] : []), layer, missingLayer]);
  map.getView().setCenter(lonLatToMercator(SIGN_VIEW.center));
  map.getView().setZoom(SIGN_VIEW.zoom);

  map.on("singleclick", (event) => {
    const feature = map.forEachFeatureAtPixel(event.pixel, (f) => f, {
      layerFilter: (l) => l === layer,
      hitTolerance: 4,
    });
    if (!feature) {
      options.onSelect(null, null);
      return;
    }
    const properties = { ...feature.getProperties() };
    delete properties.geometry;
    options.onSelect(String(feature.getId()), properties as SignProperties);
  });

  return {
    olMap: map,
    reload() {
      delete target.dataset.signs;
      source.refresh();
    },
    refresh() {
      layer.changed();
    },
    async showMissing(visible) {
      if (visible && !missingLoaded) {
        const result = await request<unknown>(MISSING_SIGNS);
        missingSource.addFeatures(format.readFeatures(result.body) as Feature[]);
        missingLoaded = true;
      }
      missingLayer.setVisible(visible);
      return missingSource.getFeatures().length;
    },
    dispose() {
      map.setTarget(undefined);
    },
  };
}
