/**
 * The legal lifecycle of a place name as the UI shows it, and which next steps a user may take
 * (the server decides; this only chooses which buttons to offer).
 */
import type { NameStatus } from "../api/placeNameTypes";
import type { CurrentUser } from "../api/types";
import { isWithin, levelOfCode } from "./divisionCodes";

export const STATUS_NAMES: Record<NameStatus, string> = {
  PROPOSED: "拟命名",
  UNDER_REVIEW: "论证与征求意见中",
  APPROVED: "已批准",
  ANNOUNCED: "已公告",
  FILED: "已备案",
  RENAMED: "已更名",
  RETIRED: "已注销",
  WITHDRAWN: "已撤回",
};

/** Element Plus tag type of a status. */
export function statusTagType(
  status: NameStatus,
): "primary" | "success" | "warning" | "info" | "danger" {
  switch (status) {
    case "PROPOSED":
    case "UNDER_REVIEW":
    case "APPROVED":
      return "warning";
    case "ANNOUNCED":
    case "FILED":
      return "success";
    case "RETIRED":
      return "danger";
    default:
      return "info";
  }
}

/** A name in procedure: proposed, under review or approved (not yet a standard name). */
export function inProcedure(status: string): boolean {
  return status === "PROPOSED" || status === "UNDER_REVIEW" || status === "APPROVED";
}

/** The five stages of naming, as the steps bar shows them. */
export const STAGES: readonly { status: NameStatus; title: string }[] = [
  { status: "PROPOSED", title: "拟命名" },
  { status: "UNDER_REVIEW", title: "论证与征求意见" },
  { status: "APPROVED", title: "已批准" },
  { status: "ANNOUNCED", title: "已公告" },
  { status: "FILED", title: "已备案" },
];

/**
 * Where a name stands on the steps bar: the index of its stage, and whether the procedure ended
 * off the bar (withdrawn, renamed, retired). Renamed and retired names had been announced (or
 * filed): the bar shows them that far, `reached` says how far from the recorded steps.
 */
export function stageOf(
  status: NameStatus,
  reached: readonly NameStatus[] = [],
): { active: number; ended: boolean } {
  const index = STAGES.findIndex((stage) => stage.status === status);
  if (index >= 0) return { active: index, ended: false };
  const furthest = Math.max(
    -1,
    ...reached.map((s) => STAGES.findIndex((stage) => stage.status === s)),
  );
  return { active: Math.max(0, furthest), ended: true };
}

/** What a user may do with a name, one button each. */
export type ActionKind =
  | "submit"
  | "expert"
  | "consult"
  | "approve"
  | "announce"
  | "file"
  | "retire"
  | "return"
  | "withdraw"
  | "rename";

export interface NameAction {
  kind: ActionKind;
  label: string;
  /** A decision of the approving government (批准、公告、备案、注销). */
  decision: boolean;
  /** Element Plus button type. */
  type: "primary" | "default" | "danger";
}

const ACTIONS: Record<ActionKind, Omit<NameAction, "kind">> = {
  submit: { label: "送审", decision: false, type: "primary" },
  expert: { label: "登记专家论证", decision: false, type: "default" },
  consult: { label: "登记征求意见", decision: false, type: "default" },
  approve: { label: "批准", decision: true, type: "primary" },
  announce: { label: "公告", decision: true, type: "primary" },
  file: { label: "备案", decision: true, type: "primary" },
  rename: { label: "提出更名", decision: false, type: "default" },
  return: { label: "退回修改", decision: false, type: "default" },
  retire: { label: "注销", decision: true, type: "danger" },
  withdraw: { label: "撤回", decision: false, type: "danger" },
};

/** The legal next actions of a name in `status`, in the order they are offered. */
const NEXT: Record<NameStatus, ActionKind[]> = {
  PROPOSED: ["submit", "withdraw"],
  UNDER_REVIEW: ["expert", "consult", "approve", "return", "withdraw"],
  APPROVED: ["announce"],
  ANNOUNCED: ["file", "rename", "retire"],
  FILED: ["rename", "retire"],
  RENAMED: [],
  RETIRED: [],
  WITHDRAWN: [],
};

type User = Pick<CurrentUser, "role" | "jurisdictionCode"> | null | undefined;

/** Whether a user may propose and handle names in `divisionCode` (ADMIN, or an officer there). */
export function mayHandle(user: User, divisionCode: string | null | undefined): boolean {
  if (!user || (user.role !== "ADMIN" && user.role !== "NAME_OFFICER")) return false;
  if (user.role === "ADMIN") return true;
  return isWithin(divisionCode, user.jurisdictionCode);
}

/** Whether a user may propose names at all. */
export function mayPropose(user: User): boolean {
  return user?.role === "ADMIN" || user?.role === "NAME_OFFICER";
}

/**
 * Whether a user records the approving government's decisions: ADMIN, or a place-name officer of
 * the prefecture (or above).
 */
export function mayDecide(user: User): boolean {
  if (!user) return false;
  if (user.role === "ADMIN") return true;
  const level = levelOfCode(user.jurisdictionCode);
  return user.role === "NAME_OFFICER" && level >= 1 && level <= 2;
}

export interface OfferedActions {
  actions: NameAction[];
  /** Legal decisions the user may not record (shown as a hint: 州级管理员登记). */
  withheld: NameAction[];
}

/** The buttons for a name in `status` in `divisionCode`, for `user`. */
export function actionsFor(
  status: NameStatus,
  divisionCode: string | null | undefined,
  user: User,
): OfferedActions {
  const legal = NEXT[status].map((kind) => ({ kind, ...ACTIONS[kind] }));
  if (!mayHandle(user, divisionCode)) return { actions: [], withheld: [] };
  const decide = mayDecide(user);
  return {
    actions: legal.filter((action) => !action.decision || decide),
    withheld: legal.filter((action) => action.decision && !decide),
  };
}

/** The label of an action kind. */
export function actionLabel(kind: ActionKind): string {
  return ACTIONS[kind].label;
}
