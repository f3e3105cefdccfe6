import { describe, expect, it } from "vitest";
import { blankForm, checkForm, FORM_FIELDS, formFieldOf, toRequest } from "./actionForms";

const TODAY = "2026-03-10";

describe("action forms", () => {
  it("start with today and the county's government as authority", () => {
    const form = blankForm(TODAY, "阜康市人民政府");
    expect(form.on).toBe(TODAY);
    expect(form.endedOn).toBe(TODAY);
    expect(form.authority).toBe("阜康市人民政府");
  });

  it("ask for the fields of the approval", () => {
    expect(FORM_FIELDS.approve.map((f) => f.label)).toEqual(["批准机关", "批准日期", "批准文号"]);
    const form = { ...blankForm(TODAY), authority: " " };
    expect(checkForm("approve", form)).toEqual({
      authority: "请填写批准机关",
      documentNo: "请填写批准文号",
    });
  });

  it("need a reason to withdraw or retire, and reviews in date order", () => {
    expect(checkForm("withdraw", blankForm(TODAY)).note).toBe("请填写撤回理由");
    expect(checkForm("retire", blankForm(TODAY)).note).toBe("请填写注销依据");
    expect(checkForm("submit", blankForm(TODAY))).toEqual({});
    const review = { ...blankForm(TODAY), opinions: "同意", endedOn: "2026-03-01" };
    expect(checkForm("expert", review)).toEqual({ endedOn: "结束日期不能早于开始日期" });
  });

  it("become the steps the server takes", () => {
    const approve = {
      ...blankForm(TODAY),
      authority: "阜康市人民政府",
      documentNo: " 阜政函〔2026〕8号 ",
    };
    expect(toRequest("approve", approve)).toEqual({
      step: {
        target: "APPROVED",
        on: TODAY,
        approval: { authority: "阜康市人民政府", date: TODAY, documentNo: "阜政函〔2026〕8号" },
      },
    });
    expect(toRequest("announce", { ...blankForm(TODAY), announcementNo: "第3号" })).toEqual({
      step: { target: "ANNOUNCED", on: TODAY, announcement: { number: "第3号", date: TODAY } },
    });
    expect(toRequest("withdraw", { ...blankForm(TODAY), note: "重复申报" })).toEqual({
      step: { target: "WITHDRAWN", on: TODAY, note: "重复申报" },
    });
    expect(toRequest("submit", blankForm(TODAY))).toEqual({
      step: { target: "UNDER_REVIEW", on: TODAY },
    });
  });

  it("become reviews", () => {
    const form = { ...blankForm(TODAY), opinions: " 无异议 ", endedOn: "" };
    expect(toRequest("consult", form)).toEqual({
      review: {
        kind: "PUBLIC_CONSULTATION",
        startedOn: TODAY,
        endedOn: null,
        opinions: "无异议",
        conclusion: null,
      },
    });
  });

  it("map the server's field names to the form", () => {
    expect(formFieldOf("approval.date")).toBe("on");
    expect(formFieldOf("approval.documentNo")).toBe("documentNo");
    expect(formFieldOf("announcement.number")).toBe("announcementNo");
    expect(formFieldOf("target")).toBeNull();
    expect(formFieldOf(null)).toBeNull();
  });
});
