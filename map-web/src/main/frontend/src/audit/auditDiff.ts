/** What an audit entry changed, in words for the side panel. */
import type { DivisionFeature, EditSummary } from "../api/types";
import { changeKindName, statusName } from "../editing/divisionForm";

export interface PropertyChange {
  label: string;
  before: string;
  after: string;
}

export interface AuditDiff {
  changes: PropertyChange[];
  geometryChanged: boolean;
}

/** Shown for an empty value. */
export const EMPTY = "（空）";
const MAX_VALUE_CHARS = 60;

const FIELDS: ReadonlyArray<{
  key: "name" | "status" | "remarks";
  label: string;
  show(value: unknown): string;
}> = [
  { key: "name", label: "名称", show: (v) => text(v) },
  {
    key: "status",
    label: "状态",
    show: (v) => (v == null || v === "" ? EMPTY : statusName(String(v))),
  },
  { key: "remarks", label: "备注", show: (v) => text(v) },
];

function text(value: unknown): string {
  if (value == null || String(value).trim() === "") return EMPTY;
  const s = String(value).replace(/\s+/g, " ").trim();
  return s.length > MAX_VALUE_CHARS ? `${s.slice(0, MAX_VALUE_CHARS)}…` : s;
}

/** The differences of name, status, remarks and geometry between two versions of a feature. */
export function diffFeatures(
  before: DivisionFeature | null,
  after: DivisionFeature | null,
): AuditDiff {
  const changes: PropertyChange[] = [];
  if (!before || !after) return { changes, geometryChanged: false };
  for (const field of FIELDS) {
    const from = field.show(before.properties?.[field.key]);
    const to = field.show(after.properties?.[field.key]);
    if (from !== to) changes.push({ label: field.label, before: from, after: to });
  }
  const geometryChanged =
    JSON.stringify(before.geometry ?? null) !== JSON.stringify(after.geometry ?? null);
  return { changes, geometryChanged };
}

/** The diff as lines: 「备注：（空） → 界线复核」, 「几何已修改」. */
export function describeDiff(diff: AuditDiff): string[] {
  const lines = diff.changes.map((c) => `${c.label}：${c.before} → ${c.after}`);
  if (diff.geometryChanged) lines.push("几何已修改");
  return lines;
}

const ACTIONS: Record<string, string> = { CREATE: "新建", UPDATE: "修改", DELETE: "删除" };

/** CREATE → 新建, UPDATE → 修改, DELETE → 删除 (others as they are). */
export function actionName(action: string): string {
  return ACTIONS[action] ?? action;
}

/** The client of an entry: its address (本机 for the server's own host) and the id it named itself with. */
export function clientLabel(address: string | null, clientId: string | null): string {
  const id = clientId === "web-map" ? "网页地图" : clientId;
  const where = address && LOOPBACK.has(address) ? "本机" : address;
  return [where, id].filter((part) => part != null && part !== "").join(" · ") || "—";
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "0:0:0:0:0:0:0:1"]);

/** The bureau's time zone: times are shown in Beijing time whatever the browser's zone. */
export const BEIJING = "Asia/Shanghai";

/** An ISO instant as Beijing time "2025-06-01 14:03:05" (or in another `timeZone`). */
export function formatAuditTime(iso: string, timeZone: string = BEIJING): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat("zh-CN", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")}:${part("second")}`;
}

/** An ISO instant as Beijing time to the minute, "2026-05-20 12:00" (or in another `timeZone`). */
export function formatBeijingMinute(iso: string, timeZone: string = BEIJING): string {
  const full = formatAuditTime(iso, timeZone);
  return full === iso ? iso : full.slice(0, 16);
}

function km2(value: number | null | undefined): string | null {
  return typeof value === "number" && Number.isFinite(value) ? value.toFixed(2) : null;
}

/**
 * How a write was recorded (the `edit` member of its audit entry's `after`), as lines:
 * 「更正：北界复核」 or 「法定变更：2026-11-01 起生效，新政函〔2026〕99号」, 「面积：8533.75 → 8530.12 平方千米」,
 * the acknowledged warnings, a restore, a detached or moved shared edge. Nothing without it.
 */
export function describeEdit(edit: EditSummary | null | undefined): string[] {
  if (!edit) return [];
  const lines: string[] = [];
  if (edit.kind === "LEGAL_CHANGE") {
    const parts = [
      edit.effectiveFrom ? `${edit.effectiveFrom} 起生效` : null,
      edit.approvalDocument ?? null,
    ].filter((part): part is string => !!part);
    lines.push(`${changeKindName(edit.kind)}${parts.length > 0 ? `：${parts.join("，")}` : ""}`);
  } else if (edit.kind) {
    lines.push(`${changeKindName(edit.kind)}${edit.reason ? `：${edit.reason}` : ""}`);
  }
  const before = km2(edit.areaBeforeKm2);
  const after = km2(edit.areaAfterKm2);
  if (before !== null && after !== null && before !== after) {
    lines.push(`面积：${before} → ${after} 平方千米`);
  }
  const acknowledged = (edit.acknowledgedFindings ?? [])
    .map((f) => [f.typeName ?? f.type, f.measureText].filter(Boolean).join(" "))
    .filter((text) => text !== "");
  if (acknowledged.length > 0) lines.push(`已确认的警告：${acknowledged.join("；")}`);
  // the reason a restore gets by default names the entry already
  if (edit.restoredFrom != null && !(edit.reason ?? "").includes(`#${edit.restoredFrom}`)) {
    lines.push(`恢复自修改记录 #${edit.restoredFrom}`);
  }
  if (edit.detachedSharedEdges) lines.push("仅修改本区划，未移动相邻区划的公共边");
  if (edit.movedWith) lines.push(`公共边随区划 ${edit.movedWith} 的修改一并移动`);
  return lines;
}
