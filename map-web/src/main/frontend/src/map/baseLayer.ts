import type OlMap from "ol/Map";
import MVT from "ol/format/MVT";
import type BaseLayer from "ol/layer/Base";
import LayerGroup from "ol/layer/Group";
import TileLayer from "ol/layer/Tile";
import VectorTileLayer from "ol/layer/VectorTile";
import VectorTileSource from "ol/source/VectorTile";
import XYZ from "ol/source/XYZ";
import type { BaseLayerConfig } from "../api/types";
import { baseStyle, genericVectorStyle } from "./baseStyle";

/**
 * The base maps under every map's layers, one of them shown at a time (the layer switcher of
 * `mapControls.ts` chooses; the choice is kept in the browser for every tab):
 *
 * - `own` – our own data as vector tiles (`/tiles/base`): division outlines and names, places,
 *   roads with their names; the default;
 * - `mbtiles` – the offline MBTiles file of the deployment (`CIVGIS_BASE_MBTILES`), when set;
 * - `xyz` – the configured XYZ/WMTS template (e.g. 天地图 with a key), when set;
 * - `none` – no base map.
 *
 * `/tiles/basemaps` says which of the first two the server offers; the third comes from
 * `/api/config`. XYZ templates: `{z}/{x}/{y}` (with `{a-c}`-style subdomains) or WMTS REST
 * templates in the Web Mercator tile matrix set.
 */

export interface BaseMapOption {
  id: string;
  title: string;
  /** `pbf` (vector tiles), `png`, `jpg`, `webp`, or `xyz` for the configured template. */
  format: string;
  tiles: string;
  minzoom: number;
  maxzoom: number;
  attribution?: string | null;
}

export interface BaseMapChoice {
  id: string;
  title: string;
}

export const BASE_GROUP_NAME = "base";
export const NO_BASE_MAP = "none";
const STORAGE_KEY = "civgis.baseMap";
const DEFAULT_BASE_MAP = "own";

let offered: Promise<BaseMapOption[]> | null = null;

/** The base maps the server offers (loaded once per page). */
function offeredBaseMaps(): Promise<BaseMapOption[]> {
  offered ??= fetch("/tiles/basemaps", { headers: { Accept: "application/json" } })
    .then((response) => (response.ok ? response.json() : { options: [] }))
    .then((body: { options?: BaseMapOption[] }) => body.options ?? [])
    .catch(() => {
      offered = null;
      return [];
    });
  return offered;
}

/** The base map chosen in this browser, or the default. */
export function storedBaseMap(): string {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? DEFAULT_BASE_MAP;
  } catch {
    return DEFAULT_BASE_MAP;
  }
}

function layerOf(option: BaseMapOption): BaseLayer {
  const attributions = option.attribution ? [option.attribution] : undefined;
  const properties = { baseMap: option.id, tiles: option.tiles };
  if (option.format === "pbf") {
    return new VectorTileLayer({
      source: new VectorTileSource({
        format: new MVT(),
        url: option.tiles,
        minZoom: option.minzoom,
        maxZoom: option.maxzoom,
        attributions,
      }),
      style: option.id === "own" ? baseStyle : genericVectorStyle,
      declutter: true,
      visible: false,
      properties,
    });
  }
  const url = option.tiles
    .replace("{TileMatrix}", "{z}")
    .replace("{TileRow}", "{y}")
    .replace("{TileCol}", "{x}");
  return new TileLayer({
    source: new XYZ({ url, attributions, maxZoom: option.maxzoom }),
    visible: false,
    properties,
  });
}

function xyzOption(config: BaseLayerConfig | null): BaseMapOption | null {
  if (!config?.url || (config.type !== "xyz" && config.type !== "wmts")) return null;
  return {
    id: "xyz",
    title: config.attribution ? `在线底图（${config.attribution}）` : "在线底图",
    format: "xyz",
    tiles: config.url,
    minzoom: 0,
    maxzoom: 18,
    attribution: config.attribution ?? null,
  };
}

function ownTiles(group: LayerGroup): void {
  const day = group.get("day") as string | null | undefined;
  group.getLayers().forEach((layer) => {
    const template = layer.get("tiles") as string | undefined;
    if (layer.get("baseMap") !== "own" || !(layer instanceof VectorTileLayer) || !template) return;
    const url = day ? `${template}?datetime=${day}` : template;
    const source = layer.getSource() as VectorTileSource | null;
    if (source && source.getUrls()?.[0] !== url) source.setUrl(url);
  });
}

/**
 * Draws our own base map as it was on `day` (YYYY-MM-DD; null: today), like the thematic layers
 * of a map that shows a past day.
 */
export function setBaseMapDay(group: LayerGroup, day: string | null): void {
  group.set("day", day);
  ownTiles(group);
}

/** Shows base map `id` of `group` (or none) and remembers the choice for the other maps. */
export function selectBaseMap(group: LayerGroup, id: string, remember = true): void {
  const choices = (group.get("choices") as BaseMapChoice[] | undefined) ?? [];
  const shown = id === NO_BASE_MAP || choices.some((c) => c.id === id) ? id : DEFAULT_BASE_MAP;
  group.getLayers().forEach((layer) => layer.setVisible(layer.get("baseMap") === shown));
  group.set("selected", shown);
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, id);
    } catch {
      // private mode: the choice holds for this map only
    }
  }
}

/**
 * The base maps as one layer group (name `base`), to be put under a map's other layers. It is
 * returned at once and filled when the server has said what it offers.
 */
export function createBaseLayer(config: BaseLayerConfig | null): LayerGroup {
  const group = new LayerGroup({ properties: { name: BASE_GROUP_NAME } });
  const xyz = xyzOption(config);
  const add = (options: BaseMapOption[]) => {
    const all = xyz ? [...options, xyz] : options;
    group.getLayers().extend(all.map(layerOf));
    ownTiles(group);
    group.set("choices", [
      ...all.map((o) => ({ id: o.id, title: o.title })),
      { id: NO_BASE_MAP, title: "无底图" },
    ] satisfies BaseMapChoice[]);
    const wanted = storedBaseMap();
    selectBaseMap(group, wanted, false);
  };
  void offeredBaseMaps().then(add);
  return group;
}

/** The base-map group among `map`'s layers, if it has one. */
export function baseGroupOf(map: OlMap): LayerGroup | null {
  const found = map
    .getLayers()
    .getArray()
    .find((layer) => layer instanceof LayerGroup && layer.get("name") === BASE_GROUP_NAME);
  return (found as LayerGroup | undefined) ?? null;
}

/** The visible vector-tile layer of our own base map in `group`, if it is shown. */
export function ownBaseLayer(group: LayerGroup): VectorTileLayer | null {
  const own = group
    .getLayers()
    .getArray()
    .find((layer) => layer.get("baseMap") === "own" && layer.getVisible());
  return own instanceof VectorTileLayer ? own : null;
}
