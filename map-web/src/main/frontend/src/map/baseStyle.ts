import type { FeatureLike } from "ol/Feature";
import { Circle, Fill, Stroke, Style, Text } from "ol/style";

/**
 * The quiet look of the base map under the thematic layers: thin grey outlines of the divisions
 * (dashed below the county), white roads with a grey edge and their names along them, small grey
 * places. Generated positions (示意, `generated` = 1) are drawn as dashed rings with italic names,
 * which the attribution explains.
 */

const HALO = new Stroke({ color: "rgba(255, 255, 255, 0.95)", width: 3 });
const TEXT_COLOUR = "#55606c";
const FONT = '"Noto Sans CJK SC", "Microsoft YaHei", sans-serif';

const OUTLINES: Record<number, Style> = {
  1: new Style({ stroke: new Stroke({ color: "#8d97a3", width: 1.4 }) }),
  2: new Style({ stroke: new Stroke({ color: "#8d97a3", width: 1.3 }) }),
  3: new Style({ stroke: new Stroke({ color: "#9aa4af", width: 1.1 }) }),
  4: new Style({ stroke: new Stroke({ color: "#a9a3ba", width: 1, lineDash: [6, 4] }) }),
  5: new Style({ stroke: new Stroke({ color: "#c0bccb", width: 0.8, lineDash: [2, 3] }) }),
};

const PATH = new Style({
  stroke: new Stroke({ color: "#c3c9d0", width: 1, lineDash: [3, 3] }),
});

function roadStyles(resolution: number): Style[] {
  // about 12 m wide on the ground, at least 2 and at most 9 pixels
  const width = Math.max(2, Math.min(9, 12 / resolution));
  return [
    new Style({ stroke: new Stroke({ color: "#c6ccd3", width: width + 2 }), zIndex: 1 }),
    new Style({ stroke: new Stroke({ color: "#ffffff", width }), zIndex: 2 }),
  ];
}

function label(
  text: string,
  size: number,
  options: { italic?: boolean; line?: boolean; offsetY?: number } = {},
): Text {
  return new Text({
    text,
    font: `${options.italic ? "italic " : ""}${size}px ${FONT}`,
    fill: new Fill({ color: TEXT_COLOUR }),
    stroke: HALO,
    placement: options.line ? "line" : "point",
    offsetY: options.offsetY ?? 0,
    overflow: false,
  });
}

const PLACE_DOT = new Circle({
  radius: 2.5,
  fill: new Fill({ color: "#7d8894" }),
  stroke: new Stroke({ color: "#ffffff", width: 1 }),
});

const GENERATED_RING = new Circle({
  radius: 4,
  fill: new Fill({ color: "rgba(255, 255, 255, 0.6)" }),
  stroke: new Stroke({ color: "#7d8894", width: 1.2, lineDash: [2, 2] }),
});

/**
 * The name a base map writes for a division: a committee by its place, as the place-name library
 * files it (北庭新村社区居民委员会 → 北庭新村社区, 西沟村村民委员会 → 西沟村).
 */
export function shortDivisionName(name: string): string {
  return name.replace(/(居民委员会|居委会)$/, "").replace(/村?(村民委员会|村委会)$/, "村");
}

/** Metres per pixel at zoom 13: community names show from there. */
const COMMUNITY_LABEL_RESOLUTION = 20;

/** The style of a feature of the `base` tiles at `resolution` (metres per pixel). */
export function baseStyle(feature: FeatureLike, resolution: number): Style | Style[] | undefined {
  const kind = feature.get("kind") as string;
  const name = (feature.get("name") as string | undefined) ?? "";
  const level = Number(feature.get("level") ?? 0);
  const generated = Number(feature.get("generated") ?? 0) === 1;
  switch (kind) {
    case "division":
      return OUTLINES[level] ?? OUTLINES[5];
    case "division-label":
      if (level >= 5 && resolution > COMMUNITY_LABEL_RESOLUTION) return undefined;
      return new Style({
        text: label(shortDivisionName(name), level <= 3 ? 13 : level === 4 ? 12 : 11, {
          italic: generated,
        }),
        zIndex: 10 - level,
      });
    case "place":
      return new Style({
        image: generated ? GENERATED_RING : PLACE_DOT,
        text: label(name, level === 4 ? 12 : 11, { italic: generated, offsetY: -11 }),
        zIndex: 4,
      });
    case "road": {
      const styles = roadStyles(resolution);
      if (name) {
        styles.push(new Style({ text: label(name, 11, { line: true }), zIndex: 5 }));
      }
      return styles;
    }
    case "path":
      return PATH;
    default:
      return undefined;
  }
}

/** A plain look for an MBTiles file of unknown layers: lines, faint areas, points with names. */
export function genericVectorStyle(feature: FeatureLike): Style {
  const type = feature.getGeometry()?.getType() ?? "";
  const name = (feature.get("name") ?? feature.get("名称") ?? "") as string;
  if (type.includes("Polygon")) {
    return new Style({
      fill: new Fill({ color: "rgba(190, 198, 207, 0.18)" }),
      stroke: new Stroke({ color: "#b3bcc6", width: 0.8 }),
    });
  }
  if (type.includes("Line")) {
    return new Style({
      stroke: new Stroke({ color: "#a7b0ba", width: 1.6 }),
      text: name ? label(String(name), 11, { line: true }) : undefined,
    });
  }
  return new Style({
    image: PLACE_DOT,
    text: name ? label(String(name), 11, { offsetY: -11 }) : undefined,
  });
}
