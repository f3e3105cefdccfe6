import Feature from "ol/Feature";
import GeoJSON from "ol/format/GeoJSON";
import type Geometry from "ol/geom/Geometry";
import MultiPoint from "ol/geom/MultiPoint";
import Point from "ol/geom/Point";
import Polygon from "ol/geom/Polygon";
import MultiPolygon from "ol/geom/MultiPolygon";
import Draw from "ol/interaction/Draw";
import type Interaction from "ol/interaction/Interaction";
import Modify from "ol/interaction/Modify";
import Snap from "ol/interaction/Snap";
import VectorLayer from "ol/layer/Vector";
import type OlMap from "ol/Map";
import VectorSource from "ol/source/Vector";
import { Circle, Fill, Stroke, Style, Text } from "ol/style";
import type { DivisionFeature, EditFinding, GeoJsonGeometry } from "../api/types";
import { lonLatToMercator } from "../crs/webMercator";
import { restorePositions, type Position } from "./geometry";

const EDIT_COLOUR = "#1565c0";
const PROBLEM_COLOUR = "#d32f2f";
/** Findings of the checks on save: errors red, warnings orange, unlike anything else on the map. */
const FINDING_COLOURS = { ERROR: "#d32f2f", WARNING: "#ef6c00" } as const;
const JURISDICTION_COLOUR = "#6a1b9a";

function rings(feature: Feature): number[][][] {
  const geometry = feature.getGeometry();
  if (geometry instanceof Polygon) return geometry.getCoordinates();
  if (geometry instanceof MultiPolygon) return geometry.getCoordinates().flat();
  return [];
}

/** Mean distance between neighbouring vertices (map units), by geometry revision. */
const spacingCache = new WeakMap<object, { revision: number; spacing: number }>();
function vertexSpacing(feature: Feature): number {
  const geometry = feature.getGeometry();
  if (!geometry) return 0;
  const cached = spacingCache.get(geometry);
  if (cached?.revision === geometry.getRevision()) return cached.spacing;
  let length = 0;
  let count = 0;
  for (const ring of rings(feature)) {
    for (let i = 1; i < ring.length; i++) {
      const [x0 = 0, y0 = 0] = ring[i - 1] ?? [];
      const [x1 = 0, y1 = 0] = ring[i] ?? [];
      length += Math.hypot(x1 - x0, y1 - y0);
      count++;
    }
  }
  const spacing = count === 0 ? 0 : length / count;
  spacingCache.set(geometry, { revision: geometry.getRevision(), spacing });
  return spacing;
}

/** Vertices are drawn only when they are this far apart on screen; else they would be a blur. */
const MIN_VERTEX_SPACING_PX = 8;

const areaStyles = [
  new Style({
    fill: new Fill({ color: "rgba(21, 101, 192, 0.12)" }),
    stroke: new Stroke({ color: "rgba(255, 255, 255, 0.9)", width: 5 }),
  }),
  new Style({ stroke: new Stroke({ color: EDIT_COLOUR, width: 2.5 }) }),
];
const vertexStyle = new Style({
  geometry: (feature) => new MultiPoint(rings(feature as Feature).flat()),
  image: new Circle({
    radius: 3.5,
    fill: new Fill({ color: "#fff" }),
    stroke: new Stroke({ color: EDIT_COLOUR, width: 1.5 }),
  }),
});

/** The edited area: a strong outline, with its vertices once zoomed in far enough to tell them apart. */
function editStyle(feature: unknown, resolution: number): Style[] {
  const spacing = vertexSpacing(feature as Feature) / resolution;
  return spacing >= MIN_VERTEX_SPACING_PX ? [...areaStyles, vertexStyle] : areaStyles;
}

/** Where the server found a problem: the geometry outlined in red, the position ringed. */
const problemStyle = (feature: unknown) =>
  (feature as Feature).getGeometry() instanceof Point
    ? new Style({
        image: new Circle({
          radius: 11,
          fill: new Fill({ color: "rgba(211, 47, 47, 0.25)" }),
          stroke: new Stroke({ color: PROBLEM_COLOUR, width: 3 }),
        }),
      })
    : new Style({ stroke: new Stroke({ color: PROBLEM_COLOUR, width: 3, lineDash: [8, 6] }) });

