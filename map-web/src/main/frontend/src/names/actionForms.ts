/**
 * The forms behind the record's buttons (送审, 登记专家论证, 批准 …): their fields, defaults, own
 * checks and the request each becomes. The server checks the law (both reviews before approval,
 * dates in order); these checks only catch empty fields before a round trip.
 */
import type { ReviewRequest, StepRequest } from "../api/placeNameTypes";
import type { ActionKind } from "./lifecycle";

export interface ActionForm {
  /** The day of the step (办理日期) or the start of a review. */
  on: string;
  /** The end of a review. */
  endedOn: string;
  authority: string;
  documentNo: string;
  announcementNo: string;
  /** Reason, basis or remark. */
  note: string;
  opinions: string;
  conclusion: string;
}

export type FormAction = Exclude<ActionKind, "rename">;

export type FieldKey = keyof ActionForm;

export interface FieldSpec {
  key: FieldKey;
  label: string;
  kind: "date" | "text" | "textarea";
  required: boolean;
  placeholder?: string;
}

const DATE = "date" as const;
const TEXT = "text" as const;
const AREA = "textarea" as const;

/** The fields of each form, in order. */
export const FORM_FIELDS: Record<FormAction, FieldSpec[]> = {
  submit: [
    { key: "on", label: "送审日期", kind: DATE, required: true },
    {
      key: "note",
      label: "备注",
      kind: AREA,
      required: false,
      placeholder: "如：报请专家论证并公开征求意见",
    },
  ],
  expert: [
    { key: "on", label: "论证开始日期", kind: DATE, required: true },
    { key: "endedOn", label: "论证结束日期", kind: DATE, required: false },
    {
      key: "opinions",
      label: "专家意见",
      kind: AREA,
      required: true,
      placeholder: "论证会上专家的主要意见",
    },
    {
      key: "conclusion",
      label: "论证结论",
      kind: AREA,
      required: false,
      placeholder: "如：同意命名",
    },
  ],
  consult: [
    { key: "on", label: "征求意见开始日期", kind: DATE, required: true },
    { key: "endedOn", label: "征求意见结束日期", kind: DATE, required: false },
    {
      key: "opinions",
      label: "公众意见",
      kind: AREA,
      required: true,
      placeholder: "征求意见的方式与收到的主要意见",
    },
    {
      key: "conclusion",
      label: "处理结论",
      kind: AREA,
      required: false,
      placeholder: "如：无反对意见",
    },
  ],
  approve: [
    {
      key: "authority",
      label: "批准机关",
      kind: TEXT,
      required: true,
      placeholder: "如：阜康市人民政府",
    },
    { key: "on", label: "批准日期", kind: DATE, required: true },
    {
      key: "documentNo",
      label: "批准文号",
      kind: TEXT,
      required: true,
      placeholder: "如：阜政函〔2026〕8号",
    },
  ],
  announce: [
    {
      key: "announcementNo",
      label: "公告编号",
      kind: TEXT,
      required: true,
      placeholder: "如：阜康市地名公告〔2026〕第1号",
    },
    { key: "on", label: "公告日期", kind: DATE, required: true },
  ],
  file: [
    { key: "on", label: "备案日期", kind: DATE, required: true },
    { key: "note", label: "备注", kind: AREA, required: false },
  ],
  retire: [
    { key: "on", label: "注销日期", kind: DATE, required: true },
    {
      key: "note",
      label: "注销依据",
      kind: AREA,
      required: true,
      placeholder: "批准注销的文件名称和文号",
    },
  ],
  return: [
    { key: "on", label: "退回日期", kind: DATE, required: true },
    { key: "note", label: "退回理由", kind: AREA, required: true, placeholder: "需要修改的内容" },
  ],
  withdraw: [
    { key: "on", label: "撤回日期", kind: DATE, required: true },
    { key: "note", label: "撤回理由", kind: AREA, required: true },
  ],
};

/** A form filled with its defaults: today, and the authority of the county the name lies in. */
export function blankForm(today: string, defaultAuthority = ""): ActionForm {
  return {
    on: today,
    endedOn: today,
    authority: defaultAuthority,
    documentNo: "",
    announcementNo: "",
    note: "",
    opinions: "",
    conclusion: "",
  };
}

/** Messages for required fields left empty and dates out of order, by field. */
export function checkForm(action: FormAction, form: ActionForm): Partial<Record<FieldKey, string>> {
  const errors: Partial<Record<FieldKey, string>> = {};
  for (const field of FORM_FIELDS[action]) {
    if (field.required && form[field.key].trim() === "") {
      errors[field.key] = field.kind === DATE ? `请选择${field.label}` : `请填写${field.label}`;
    }
  }
  if (
    (action === "expert" || action === "consult") &&
    form.endedOn !== "" &&
    form.on !== "" &&
    form.endedOn < form.on
  ) {
    errors.endedOn = "结束日期不能早于开始日期";
  }
  return errors;
}

const TARGETS = {
  submit: "UNDER_REVIEW",
  approve: "APPROVED",
  announce: "ANNOUNCED",
  file: "FILED",
  retire: "RETIRED",
  return: "PROPOSED",
  withdraw: "WITHDRAWN",
} as const;

const blankToNull = (value: string) => (value.trim() === "" ? null : value.trim());

/** The request a form becomes: a lifecycle step, or a review. */
export function toRequest(
  action: FormAction,
  form: ActionForm,
): { step: StepRequest } | { review: ReviewRequest } {
  if (action === "expert" || action === "consult") {
    return {
      review: {
        kind: action === "expert" ? "EXPERT_EVALUATION" : "PUBLIC_CONSULTATION",
        startedOn: form.on,
        endedOn: blankToNull(form.endedOn),
        opinions: form.opinions.trim(),
        conclusion: blankToNull(form.conclusion),
      },
    };
  }
  const step: StepRequest = { target: TARGETS[action], on: form.on };
  if (action === "approve") {
    step.approval = {
      authority: form.authority.trim(),
      date: form.on,
      documentNo: form.documentNo.trim(),
    };
  }
  if (action === "announce") {
    step.announcement = { number: form.announcementNo.trim(), date: form.on };
  }
  const note = blankToNull(form.note);
  if (note !== null) step.note = note;
  return { step };
}

/** Where the server's field names point in a form (`approval.date` → the date field). */
export function formFieldOf(serverField: string | null): FieldKey | null {
  switch (serverField) {
    case "on":
    case "approval.date":
    case "announcement.date":
    case "startedOn":
      return "on";
    case "endedOn":
      return "endedOn";
    case "approval.authority":
      return "authority";
    case "approval.documentNo":
      return "documentNo";
    case "announcement.number":
      return "announcementNo";
    case "note":
      return "note";
    case "opinions":
      return "opinions";
    default:
      return null;
  }
}
