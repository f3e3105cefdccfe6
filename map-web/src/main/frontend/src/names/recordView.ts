/** What the record (地名档案) shows of the procedure, derived from the recorded steps. */
import type { NameRecord, NameStep } from "../api/placeNameTypes";
import { formatDay } from "./dates";
import { STAGES, STATUS_NAMES, stageOf } from "./lifecycle";

export interface StageView {
  title: string;
  /** When and by whom the stage was reached, with the decision's numbers; empty before. */
  description: string;
}

/** The five stages with what was recorded for each (the latest step into it). */
export function stageViews(record: NameRecord): StageView[] {
  const p = record.feature.properties;
  return STAGES.map(({ status, title }) => {
    const step = [...record.steps].reverse().find((s) => s.to === status);
    const parts: string[] = [];
    if (step) parts.push(`${formatDay(step.on)} · ${step.actor}`);
    if (status === "APPROVED" && p.approvalDocumentNo) {
      parts.push(`${p.approvalAuthority ?? ""} ${p.approvalDocumentNo}`.trim());
    }
    if (status === "ANNOUNCED" && p.announcementNo) parts.push(p.announcementNo);
    if (status === "UNDER_REVIEW" && record.reviews.length > 0) {
      const kinds = new Set(record.reviews.map((r) => r.kind));
      const done = [
        kinds.has("EXPERT_EVALUATION") ? "专家论证" : null,
        kinds.has("PUBLIC_CONSULTATION") ? "征求意见" : null,
      ].filter((x) => x !== null);
      parts.push(`已登记${done.join("、")}`);
    }
    return { title, description: parts.join("\n") };
  });
}

/** The `active` of the steps bar: stages before it are done; the one at it is next. */
export function stepsActive(record: NameRecord): { active: number; ended: boolean } {
  const { active, ended } = stageOf(
    record.feature.properties.status,
    record.steps.map((s) => s.to),
  );
  return { active: active + 1, ended };
}

/** One line of the procedure's log: 「拟命名 → 论证与征求意见中」. */
export function stepTitle(step: NameStep): string {
  if (step.from === null) return `提出${STATUS_NAMES[step.to]}`;
  if (step.from === step.to) return `${STATUS_NAMES[step.to]}：属性变更`;
  return `${STATUS_NAMES[step.from]} → ${STATUS_NAMES[step.to]}`;
}

/** Why a procedure ended off the steps bar, or null. */
export function endedNote(record: NameRecord): string | null {
  const p = record.feature.properties;
  const last = [...record.steps].reverse().find((s) => s.to === p.status);
  const note = last?.note ? `：${last.note}` : "";
  switch (p.status) {
    case "WITHDRAWN":
      return `已于${formatDay(last?.on)}撤回${note}`;
    case "RETIRED":
      return `已于${formatDay(p.validTo ?? last?.on)}注销${note}`;
    case "RENAMED": {
      const successor = record.successors[0];
      return `已于${formatDay(p.validTo)}更名${successor ? `为「${successor.standardName}」` : ""}`;
    }
    default:
      return null;
  }
}
