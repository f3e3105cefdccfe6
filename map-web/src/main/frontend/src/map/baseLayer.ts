import TileLayer from "ol/layer/Tile";
import XYZ from "ol/source/XYZ";
import type { BaseLayerConfig } from "../api/types";

/**
 * The optional tile base map from /api/config. Only URL templates are supported: `{z}/{x}/{y}`
 * (with `{a-c}`-style subdomains) or WMTS REST templates in the Web Mercator tile matrix set.
 */
export function createBaseLayer(config: BaseLayerConfig | null): TileLayer<XYZ> | null {
  if (!config?.url || (config.type !== "xyz" && config.type !== "wmts")) return null;
  const url = config.url
    .replace("{TileMatrix}", "{z}")
    .replace("{TileRow}", "{y}")
    .replace("{TileCol}", "{x}");
  return new TileLayer({
    source: new XYZ({ url, attributions: config.attribution ?? undefined }),
    properties: { name: "base" },
  });
}
