/**
 * Chinese names of the findings' types and severities, one map for every view that lists
 * findings (the 界线 topology check and the 联检 desk view). The topology types carry the names of
 * geo-core's FindingType; the joint inspection's own types are those of its field records.
 */

export type Severity = "ERROR" | "WARNING" | "INFO";

export const SEVERITY_NAMES: Record<Severity, string> = {
  ERROR: "错误",
  WARNING: "警告",
  INFO: "提示",
};

export const FINDING_TYPE_NAMES: Record<string, string> = {
  // the topology check (geo-core FindingType)
  INVALID_GEOMETRY: "几何无效",
  OVERLAP: "同级重叠",
  GAP: "上级区域内缺口",
  SLIVER_OVERLAP: "细碎重叠",
  SLIVER_GAP: "细碎缝隙",
  OUTSIDE_PARENT: "超出上级区域",
  EDGE_MISMATCH: "公共边不一致",
  LINE_OFF_EDGE: "界线偏离公共边",
  MARKER_OFF_LINE: "界桩偏离界线",
  MARKER_NUMBER_GAP: "界桩编号缺号",
  MARKER_NUMBER_DUPLICATE: "界桩编号重复",
  CHILDREN_PARTLY_DRAWN: "下级区划未全部绘制",
  // the joint inspection's field records
  MARKER_DEVIATION: "界桩位置偏差超限",
  MARKER_CONDITION: "界桩状况异常",
  LANDMARKS_INCOMPLETE: "方位物不全",
  RECORD_CONFLICT: "外业记录冲突",
  SEGMENT_CHANGE: "界线段现场变化",
};

/** The Chinese name of a finding type; an unknown type shows as 其他问题, never as its enum word. */
export function findingTypeName(type: string): string {
  return FINDING_TYPE_NAMES[type] ?? "其他问题";
}

/** 错误, 警告 or 提示; an unknown severity as 提示. */
export function severityName(severity: string): string {
  return SEVERITY_NAMES[severity as Severity] ?? SEVERITY_NAMES.INFO;
}

/** The Element Plus tag type of a severity: red for errors, amber for warnings, grey otherwise. */
export function severityTagType(severity: string): "danger" | "warning" | "info" {
  return severity === "ERROR" ? "danger" : severity === "WARNING" ? "warning" : "info";
}
