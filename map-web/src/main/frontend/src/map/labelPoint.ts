import type { FeatureLike } from "ol/Feature";
import MultiPolygon from "ol/geom/MultiPolygon";
import Point from "ol/geom/Point";
import Polygon from "ol/geom/Polygon";
import { lonLatToMercator } from "../crs/webMercator";

const cache = new WeakMap<FeatureLike, Point | undefined>();

function isLonLat(value: unknown): value is [number, number] {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    value.every((v) => typeof v === "number" && Number.isFinite(v))
  );
}

function interiorPoint(feature: FeatureLike): Point | undefined {
  const geometry = feature.getGeometry();
  let polygon: Polygon | undefined;
  if (geometry instanceof Polygon) {
    polygon = geometry;
  } else if (geometry instanceof MultiPolygon) {
    polygon = geometry
      .getPolygons()
      .reduce<Polygon | undefined>((a, b) => (a && a.getArea() >= b.getArea() ? a : b), undefined);
  }
  if (!polygon) return undefined;
  const [x, y] = polygon.getInteriorPoint().getCoordinates();
  return x === undefined || y === undefined ? undefined : new Point([x, y]);
}

/**
 * Where a division's name is drawn (EPSG:3857): the server's `labelPoint` ([lon, lat]) or,
 * without one, an interior point of the feature's largest polygon.
 */
export function labelGeometry(feature: FeatureLike): Point | undefined {
  if (!cache.has(feature)) {
    const labelPoint: unknown = feature.get("labelPoint");
    cache.set(
      feature,
      isLonLat(labelPoint) ? new Point(lonLatToMercator(labelPoint)) : interiorPoint(feature),
    );
  }
  return cache.get(feature);
}
