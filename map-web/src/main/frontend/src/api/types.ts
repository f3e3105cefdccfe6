/** Shapes of the backend's JSON API (see README.md in this folder). */

export interface DivisionRef {
  code: string;
  name: string;
}

export interface BaseLayerConfig {
  /** "xyz" (URL template); "wmts" is accepted when its url is a template too. */
  type: "xyz" | "wmts" | string;
  url: string;
  attribution?: string | null;
}

export interface AppConfig {
  homeDivision: DivisionRef;
  baseLayer: BaseLayerConfig | null;
  attributions: string[];
}

export interface AreaZone {
  epsg: number;
  centralMeridian: number;
}

export interface Census {
  year: number;
  residentPopulation: number | null;
  aged60PlusShare: number | null;
  aged65PlusShare: number | null;
  aged80PlusShare: number | null;
  urbanShare: number | null;
  ethnicMinorityShare: number | null;
  sexRatio: number | null;
  aggregated: boolean;
}

export interface DivisionDetail {
  code: string;
  name: string;
  level: number;
  levelName: string;
  parent: DivisionRef | null;
  validFrom: string | null;
  validTo: string | null;
  areaKm2: number | null;
  areaZone: AreaZone | null;
  census: Census | null;
  inHomeDivision: boolean;
}

/** Properties of a feature of the OGC API collection "divisions". */
export interface DivisionFeatureProperties {
  code: string;
  name: string;
  level: number;
  levelName: string;
  parentCode: string | null;
  validFrom: string | null;
  validTo: string | null;
  areaKm2: number | null;
  areaZoneEpsg: number | null;
  /** An interior point [lon, lat] chosen by the server for the label. */
  labelPoint: [number, number] | null;
}

/** RFC 9457 problem details. */
export interface ProblemDetail {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
}
