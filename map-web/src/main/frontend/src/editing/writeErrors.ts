import { ApiError } from "../api/http";
import type { EditFinding } from "../api/types";

export type WriteFailureKind =
  "conflict" | "invalid" | "findings" | "forbidden" | "unauthorized" | "unavailable" | "other";

/** A refused or failed write, as the edit form shows it. */
export interface WriteFailure {
  kind: WriteFailureKind;
  /** A short heading in Chinese. */
  title: string;
  /** The server's detail, or our own words when it sent none. */
  message: string;
  /** The JSON path the server named (`geometry.coordinates[0][0][5]`, `properties.name`), or null. */
  path: string | null;
  /** The form field the path names (`name`, `status`, `remarks`, `code` …), or null. */
  field: string | null;
  /** Whether the geometry is at fault (then the map highlights it). */
  geometry: boolean;
  /** What the checks on save found (kind "findings"); empty otherwise. */
  findings: EditFinding[];
  /** Whether resending with the warnings acknowledged lets the write through. */
  acknowledgeable: boolean;
  /** Whether the refusal names a neighbour whose shared edge would move (403): resending with
   * `detachSharedEdges` moves this outline alone. */
  detachable: boolean;
}

export const CONFLICT_MESSAGE =
  "该区划已被其他用户修改。请重新载入最新数据后再编辑，您本次未保存的修改将被放弃。";

const TITLES: Record<WriteFailureKind, string> = {
  conflict: "编辑冲突",
  invalid: "数据有误",
  findings: "检查未通过",
  forbidden: "没有权限",
  unauthorized: "未登录",
  unavailable: "服务暂不可用",
  other: "保存失败",
};

function failure(
  kind: WriteFailureKind,
  message: string,
  path: string | null = null,
): WriteFailure {
  const field = path?.startsWith("properties.") ? (path.slice(11).split(/[.[]/)[0] ?? null) : null;
  const geometry = path !== null && /^geometry([.[]|$)/.test(path);
  return {
    kind,
    title: TITLES[kind],
    message,
    path,
    field,
    geometry,
    findings: [],
    acknowledgeable: false,
    detachable: false,
  };
}

/** The findings of a 422 `/problems/edit-findings`, leaving out what is not a finding. */
function findingsOf(value: unknown): EditFinding[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((f): f is Record<string, unknown> => f !== null && typeof f === "object")
    .map((f, index) => ({
      id: typeof f.id === "string" ? f.id : `finding-${index}`,
      type: String(f.type ?? ""),
      typeName: String(f.typeName ?? f.type ?? "问题"),
      severity: String(f.severity ?? "ERROR"),
      subjects: Array.isArray(f.subjects) ? f.subjects.map(String) : [],
      measure: typeof f.measure === "number" ? f.measure : null,
      unit: typeof f.unit === "string" ? f.unit : null,
      measureText: typeof f.measureText === "string" ? f.measureText : null,
      detail: typeof f.detail === "string" ? f.detail : null,
      geometry:
        f.geometry !== null && typeof f.geometry === "object"
          ? (f.geometry as EditFinding["geometry"])
          : null,
    }));
}

/** What a failed write means for the user, from the thrown error (usually an ApiError). */
export function describeWriteError(error: unknown): WriteFailure {
  if (!(error instanceof ApiError)) {
    return failure("other", error instanceof Error ? error.message : String(error));
  }
  const detail = error.problem?.detail || error.message;
  switch (error.status) {
    case 412:
      return failure("conflict", CONFLICT_MESSAGE);
    case 428:
      return failure("conflict", "缺少版本标记（If-Match），请重新载入后再保存。");
    case 422:
      if (Array.isArray(error.problem?.findings)) {
        const found = failure("findings", detail);
        found.findings = findingsOf(error.problem?.findings);
        found.acknowledgeable = error.problem?.acknowledgeable === true;
        return found;
      }
      return failure("invalid", detail, error.problem?.invalidParams?.[0]?.name ?? null);
    case 400:
      return failure("invalid", detail, error.problem?.invalidParams?.[0]?.name ?? null);
    case 403: {
      const detachable = detail.includes("detachSharedEdges");
      // the property's name is for API users; the form offers the choice as a button
      const forbidden = failure(
        "forbidden",
        detachable ? detail.replace(/[（(]detachSharedEdges[）)]/g, "") : detail,
      );
      forbidden.detachable = detachable;
      return forbidden;
    }
    case 401:
      return failure("unauthorized", error.problem?.detail || "登录已失效，请重新登录后再保存。");
    case 503:
      return failure("unavailable", detail);
    case 0:
      return failure("other", "无法连接服务器，修改未保存。");
    default:
      return failure("other", detail);
  }
}
