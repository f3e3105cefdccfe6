import Feature from "ol/Feature";
import GeoJSON from "ol/format/GeoJSON";
import type Geometry from "ol/geom/Geometry";
import Point from "ol/geom/Point";
import Draw from "ol/interaction/Draw";
import type Interaction from "ol/interaction/Interaction";
import Modify from "ol/interaction/Modify";
import Snap from "ol/interaction/Snap";
import VectorLayer from "ol/layer/Vector";
import { bbox as bboxStrategy } from "ol/loadingstrategy";
import { unByKey } from "ol/Observable";
import type OlMap from "ol/Map";
import { transformExtent } from "ol/proj";
import VectorSource from "ol/source/Vector";
import { ApiError, errorMessage, request } from "../api/http";
import { placeNamesInBboxUrl } from "../api/placeNames";
import type { PlaceNameFeature } from "../api/placeNameTypes";
import type { AppConfig, GeoJsonGeometry } from "../api/types";
import { lonLatToMercator } from "../crs/webMercator";
import { createBaseLayer } from "../map/baseLayer";
import { createMap } from "../map/createMap";
import { applyViewHash, syncViewHash } from "../map/hashSync";
import type { TileFailure } from "../map/tileErrors";
import { createTileErrorReporter } from "../map/tileErrors";
import { createDivisionTileLayer } from "../map/tiles";
import type { DrawKind } from "./categories";
import { createBackgroundStyle, createNameStyle, drawStyle, highlightStyle } from "./nameStyle";

/** At most this many names per request (the view at prefecture scale holds about a thousand). */
export const NAMES_PER_REQUEST = 5000;
/** Where the map opens without a view in the URL (the prefecture at a glance). */
const FALLBACK_VIEW = { center: [88.6, 44.4], zoom: 7 };
/** Zoom used to show a point found by the search. */
const FOCUS_ZOOM = 14;

export interface NameMapOptions {
  config: AppConfig;
  /** The id of the name whose record is open, read when styling. */
  selectedId(): string | null;
  /** A name clicked on the map (its id), or null for a click beside all names. */
  onSelect(id: string | null): void;
  onTileError(failure: TileFailure): void;
  /** The names could not be loaded. */
  onLoadError(error: ApiError): void;
}

/** The map of the place-name workspace. */
export interface NameMap {
  readonly olMap: OlMap;
  /** Resolves when the names of the first view are loaded and drawn. */
  ready(): Promise<void>;
  /** Loads the names again (after a write, or when the user changed). */
  reload(): void;
  /** Redraws after the selection changed. */
  refreshSelection(): void;
  /** Marks the open record's geometry (null: none), and moves the map to it if `focus`. */
  highlight(feature: PlaceNameFeature | null, focus: boolean): void;
  /** Centres the map on a point [lon, lat] at street zoom. */
  focusPoint(lonLat: readonly number[]): void;
  /** Lets the user draw the geometry of a new name; `onDrawn` when a geometry is complete. */
  startDraw(kind: DrawKind, onDrawn: () => void): void;
  /** Ends drawing and removes what was drawn. */
  stopDraw(): void;
  /** What was drawn (lon/lat), or null. */
  drawnGeometry(): GeoJsonGeometry | null;
  /** Calls `listener` whenever names were loaded or dropped; returns a function that stops it. */
  onNamesChanged(listener: () => void): () => void;
  dispose(): void;
}

/** A name as lists show it. */
export interface LoadedName {
  id: string;
  standardName: string;
  statusName: string;
  categoryCode: string;
}

