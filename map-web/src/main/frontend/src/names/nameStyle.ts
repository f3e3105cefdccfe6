/**
 * How place names are drawn: symbols by category, roads as lines, names in procedure dashed and
 * orange, names from a zoom that depends on the category; the background of county areas.
 */
import type { FeatureLike } from "ol/Feature";
import LineString from "ol/geom/LineString";
import MultiLineString from "ol/geom/MultiLineString";
import { Circle, Fill, RegularShape, Stroke, Style, Text } from "ol/style";
import type { StyleFunction } from "ol/style/Style";
import { LABEL_FONT_FAMILY } from "../map/countyStyle";
import { labelGeometry } from "../map/labelPoint";
import { inProcedure } from "./lifecycle";

/** Colour of a category's symbol (by subclass, else by major class). */
const COLOURS: Record<string, string> = {
  "0403": "#1f4a73",
  "0501": "#0f8b8d",
  "0502": "#4d8b31",
  "07": "#b7791f",
  "0801": "#c8611f",
  "08": "#7d5a3c",
  "02": "#2f7fc1",
  "03": "#8a6d3b",
  "10": "#2e9d5b",
  "11": "#8e44ad",
  "12": "#5c6b7a",
};
const DEFAULT_COLOUR = "#5c6b7a";
/** Names in procedure (拟命名 … 已批准). */
export const PROPOSAL_COLOUR = "#e07b00";
const SELECTED_COLOUR = "#1565c0";

export function categoryColour(code: string): string {
  return COLOURS[code] ?? COLOURS[code.slice(0, 2)] ?? DEFAULT_COLOUR;
}

/** The web map zoom of a resolution (metres per pixel, 256 px tiles). */
export function zoomOf(resolution: number): number {
  return Math.log2(156543.03392804097 / resolution);
}

/** From which zoom a category's symbol is drawn, and from which its name. */
export function visibleFrom(code: string, proposal: boolean): { symbol: number; label: number } {
  if (proposal) return { symbol: 0, label: 11 };
  switch (code) {
    case "0401":
      return { symbol: 0, label: 99 };
    case "0402":
      return { symbol: 0, label: 0 };
    case "0403":
      return { symbol: 0, label: 9 };
    case "0501":
      return { symbol: 9, label: 12 };
    case "0502":
    case "0702":
      return { symbol: 9, label: 11 };
    case "0801":
      return { symbol: 0, label: 12 };
    default:
      return { symbol: 0, label: 12 };
  }
}

const labelFill = new Fill({ color: "#1f2d3d" });
const labelHalo = new Stroke({ color: "rgba(255, 255, 255, 0.95)", width: 3 });

function pointLabel(text: string, bold: boolean, colour = labelFill): Text {
  return new Text({
    text,
    font: `${bold ? 600 : 400} ${bold ? 13 : 12}px ${LABEL_FONT_FAMILY}`,
    fill: colour,
    stroke: labelHalo,
    offsetY: 15,
    padding: [1, 2, 1, 2],
  });
}

function isLine(feature: FeatureLike): boolean {
  const geometry = feature.getGeometry();
  return geometry instanceof LineString || geometry instanceof MultiLineString;
}

function isArea(feature: FeatureLike): boolean {
  const type = feature.getGeometry()?.getType();
  return type === "Polygon" || type === "MultiPolygon";
}

function symbol(code: string, proposal: boolean): Style {
  const colour = proposal ? PROPOSAL_COLOUR : categoryColour(code);
  if (proposal) {
    return new Style({
      zIndex: 40,
      image: new Circle({
        radius: 6,
        fill: new Fill({ color: "rgba(255, 244, 229, 0.9)" }),
        stroke: new Stroke({ color: colour, width: 2, lineDash: [3, 2] }),
        declutterMode: "obstacle",
      }),
    });
  }
  if (code === "0403") {
    return new Style({
      zIndex: 30,
      image: new RegularShape({
        points: 4,
        radius: 6.5,
        angle: Math.PI / 4,
        fill: new Fill({ color: colour }),
        stroke: new Stroke({ color: "#fff", width: 1.5 }),
        declutterMode: "obstacle",
      }),
    });
  }
  return new Style({
    zIndex: 20,
    image: new Circle({
      radius: code.startsWith("05") ? 3.5 : 4.5,
      fill: new Fill({ color: colour }),
      stroke: new Stroke({ color: "#fff", width: 1.2 }),
      declutterMode: "obstacle",
    }),
  });
}

function lineStyles(code: string, proposal: boolean): Style[] {
  const colour = proposal ? PROPOSAL_COLOUR : categoryColour(code);
  return [
    new Style({ zIndex: 10, stroke: new Stroke({ color: "rgba(255, 255, 255, 0.95)", width: 7 }) }),
    new Style({
      zIndex: 11,
      stroke: new Stroke({
        color: colour,
        width: 3.5,
        lineDash: proposal ? [9, 6] : undefined,
        lineCap: proposal ? "butt" : "round",
      }),
    }),
  ];
}

function lineLabel(text: string, selected: boolean): Style {
  return new Style({
    // with decluttering the higher zIndex wins: the open record's name before others
    zIndex: selected ? 70 : 12,
    text: new Text({
      text,
      placement: "line",
      font: `500 12px ${LABEL_FONT_FAMILY}`,
      fill: labelFill,
      stroke: labelHalo,
      offsetY: -11,
    }),
  });
}

