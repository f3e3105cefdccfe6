/** Shapes of the place-name API (see README.md in this folder). */
import type { GeoJsonGeometry } from "./types";

/**
 * Where a name stands in its legal lifecycle: PROPOSED 拟命名, UNDER_REVIEW 论证与征求意见中,
 * APPROVED 已批准, ANNOUNCED 已公告, FILED 已备案, RENAMED 已更名, RETIRED 已注销, WITHDRAWN 已撤回.
 */
export type NameStatus =
  | "PROPOSED"
  | "UNDER_REVIEW"
  | "APPROVED"
  | "ANNOUNCED"
  | "FILED"
  | "RENAMED"
  | "RETIRED"
  | "WITHDRAWN";

/** Properties of a feature of the OGC API collection "place-names". */
export interface PlaceNameProperties {
  /** The feature's code (a division's own code, or e.g. 652302-000001 for a new feature). */
  code: string | null;
  standardName: string;
  specificPart: string | null;
  genericPart: string | null;
  shortName?: string | null;
  aliases?: string[];
  /** PlaceCategory code, e.g. "0801" 城镇街巷. */
  categoryCode: string;
  romanization: string | null;
  officialTransliteration?: string | null;
  minorityWrittenForm?: string | null;
  minorityLanguage?: string | null;
  meaning: string | null;
  origin: string | null;
  history: string | null;
  /** The 12-digit code of the division the named feature lies in. */
  divisionCode: string | null;
  divisionCodes?: string[];
  status: NameStatus;
  /** The status in Chinese, e.g. 拟命名. */
  statusName: string;
  validFrom: string | null;
  validTo: string | null;
  approvalAuthority: string | null;
  approvalDate: string | null;
  approvalDocumentNo: string | null;
  announcementNo: string | null;
  announcementDate: string | null;
  source: string | null;
  registrant: string | null;
  supersedesId: number | null;
  /** The position was generated (e.g. from the division), not surveyed: 示意位置. */
  geometryGenerated: boolean;
}

/** A GeoJSON Feature of the collection "place-names"; the id is the name's row id. */
export interface PlaceNameFeature {
  type: "Feature";
  id: string;
  geometry: GeoJsonGeometry | null;
  properties: PlaceNameProperties;
}

/** A recorded step of the lifecycle. */
export interface NameStep {
  /** null for the proposal itself. */
  from: NameStatus | null;
  to: NameStatus;
  /** The day of the decision (YYYY-MM-DD). */
  on: string;
  actor: string;
  note: string | null;
}

export type ReviewKind = "EXPERT_EVALUATION" | "PUBLIC_CONSULTATION" | "HERITAGE_REVIEW";

/** An expert evaluation (专家论证) or a public consultation (征求意见). */
export interface NameReview {
  kind: ReviewKind;
  startedOn: string;
  endedOn: string | null;
  opinions: string;
  conclusion: string | null;
  recordedBy: string;
  concluded: boolean;
}

export interface NameAttachment {
  id: number;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  description: string | null;
  uploadedBy: string;
}

/** Another name of the same feature or lineage. */
export interface NameSummary {
  id: number;
  standardName: string;
  status: NameStatus;
  statusName: string;
  validFrom: string | null;
  validTo: string | null;
  supersedesId: number | null;
}

/** `GET /api/place-names/{id}`. */
export interface NameRecord {
  feature: PlaceNameFeature;
  /** Oldest first. */
  steps: NameStep[];
  reviews: NameReview[];
  attachments: NameAttachment[];
  /** Its entry on the heritage list (地名文化保护名录), if listed. */
  heritage?: { story: string; sources: string; criteria: { code: string; name: string }[] } | null;
  /** Why its renaming or retirement needs the heritage review, if it does. */
  warnings?: { code: string; message: string }[];
  /** The names this one replaced, the latest first (曾用名). */
  predecessors: NameSummary[];
  /** The names that replace this one (更名为). */
  successors: NameSummary[];
  /** Every name the feature (its code) has had. */
  history: NameSummary[];
}

/** The record with the ETag a step must send back in `If-Match`. */
export interface VersionedNameRecord {
  record: NameRecord;
  etag: string;
}

/** `POST /api/place-names/{id}/steps`. */
export interface StepRequest {
  target: NameStatus;
  /** YYYY-MM-DD */
  on: string;
  approval?: { authority: string; date: string; documentNo: string };
  announcement?: { number: string; date: string };
  note?: string;
}

/** `POST /api/place-names/{id}/reviews`. */
export interface ReviewRequest {
  kind: ReviewKind;
  startedOn: string;
  endedOn: string | null;
  opinions: string;
  conclusion: string | null;
}

/** What the officer typed, as `POST /api/place-names/check` and the proposals take it. */
export interface NameText {
  standardName: string;
  specificPart?: string;
  genericPart?: string;
  categoryCode: string;
  divisionCode: string;
  meaning?: string;
  origin?: string;
  history?: string;
}

export type Severity = "ERROR" | "WARNING" | "INFO";

/** A rule's finding (不规范地名). */
export interface NameWarning {
  /** e.g. DUPLICATE_IN_SCOPE */
  code: string;
  /** BIG 大, FOREIGN 洋, ODD 怪, DUPLICATE 重, CHARACTER 字, GENERIC 通名 */
  group: string;
  severity: Severity;
  explanation: string;
  suggestedAction: string;
  matched: string | null;
  /** Ids of the names it collides with. */
  related: number[];
}

export interface Romanization {
  pinyin: string;
  tonedPinyin: string;
  signForm: string;
}

/** `POST /api/place-names/check`. */
export interface NameCheck {
  warnings: NameWarning[];
  romanization: Romanization;
}

/** One hit of `GET /api/search`. */
export interface SearchResult {
  id: number;
  name: string;
  romanization: string | null;
  category: string;
  divisionCode: string | null;
  /** The county it lies in (a county itself: null), by name as of today. */
  county?: string | null;
  /** The township it lies in (a township or county itself: null), by name as of today. */
  township?: string | null;
  /** CURRENT, FORMER, or IN_PROCEDURE (a name not yet announced; officers only) */
  status: string;
  /** For a name in procedure: PROPOSED, UNDER_REVIEW or APPROVED. */
  procedureStatus?: string;
  formerNames: string[];
  /** The former name the query matched, or null. */
  matchedFormerName: string | null;
  score: number;
  /** [lon, lat] of a point on the feature, or null. */
  point: [number, number] | null;
}

export type CleanupStatus = "OPEN" | "IN_PROGRESS" | "DONE" | "WAIVED";

/** One name of the cleanup worklist (不规范地名清理). */
export interface CleanupItem {
  placeNameId: number;
  countyCode: string;
  name: string;
  reasonCodes: string[];
  severity: Severity;
  suggestedAction: string;
  warnings: NameWarning[];
  status: CleanupStatus;
  statusName: string;
  note: string | null;
}

/** Cleanup progress in one county. */
export interface CountyProgress {
  countyCode: string;
  total: number;
  flagged: number;
  open: number;
  inProgress: number;
  done: number;
  waived: number;
}

/** `POST /api/place-names/cleanup/runs`. */
export interface CleanupRun {
  checked: number;
  flagged: number;
}
