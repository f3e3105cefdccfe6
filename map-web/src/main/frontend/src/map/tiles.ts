import type { FeatureLike } from "ol/Feature";
import MVT from "ol/format/MVT";
import VectorTileLayer from "ol/layer/VectorTile";
import type RenderFeature from "ol/render/Feature";
import type { StyleFunction } from "ol/style/Style";
import VectorTileSource from "ol/source/VectorTile";
import type VectorTile from "ol/VectorTile";
import type { TileFailure } from "./tileErrors";

/** The divisions as Mapbox vector tiles (published data, zooms 0–14, layer `divisions`). */
export const DIVISION_TILES = "/tiles/divisions/{z}/{x}/{y}.mvt";
export const DIVISION_TILES_MAX_ZOOM = 14;
/**
 * The pixels a tile covers on the map (OpenLayers' default for vector tiles): a map at zoom z
 * draws the tiles of zoom ⌊z⌋ − 1 (at 7.7 those of 6), which the field app's tile pack follows.
 */
export const DIVISION_TILE_SIZE = 512;

export type DivisionTileLayer = VectorTileLayer<VectorTileSource<RenderFeature>, RenderFeature>;

export interface TileLoadListener {
  loaded(): void;
  failed(failure: TileFailure): void;
}

async function failureOf(response: Response): Promise<TileFailure> {
  let message = `HTTP ${response.status}`;
  if ((response.headers.get("Content-Type") ?? "").includes("json")) {
    try {
      const problem = (await response.json()) as { detail?: string; title?: string };
      message = problem.detail || problem.title || message;
    } catch {
      // keep the status
    }
  }
  return { status: response.status, message };
}

/**
 * Loads a tile with fetch, so that a refusal's problem detail (e.g. 503 while the database is
 * down) reaches the listener; an empty body is an empty tile.
 */
function tileLoader(format: MVT, listener: TileLoadListener) {
  return (tile: unknown, url: string) => {
    const vectorTile = tile as VectorTile<RenderFeature>;
    vectorTile.setLoader((extent, _resolution, projection) => {
      fetch(url, { headers: { Accept: "application/vnd.mapbox-vector-tile" } })
        .then(async (response) => {
          if (!response.ok) {
            vectorTile.onError();
            listener.failed(await failureOf(response));
            return;
          }
          const data = await response.arrayBuffer();
          const features =
            data.byteLength === 0
              ? []
              : (format.readFeatures(data, {
                  extent,
                  featureProjection: projection,
                }) as RenderFeature[]);
          vectorTile.setFeatures(features);
          listener.loaded();
        })
        .catch(() => {
          vectorTile.onError();
          listener.failed({ status: 0, message: "无法连接服务器" });
        });
    });
  };
}

/** County areas from the vector tiles; the layer that answers map clicks. */
export function createDivisionTileLayer(
  style: StyleFunction,
  attributions: string[],
  listener: TileLoadListener,
): DivisionTileLayer {
  const format = new MVT({ layers: ["divisions"] });
  const source = new VectorTileSource<RenderFeature>({
    format,
    url: DIVISION_TILES,
    maxZoom: DIVISION_TILES_MAX_ZOOM,
    tileSize: DIVISION_TILE_SIZE,
    attributions,
    tileLoadFunction: tileLoader(format, listener),
  });
  return new VectorTileLayer({
    source,
    style: style as (feature: FeatureLike, resolution: number) => ReturnType<StyleFunction>,
    properties: { name: "counties" },
  });
}
