import type OlMap from "ol/Map";
import type View from "ol/View";
import { unByKey } from "ol/Observable";
import { lonLatToMercator, mercatorToLonLat } from "../crs/webMercator";
import { formatViewHash, parseViewHash, type ViewState } from "./viewHash";

function apply(view: View, state: ViewState): void {
  view.setCenter(lonLatToMercator([state.lon, state.lat]));
  view.setZoom(state.zoom);
}

/** Sets the view from `location.hash` when it holds a valid `#map=…`; tells whether it did. */
export function applyViewHash(view: View): boolean {
  const state = parseViewHash(window.location.hash);
  if (state) apply(view, state);
  return state !== null;
}

function currentHash(view: View): string | null {
  const center = view.getCenter();
  const zoom = view.getZoom();
  if (!center || zoom === undefined) return null;
  const [lon, lat] = mercatorToLonLat(center);
  return formatViewHash({ zoom, lon, lat });
}

/**
 * Keeps `location.hash` in step with the view: written (without a history entry) after each
 * move, read back when the user edits it. Returns a function that stops it.
 */
export function syncViewHash(map: OlMap): () => void {
  const view = map.getView();
  const key = map.on("moveend", () => {
    const hash = currentHash(view);
    if (hash && hash !== window.location.hash) {
      const { pathname, search } = window.location;
      window.history.replaceState(window.history.state, "", `${pathname}${search}${hash}`);
    }
  });
  const onHashChange = () => {
    const state = parseViewHash(window.location.hash);
    if (state && formatViewHash(state) !== currentHash(view)) apply(view, state);
  };
  window.addEventListener("hashchange", onHashChange);
  return () => {
    unByKey(key);
    window.removeEventListener("hashchange", onHashChange);
  };
}
