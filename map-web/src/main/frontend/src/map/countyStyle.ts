import type { FeatureLike } from "ol/Feature";
import { Fill, Stroke, Style, Text } from "ol/style";
import type { StyleFunction } from "ol/style/Style";
import { labelGeometry } from "./labelPoint";

/** Distinct, soft colours for the counties of the home division (in code order). */
export const HOME_PALETTE = [
  "#4e8ad8",
  "#47b39c",
  "#e7b13e",
  "#d9694e",
  "#5fb7d4",
  "#8d74c4",
  "#e58c3a",
] as const;

export const LABEL_FONT_FAMILY = '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif';

/** What the style function needs to know about the app state. */
export interface CountyStyleContext {
  homeCode(): string;
  selectedCode(): string | null;
  /** Position of a home county in HOME_PALETTE order. */
  colourIndex(code: string): number;
}

function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

function areaStyle(colour: string | null, selected: boolean): Style {
  if (colour) {
    return new Style({
      zIndex: selected ? 30 : 20,
      fill: new Fill({ color: withAlpha(colour, selected ? 0.78 : 0.5) }),
      stroke: new Stroke({ color: selected ? "#0f2540" : "#3d4f63", width: selected ? 3 : 1.2 }),
    });
  }
  return new Style({
    zIndex: selected ? 30 : 10,
    fill: new Fill({ color: selected ? "rgba(150, 160, 172, 0.55)" : "rgba(205, 211, 218, 0.45)" }),
    stroke: new Stroke({ color: selected ? "#4a5663" : "#a3adb8", width: selected ? 2.5 : 0.8 }),
  });
}

function labelStyle(name: string, home: boolean, selected: boolean): Style {
  // With decluttering, labels of a higher zIndex win: home counties before neighbours.
  return new Style({
    zIndex: (home ? 20 : 10) + (selected ? 5 : 0),
    geometry: labelGeometry,
    text: new Text({
      text: name,
      font: home
        ? `${selected ? 700 : 600} 14px ${LABEL_FONT_FAMILY}`
        : `${selected ? 600 : 400} 12px ${LABEL_FONT_FAMILY}`,
      fill: new Fill({ color: home ? "#1b2733" : selected ? "#3a4652" : "#7b8794" }),
      stroke: new Stroke({ color: "rgba(255, 255, 255, 0.9)", width: home ? 3.5 : 3 }),
    }),
  });
}

type Kind = "area" | "label";

/** The level of the divisions the map draws as areas (县级). */
export const COUNTY_LEVEL = 3;

function createStyle(kind: Kind, context: CountyStyleContext): StyleFunction {
  const cache = new Map<string, Style>();
  return (feature: FeatureLike) => {
    // the tiles also hold the prefecture's polygon: only counties are drawn (and clickable)
    const level: unknown = feature.get("level");
    if (level != null && Number(level) !== COUNTY_LEVEL) return undefined;
    const code = String(feature.get("code") ?? feature.getId() ?? "");
    const home = feature.get("parentCode") === context.homeCode();
    const selected = code !== "" && code === context.selectedCode();
    // the colour index is in the key: tiles may be drawn before the home counties are known
    const index = context.colourIndex(code) % HOME_PALETTE.length;
    const name = String(feature.get("name") ?? "");
    // the name too: it changes when an officer renames a county
    const key = `${code}|${home}|${selected}|${index}|${name}`;
    let style = cache.get(key);
    if (!style) {
      if (kind === "label") {
        style = labelStyle(name, home, selected);
      } else {
        style = areaStyle(home ? (HOME_PALETTE[index] ?? HOME_PALETTE[0]) : null, selected);
      }
      cache.set(key, style);
    }
    return style;
  };
}

/** County areas: home counties coloured, neighbours grey, the selected one highlighted. */
export function createCountyStyle(context: CountyStyleContext): StyleFunction {
  return createStyle("area", context);
}

/** County names at their label points; home names are larger and dark, neighbours grey. */
export function createCountyLabelStyle(context: CountyStyleContext): StyleFunction {
  return createStyle("label", context);
}

/** The home division's outline: stroke only, drawn above the counties. */
export const prefectureOutlineStyle = [
  new Style({ stroke: new Stroke({ color: "rgba(255, 255, 255, 0.9)", width: 6 }) }),
  new Style({ stroke: new Stroke({ color: "#a3342b", width: 2.5 }) }),
];