export function createNameMap(target: HTMLElement, options: NameMapOptions): NameMap {
  const { config } = options;
  const format = new GeoJSON({ dataProjection: "EPSG:4326", featureProjection: "EPSG:3857" });

  const tileErrors = createTileErrorReporter(options.onTileError);
  const background = createDivisionTileLayer(
    createBackgroundStyle(config.homeDivision.code),
    config.attributions,
    { loaded: tileErrors.loaded, failed: tileErrors.failed },
  );

  // the first load of names, which ready() waits for
  let resolveReady: () => void = () => undefined;
  let rejectReady: (error: unknown) => void = () => undefined;
  const loaded = new Promise<void>((resolve, reject) => {
    resolveReady = resolve;
    rejectReady = reject;
  });
  loaded.catch(() => undefined); // reported through onLoadError
  let firstLoadPending = true;

  const names = new VectorSource<Feature>({
    strategy: bboxStrategy,
    loader(extent, _resolution, projection, success, failure) {
      const bbox = transformExtent(extent, projection, "EPSG:4326");
      request<unknown>(placeNamesInBboxUrl(bbox, NAMES_PER_REQUEST))
        .then((result) => {
          const features = format.readFeatures(result.body) as Feature[];
          names.addFeatures(features);
          success?.(features);
          if (firstLoadPending) {
            firstLoadPending = false;
            map.once("rendercomplete", () => resolveReady());
            map.render();
          }
        })
        .catch((error: unknown) => {
          names.removeLoadedExtent(extent);
          failure?.();
          const apiError = error instanceof ApiError ? error : new ApiError(0, errorMessage(error));
          if (firstLoadPending) {
            firstLoadPending = false;
            rejectReady(apiError);
          }
          options.onLoadError(apiError);
        });
    },
  });
  const namesLayer = new VectorLayer({
    source: names,
    style: createNameStyle({ selectedId: options.selectedId }),
    declutter: true,
    zIndex: 20,
    properties: { name: "place names" },
  });
  const highlightSource = new VectorSource<Feature>();
  const highlightLayer = new VectorLayer({
    source: highlightSource,
    style: highlightStyle,
    zIndex: 15,
    properties: { name: "open record" },
  });
  const drawSource = new VectorSource<Feature>();
  const drawLayer = new VectorLayer({
    source: drawSource,
    style: drawStyle,
    zIndex: 30,
    properties: { name: "drawing" },
  });

  const base = createBaseLayer(config.baseLayer);
  const map = createMap(target, [
    background,
    // the base map above the opaque county background, under the names
    ...(base ? [base] : []),
    highlightLayer,
    namesLayer,
    drawLayer,
  ]);
  const view = map.getView();
  if (!applyViewHash(view)) {
    view.setCenter(lonLatToMercator(FALLBACK_VIEW.center));
    view.setZoom(FALLBACK_VIEW.zoom);
  }
  const stopHashSync = syncViewHash(map);

  let drawing: Interaction[] = [];
  const clickSelection = () => drawing.length === 0;
  const isNames = (layer: unknown) => layer === namesLayer;
  const nameAt = (pixel: number[]) =>
    map.forEachFeatureAtPixel(pixel, (f) => f, { layerFilter: isNames, hitTolerance: 4 });

  map.on("singleclick", (event) => {
    if (!clickSelection()) return;
    const feature = nameAt(event.pixel);
    options.onSelect(feature ? String(feature.getId() ?? "") || null : null);
  });
  map.on("pointermove", (event) => {
    if (event.dragging) return;
    target.style.cursor = clickSelection() && nameAt(event.pixel) ? "pointer" : "";
  });

  const onKey = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    drawing.forEach((i) => {
      if (i instanceof Draw) i.abortDrawing();
    });
  };

  function stopDraw(): void {
    drawing.forEach((interaction) => map.removeInteraction(interaction));
    drawing = [];
    drawSource.clear();
    window.removeEventListener("keydown", onKey);
  }

  function startDraw(kind: DrawKind, onDrawn: () => void): void {
    stopDraw();
    target.style.cursor = "";
    const draw = new Draw({ source: drawSource, type: kind, style: drawStyle });
    const modify = new Modify({ source: drawSource });
    modify.on("modifyend", () => onDrawn());
    draw.on("drawend", () => {
      // one geometry per name: drawing ends with the first, which can then be reshaped; Draw is
      // removed after this event, else the double click that ended a line would zoom the map
      drawing = drawing.filter((i) => i !== draw);
      setTimeout(() => map.removeInteraction(draw), 0);
      onDrawn();
    });
    drawing = [
      draw,
      modify,
      new Snap({ source: names, pixelTolerance: 8 }),
      new Snap({ source: drawSource }),
    ];
    drawing.forEach((interaction) => map.addInteraction(interaction));
    window.addEventListener("keydown", onKey);
  }

  function drawnGeometry(): GeoJsonGeometry | null {
    const geometry = drawSource.getFeatures()[0]?.getGeometry() as Geometry | undefined;
    if (!geometry) return null;
    return format.writeGeometryObject(geometry, { decimals: 7 }) as unknown as GeoJsonGeometry;
  }

  function highlight(feature: PlaceNameFeature | null, focus: boolean): void {
    highlightSource.clear();
    namesLayer.changed();
    if (!feature?.geometry) return;
    const olFeature = format.readFeature(feature) as Feature;
    highlightSource.addFeature(olFeature);
    if (!focus) return;
    const geometry = olFeature.getGeometry();
    if (!geometry) return;
    if (geometry instanceof Point) {
      view.animate({
        center: geometry.getCoordinates(),
        zoom: Math.max(view.getZoom() ?? 0, FOCUS_ZOOM),
        duration: 400,
      });
    } else {
      view.fit(geometry.getExtent(), { padding: [80, 80, 80, 80], maxZoom: 16, duration: 400 });
    }
  }

  return {
    olMap: map,
    ready: () => loaded,
    reload: () => names.refresh(),
    refreshSelection: () => namesLayer.changed(),
    highlight,
    focusPoint(lonLat) {
      view.animate({
        center: lonLatToMercator(lonLat),
        zoom: Math.max(view.getZoom() ?? 0, FOCUS_ZOOM),
        duration: 400,
      });
    },
    startDraw,
    stopDraw,
    drawnGeometry,
    onNamesChanged(listener) {
      const keys = [names.on("featuresloadend", listener), names.on("clear", listener)];
      return () => unByKey(keys);
    },
    dispose() {
      stopDraw();
      stopHashSync();
      map.setTarget(undefined);
    },
  };
}
