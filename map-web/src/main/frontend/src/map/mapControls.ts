import type OlMap from "ol/Map";
import type MapBrowserEvent from "ol/MapBrowserEvent";
import Control from "ol/control/Control";
import type { Coordinate } from "ol/coordinate";
import type LayerGroup from "ol/layer/Group";
import { toLonLat } from "ol/proj";
import { baseGroupOf, ownBaseLayer, selectBaseMap, type BaseMapChoice } from "./baseLayer";
import { gaussKruger } from "./gaussKruger";
import "./mapControls.css";

/**
 * The controls every map has besides zoom, attribution and scale line (which stay where
 * OpenLayers puts them, the scale line bottom left on every tab): the base-map switcher and the
 * north arrow under the zoom buttons, the coordinate readout bottom right.
 */

/** A select of the base maps (本平台底图 / 离线底图 / 在线底图 / 无底图). */
export class BaseMapSwitcher extends Control {
  private readonly box: HTMLElement;
  private readonly select: HTMLSelectElement;
  private group: LayerGroup | null = null;

  constructor() {
    const element = document.createElement("div");
    element.className = "basemap-switcher ol-unselectable ol-control";
    super({ element });
    this.box = element;
    const label = document.createElement("label");
    label.textContent = "底图";
    this.select = document.createElement("select");
    this.select.setAttribute("aria-label", "底图");
    label.append(this.select);
    element.append(label);
    element.hidden = true;
    this.select.addEventListener("change", () => {
      if (this.group) selectBaseMap(this.group, this.select.value);
    });
  }

  override setMap(map: OlMap | null): void {
    super.setMap(map);
    this.group = map ? baseGroupOf(map) : null;
    if (!this.group) return;
    const render = () => this.showChoices();
    this.group.on("propertychange", render);
    render();
  }

  private showChoices(): void {
    const choices = (this.group?.get("choices") as BaseMapChoice[] | undefined) ?? [];
    const selected = this.group?.get("selected") as string | undefined;
    this.box.hidden = choices.length === 0;
    this.select.replaceChildren(
      ...choices.map((choice) => {
        const option = document.createElement("option");
        option.value = choice.id;
        option.textContent = choice.title;
        option.selected = choice.id === selected;
        return option;
      }),
    );
  }
}

/** A north arrow (the maps are never rotated, so it points up); it is in every printout. */
export class NorthArrow extends Control {
  constructor() {
    const element = document.createElement("div");
    element.className = "north-arrow ol-unselectable";
    element.setAttribute("role", "img");
    element.setAttribute("aria-label", "指北针");
    element.innerHTML =
      '<svg viewBox="0 0 24 34" width="24" height="34" aria-hidden="true">' +
      '<text x="12" y="9" text-anchor="middle" font-size="9" font-weight="700" fill="#1f2d3d">北</text>' +
      '<path d="M12 11 L18 32 L12 27 L6 32 Z" fill="#ffffff" stroke="#1f2d3d" stroke-width="1.2"/>' +
      '<path d="M12 11 L12 27 L6 32 Z" fill="#1f2d3d"/></svg>';
    super({ element });
  }
}

const grouped = (value: number, decimals: number) =>
  value
    .toFixed(decimals)
    .replace(/^(\d+)(\d{3})(\d{3})(?=\.|$)/, "$1 $2 $3")
    .replace(/^(\d{1,3})(\d{3})(?=\.|$)/, "$1 $2");

/** The text of the readout for the map coordinate `coordinate` (EPSG:3857). */
export function readoutLines(coordinate: Coordinate): [string, string] {
  const lonLat = toLonLat(coordinate);
  const lon = lonLat[0] ?? 0;
  const lat = lonLat[1] ?? 0;
  const degrees = `经度 ${lon.toFixed(5)}° 纬度 ${lat.toFixed(5)}°（CGCS2000）`;
  const gk = gaussKruger(lon, lat);
  const zone = gk
    ? `3°带 EPSG:${gk.epsg}（中央经线 ${gk.centralMeridian}°E） X ${grouped(gk.x, 1)} m  Y ${grouped(gk.y, 1)} m`
    : "不在 3°带 EPSG:4534–4554 的范围内";
  return [degrees, zone];
}