/** A finding: its area filled and outlined, its measure as the label. */
function findingStyle(feature: unknown): Style {
  const f = feature as Feature;
  const colour = f.get("severity") === "WARNING" ? FINDING_COLOURS.WARNING : FINDING_COLOURS.ERROR;
  const point = f.getGeometry() instanceof Point;
  return new Style({
    fill: new Fill({ color: `${colour}59` }),
    stroke: new Stroke({ color: colour, width: 3 }),
    image: point
      ? new Circle({
          radius: 9,
          fill: new Fill({ color: `${colour}59` }),
          stroke: new Stroke({ color: colour, width: 3 }),
        })
      : undefined,
    text: new Text({
      text: String(f.get("label") ?? ""),
      font: '600 13px "Noto Sans CJK SC", "Microsoft YaHei", sans-serif',
      fill: new Fill({ color: colour }),
      stroke: new Stroke({ color: "#fff", width: 4 }),
      overflow: true,
      offsetY: point ? -18 : 0,
    }),
  });
}

/** The editor's jurisdiction: a dashed outline, no fill, below the edited division. */
const jurisdictionStyle = [
  new Style({ stroke: new Stroke({ color: "rgba(255, 255, 255, 0.85)", width: 4 }) }),
  new Style({ stroke: new Stroke({ color: JURISDICTION_COLOUR, width: 2, lineDash: [10, 6] }) }),
];

/** The OpenLayers side of editing: the edit layer and the Modify, Draw and Snap interactions. */
export interface EditTools {
  /** Puts a division's geometry on the map to be reshaped (Modify), snapping to itself and its neighbours. */
  startModify(feature: DivisionFeature, neighbours: DivisionFeature[]): void;
  /** Lets the user draw a new polygon (Draw), snapping to the neighbours; then it can be reshaped. */
  startDraw(neighbours: DivisionFeature[], onDrawn: () => void): void;
  /** Whether the user changed (or drew) the geometry. */
  modified(): boolean;
  /**
   * The geometry to send (lon/lat): the original object when nothing was changed, else the edited
   * one with unmoved vertices restored exactly; null when nothing was drawn.
   */
  geometry(): GeoJsonGeometry | null;
  /** Marks a problem the server found: the whole geometry, and a position when it is known. */
  showProblem(position: Position | null): void;
  clearProblem(): void;
  /**
   * Draws what the checks on save found (each with its measure as label); the map element's
   * `data-edit-findings` tells how many are drawn.
   */
  showFindings(findings: EditFinding[]): void;
  clearFindings(): void;
  /** Outlines the editor's jurisdiction (dashed) while editing. */
  showJurisdiction(feature: DivisionFeature | null): void;
  /** Removes the layers and interactions. */
  stop(): void;
}