const countyLabelFill = new Fill({ color: "#4a5663" });

export interface NameStyleContext {
  selectedId(): string | null;
}

/** The style of the place-name layer. */
export function createNameStyle(context: NameStyleContext): StyleFunction {
  const cache = new Map<string, Style | Style[]>();
  return (feature: FeatureLike, resolution: number) => {
    const code = String(feature.get("categoryCode") ?? "");
    const status = String(feature.get("status") ?? "");
    const proposal = inProcedure(status);
    const name = String(feature.get("standardName") ?? "");
    const zoom = zoomOf(resolution);
    const visible = visibleFrom(code, proposal);
    if (zoom < visible.symbol) return undefined;
    const labelled = zoom >= visible.label;
    const selected = String(feature.getId() ?? "") === context.selectedId();

    if (isArea(feature)) {
      // divisions: their areas are the background (tiles); the name at an interior point
      if (!labelled || code === "0401") return undefined;
      const key = `area|${name}|${zoom < 9}`;
      let style = cache.get(key);
      if (!style) {
        style = new Style({
          // decluttered before the symbols: a county's name wins over a township's square
          zIndex: 60,
          geometry: labelGeometry,
          text: new Text({
            text: name,
            font: `600 ${zoom < 9 ? 14 : 15}px ${LABEL_FONT_FAMILY}`,
            fill: countyLabelFill,
            stroke: new Stroke({ color: "rgba(255, 255, 255, 0.9)", width: 3.5 }),
          }),
        });
        cache.set(key, style);
      }
      return style;
    }

    const label = proposal ? `${name}（${String(feature.get("statusName") ?? "拟命名")}）` : name;
    const key = `${isLine(feature) ? "line" : "point"}|${code}|${proposal}|${labelled ? label : ""}|${selected}`;
    let style = cache.get(key);
    if (!style) {
      if (isLine(feature)) {
        style = [
          ...(selected
            ? [
                new Style({
                  zIndex: 9,
                  stroke: new Stroke({ color: "rgba(21, 101, 192, 0.35)", width: 12 }),
                }),
              ]
            : []),
          ...lineStyles(code, proposal),
          ...(labelled ? [lineLabel(label, selected)] : []),
        ];
      } else {
        const base = symbol(code, proposal);
        if (selected) base.setZIndex(55);
        if (labelled) {
          base.setText(
            pointLabel(
              label,
              code === "0403",
              proposal ? new Fill({ color: "#8a4b00" }) : labelFill,
            ),
          );
        }
        style = selected ? [selectionHalo, base] : base;
      }
      cache.set(key, style);
    }
    return style;
  };
}

const selectionHalo = new Style({
  zIndex: 50,
  image: new Circle({
    radius: 12,
    fill: new Fill({ color: "rgba(21, 101, 192, 0.18)" }),
    stroke: new Stroke({ color: SELECTED_COLOUR, width: 2 }),
  }),
});

/** The record shown in the side panel, wherever it is (also names the layer does not show). */
export const highlightStyle: StyleFunction = (feature: FeatureLike) => {
  if (isArea(feature)) {
    return new Style({
      stroke: new Stroke({ color: SELECTED_COLOUR, width: 2.5, lineDash: [6, 4] }),
      fill: new Fill({ color: "rgba(21, 101, 192, 0.06)" }),
    });
  }
  if (isLine(feature)) {
    return new Style({ stroke: new Stroke({ color: "rgba(21, 101, 192, 0.4)", width: 12 }) });
  }
  return new Style({
    image: new Circle({
      radius: 12,
      fill: new Fill({ color: "rgba(21, 101, 192, 0.18)" }),
      stroke: new Stroke({ color: SELECTED_COLOUR, width: 2 }),
    }),
  });
};

/** What is being drawn for a proposal. */
export const drawStyle = [
  new Style({
    stroke: new Stroke({ color: "rgba(255, 255, 255, 0.95)", width: 7 }),
    fill: new Fill({ color: "rgba(224, 123, 0, 0.12)" }),
  }),
  new Style({
    stroke: new Stroke({ color: PROPOSAL_COLOUR, width: 3.5 }),
    image: new Circle({
      radius: 7,
      fill: new Fill({ color: PROPOSAL_COLOUR }),
      stroke: new Stroke({ color: "#fff", width: 2 }),
    }),
  }),
];

/** The counties under the names: home counties light, neighbours grey, the prefecture outlined. */
export function createBackgroundStyle(homeCode: string): StyleFunction {
  const home = new Style({
    fill: new Fill({ color: "#fbfaf6" }),
    stroke: new Stroke({ color: "#9aa7b4", width: 1 }),
  });
  const neighbour = new Style({
    fill: new Fill({ color: "#e4e8ec" }),
    stroke: new Stroke({ color: "#c3cbd3", width: 0.8 }),
  });
  const prefecture = [
    new Style({ zIndex: 20, stroke: new Stroke({ color: "rgba(255, 255, 255, 0.9)", width: 5 }) }),
    new Style({ zIndex: 21, stroke: new Stroke({ color: "#a3342b", width: 2 }) }),
  ];
  return (feature: FeatureLike) => {
    const level = Number(feature.get("level"));
    const code = String(feature.get("code") ?? feature.getId() ?? "");
    if (level === 2) return code === homeCode ? prefecture : undefined;
    if (level !== 3) return undefined;
    return feature.get("parentCode") === homeCode ? home : neighbour;
  };
}