/**
 * Lon/lat (CGCS2000; the map's WGS 84 differs by centimetres) and the Gauss-Krüger 3-degree zone's
 * X (north) and Y (east) of the pointer, or of the map's centre when the pointer is not over it.
 */
export class CoordinateReadout extends Control {
  private readonly box: HTMLElement;
  private readonly source: HTMLElement;
  private readonly degrees: HTMLElement;
  private readonly zone: HTMLElement;

  constructor() {
    const element = document.createElement("div");
    element.className = "coordinate-readout ol-unselectable";
    element.setAttribute("aria-label", "坐标");
    super({ element });
    this.box = element;
    this.source = document.createElement("span");
    this.source.className = "coordinate-source";
    this.degrees = document.createElement("span");
    this.degrees.className = "coordinate-lonlat";
    this.zone = document.createElement("span");
    this.zone.className = "coordinate-gk";
    element.append(this.source, this.degrees, document.createElement("br"), this.zone);
  }

  private show(coordinate: Coordinate | undefined, what: string): void {
    if (!coordinate) return;
    const [degrees, zone] = readoutLines(coordinate);
    this.source.textContent = `${what} `;
    this.degrees.textContent = degrees;
    this.zone.textContent = zone;
    this.box.dataset.source = what === "指针" ? "pointer" : "centre";
  }

  override setMap(map: OlMap | null): void {
    super.setMap(map);
    if (!map) return;
    const centre = () => this.show(map.getView().getCenter(), "中心");
    map.on("moveend", centre);
    map.on("pointermove", (event: MapBrowserEvent) => {
      if (!event.dragging) this.show(event.coordinate, "指针");
    });
    map.getViewport()?.addEventListener("pointerleave", centre);
    // above the attribution, however many lines it wraps to
    map.on("postrender", () => {
      const attribution = map.getViewport()?.querySelector<HTMLElement>(".ol-attribution");
      const bottom = `${(attribution?.offsetHeight ?? 0) + 14}px`;
      if (this.box.style.bottom !== bottom) this.box.style.bottom = bottom;
    });
  }
}

/**
 * After each render: how much of our own base map is drawn in the view, on the map element
 * (`data-base-map` the base map shown, `data-base-features`, `data-base-roads` the number of
 * named roads, `data-base-names` some of the names), for the browser tests and for support.
 */
function reportBaseMap(map: OlMap): void {
  const target = map.getTargetElement();
  const group = baseGroupOf(map);
  if (!target || !group) return;
  target.dataset.baseMap = (group.get("selected") as string | undefined) ?? "";
  const own = ownBaseLayer(group);
  const size = map.getSize();
  if (!own || !size) {
    target.dataset.baseFeatures = "0";
    return;
  }
  const features = own.getFeaturesInExtent(map.getView().calculateExtent(size));
  const roads = new Set<string>();
  const names = new Set<string>();
  for (const feature of features) {
    const name = feature.get("name") as string | undefined;
    if (!name) continue;
    if (feature.get("kind") === "road") roads.add(name);
    names.add(name);
  }
  target.dataset.baseFeatures = String(features.length);
  target.dataset.baseRoads = String(roads.size);
  target.dataset.baseNames = [...names].slice(0, 60).join("|");
}

/** Adds the switcher, the north arrow and the readout to `map`, and reports the base map drawn. */
export function addMapControls(map: OlMap): void {
  map.addControl(new BaseMapSwitcher());
  map.addControl(new NorthArrow());
  map.addControl(new CoordinateReadout());
  map.on("rendercomplete", () => reportBaseMap(map));
}