/** `onModified` is called whenever the user reshapes the geometry. */
export function createEditTools(map: OlMap, onModified: () => void): EditTools {
  const format = new GeoJSON({ dataProjection: "EPSG:4326", featureProjection: "EPSG:3857" });
  const editSource = new VectorSource<Feature>();
  const neighbourSource = new VectorSource<Feature>();
  const problemSource = new VectorSource<Feature>();
  const editLayer = new VectorLayer({
    source: editSource,
    style: editStyle,
    zIndex: 100,
    properties: { name: "editing" },
  });
  const problemLayer = new VectorLayer({
    source: problemSource,
    style: problemStyle,
    zIndex: 101,
    properties: { name: "editing problem" },
  });
  const findingSource = new VectorSource<Feature>();
  const findingLayer = new VectorLayer({
    source: findingSource,
    style: findingStyle,
    zIndex: 102,
    properties: { name: "edit findings" },
  });
  const jurisdictionSource = new VectorSource<Feature>();
  const jurisdictionLayer = new VectorLayer({
    source: jurisdictionSource,
    style: jurisdictionStyle,
    zIndex: 99,
    properties: { name: "jurisdiction" },
  });
  const setFindingCount = (count: number) => {
    const target = map.getTargetElement();
    if (target) target.dataset.editFindings = String(count);
  };
  let interactions: Interaction[] = [];
  let originals: Array<GeoJsonGeometry | null> = [];
  let original: GeoJsonGeometry | null = null;
  let changed = false;
  let active = false;

  const onKey = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    interactions.forEach((i) => {
      if (i instanceof Draw) i.abortDrawing();
    });
  };

  function begin(neighbours: DivisionFeature[]): void {
    stop();
    active = true;
    changed = false;
    map.addLayer(jurisdictionLayer);
    map.addLayer(editLayer);
    map.addLayer(problemLayer);
    map.addLayer(findingLayer);
    const neighbourFeatures = neighbours
      .filter((f) => f.geometry)
      .map((f) => format.readFeature(f) as Feature);
    neighbourSource.addFeatures(neighbourFeatures);
    originals = neighbours.map((f) => f.geometry);
    window.addEventListener("keydown", onKey);
  }

  function add(...list: Interaction[]): void {
    list.forEach((interaction) => map.addInteraction(interaction));
    interactions.push(...list);
  }

  function modify(): Modify {
    const modifyInteraction = new Modify({ source: editSource });
    modifyInteraction.on("modifyend", () => {
      changed = true;
      problemSource.clear();
      findingSource.clear();
      setFindingCount(0);
      onModified();
    });
    return modifyInteraction;
  }

  // Snap must come after the interactions it serves
  const snaps = () => [
    new Snap({ source: editSource }),
    new Snap({ source: neighbourSource, pixelTolerance: 12 }),
  ];

  function stop(): void {
    interactions.forEach((interaction) => map.removeInteraction(interaction));
    interactions = [];
    if (active) {
      map.removeLayer(jurisdictionLayer);
      map.removeLayer(editLayer);
      map.removeLayer(problemLayer);
      map.removeLayer(findingLayer);
      window.removeEventListener("keydown", onKey);
    }
    editSource.clear();
    neighbourSource.clear();
    problemSource.clear();
    findingSource.clear();
    jurisdictionSource.clear();
    setFindingCount(0);
    original = null;
    originals = [];
    changed = false;
    active = false;
  }

  return {
    startModify(feature, neighbours) {
      begin(neighbours.filter((n) => n.properties.code !== feature.properties.code));
      original = feature.geometry;
      originals.push(original);
      if (feature.geometry) editSource.addFeature(format.readFeature(feature) as Feature);
      add(modify(), ...snaps());
    },

    startDraw(neighbours, onDrawn) {
      begin(neighbours);
      const draw = new Draw({ source: editSource, type: "Polygon" });
      draw.on("drawend", () => {
        changed = true;
        map.removeInteraction(draw);
        interactions = interactions.filter((i) => i !== draw);
        interactions.forEach((i) => map.removeInteraction(i));
        const rest = interactions;
        interactions = [];
        add(modify(), ...rest);
        onDrawn();
      });
      add(draw, ...snaps());
    },

    modified: () => changed,

    geometry() {
      if (!changed) return original;
      const feature = editSource.getFeatures()[0];
      const geometry = feature?.getGeometry() as Geometry | undefined;
      if (!geometry) return null;
      const written = format.writeGeometryObject(geometry) as unknown as GeoJsonGeometry;
      return restorePositions(written, originals);
    },

    showProblem(position) {
      problemSource.clear();
      for (const feature of editSource.getFeatures()) {
        const geometry = feature.getGeometry();
        if (geometry) problemSource.addFeature(new Feature(geometry.clone()));
      }
      if (position) problemSource.addFeature(new Feature(new Point(lonLatToMercator(position))));
    },

    clearProblem: () => problemSource.clear(),

    showFindings(findings) {
      findingSource.clear();
      for (const finding of findings) {
        if (!finding.geometry) continue;
        const geometry = format.readGeometry(finding.geometry) as Geometry | null;
        if (!geometry) continue;
        const feature = new Feature(geometry);
        feature.set("severity", finding.severity);
        feature.set("label", [finding.typeName, finding.measureText].filter(Boolean).join(" "));
        findingSource.addFeature(feature);
      }
      setFindingCount(findingSource.getFeatures().length);
    },

    clearFindings() {
      findingSource.clear();
      setFindingCount(0);
    },

    showJurisdiction(feature) {
      jurisdictionSource.clear();
      if (feature?.geometry) jurisdictionSource.addFeature(format.readFeature(feature) as Feature);
    },

    stop,
  };
}
